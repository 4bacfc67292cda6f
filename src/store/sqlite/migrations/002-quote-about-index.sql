-- Quote rows list the entities they are about: look them up by quote, not only by entity.
CREATE INDEX quote_about_quote ON quote_about (quote, entity);
