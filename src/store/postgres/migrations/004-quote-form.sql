-- What kind of attribution each quote is (statement, question, belief, stance, evidence, other; see
-- src/model/quote.ts), so a search can keep to statements. Quotes stored before were all read as what was
-- said: they count as statements until their article is ingested again. As SQLite's 006-quote-form.sql.
ALTER TABLE quotes ADD COLUMN form TEXT NOT NULL DEFAULT 'statement';
