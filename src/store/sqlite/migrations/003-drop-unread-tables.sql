-- Mentions, timexes and per-article entity rows were written for every article and read by no query:
-- the Doc in articles.doc is their faithful copy (newsgraph export --format jsonl gives them back).
DROP TABLE doc_entities;
DROP TABLE mentions;
DROP TABLE timexes;
