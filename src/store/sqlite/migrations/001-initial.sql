-- One row per article; the Doc JSON (deflated) is the faithful copy, the tables below are for queries.
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT, title TEXT, url TEXT, source TEXT, published TEXT, language TEXT,
  status TEXT NOT NULL,
  chars INTEGER NOT NULL,
  duplicate_of TEXT, similarity REAL,
  mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL, messages INTEGER NOT NULL,
  text TEXT NOT NULL,
  doc BLOB NOT NULL,
  minhash BLOB
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE minhash_bands (band TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;

CREATE TABLE sentences (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX sentences_article ON sentences (article, idx);
-- Contentless: the text lives in articles.text; the index maps words to sentence rowids.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content='', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, actor_code TEXT, role TEXT,
  aliases TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0, quotes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_mentions ON entities (mentions DESC, id);
CREATE TABLE entity_keys (type TEXT NOT NULL, key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (type, key, entity)) WITHOUT ROWID;
CREATE TABLE entity_names (name TEXT NOT NULL COLLATE NOCASE, entity TEXT NOT NULL, PRIMARY KEY (name, entity)) WITHOUT ROWID;

CREATE TABLE doc_entities (
  article INTEGER NOT NULL, eid TEXT NOT NULL, entity TEXT,
  name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, actor_code TEXT, role TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity ON doc_entities (entity);

CREATE TABLE mentions (
  article INTEGER NOT NULL, mid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  type TEXT NOT NULL, eid TEXT, nominal INTEGER NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (article, mid)
) WITHOUT ROWID;

CREATE TABLE timexes (
  article INTEGER NOT NULL, tid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  type TEXT NOT NULL, value TEXT, mod TEXT,
  PRIMARY KEY (article, tid)
) WITHOUT ROWID;

CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL, qid TEXT NOT NULL, published TEXT, dup INTEGER NOT NULL,
  type TEXT NOT NULL, text TEXT NOT NULL, content TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  speaker TEXT COLLATE NOCASE, speaker_kind TEXT NOT NULL, speaker_entity TEXT, cue TEXT, stance REAL
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity, rowid);
CREATE INDEX quotes_speaker ON quotes (speaker, rowid);
CREATE INDEX quotes_published ON quotes (published);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (content, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE quote_about (quote INTEGER NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (entity, quote)) WITHOUT ROWID;

CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL, eid TEXT NOT NULL, published TEXT, date TEXT, dup INTEGER NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, goldstein REAL, quad_class INTEGER NOT NULL,
  plover_event TEXT, plover_mode TEXT, plover_context TEXT NOT NULL, modality TEXT NOT NULL,
  trigger TEXT NOT NULL, sentence TEXT NOT NULL, sources TEXT NOT NULL, targets TEXT NOT NULL
);
CREATE INDEX events_article ON events (article);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_date ON events (date);
CREATE TABLE event_actors (
  event INTEGER NOT NULL, side TEXT NOT NULL, code TEXT NOT NULL, entity TEXT
);
CREATE INDEX event_actors_code ON event_actors (code, side, event);
CREATE INDEX event_actors_entity ON event_actors (entity, side, event);
CREATE INDEX event_actors_event ON event_actors (event, side);
