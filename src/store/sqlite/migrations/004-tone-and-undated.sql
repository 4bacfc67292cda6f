-- Tone (positive minus negative words per 100 words, as GDELT's document tone) of each article and quote;
-- null for rows stored before it was scored. Undated articles are listed and counted: index the null dates.
ALTER TABLE articles ADD COLUMN tone REAL;
ALTER TABLE quotes ADD COLUMN tone REAL;
CREATE INDEX articles_undated ON articles (rowid) WHERE published IS NULL;
