-- The corpus on PostgreSQL: the same tables as the SQLite store (see ../sqlite/migrations), with a bigserial
-- key standing in for SQLite's rowid (store order, cursors) and tsvector columns with GIN indexes for the
-- full-text searches. Identifiers and codes sort bytewise (COLLATE "C"), as SQLite sorts them.
CREATE TABLE articles (
  key BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  name TEXT, title TEXT, url TEXT, source TEXT, published TEXT COLLATE "C", language TEXT,
  status TEXT NOT NULL,
  chars INTEGER NOT NULL,
  duplicate_of TEXT COLLATE "C", similarity DOUBLE PRECISION,
  mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL, messages INTEGER NOT NULL,
  text TEXT NOT NULL,
  doc BYTEA NOT NULL,
  minhash BYTEA,
  tone DOUBLE PRECISION
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_undated ON articles (key) WHERE published IS NULL;

CREATE TABLE minhash_bands (band TEXT COLLATE "C" NOT NULL, article BIGINT NOT NULL, PRIMARY KEY (band, article));

CREATE TABLE sentences (
  key BIGSERIAL PRIMARY KEY,
  article BIGINT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  words TSVECTOR NOT NULL
);
CREATE INDEX sentences_article ON sentences (article, idx);
CREATE INDEX sentences_words ON sentences USING GIN (words);

CREATE TABLE entities (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, actor_code TEXT, role TEXT,
  aliases TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0, quotes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_mentions ON entities (mentions DESC, id);
CREATE TABLE entity_keys (type TEXT NOT NULL, key TEXT NOT NULL, entity TEXT COLLATE "C" NOT NULL, PRIMARY KEY (type, key, entity));
-- Names match in any case, as SQLite's NOCASE column does.
CREATE TABLE entity_names (name TEXT NOT NULL, entity TEXT COLLATE "C" NOT NULL);
CREATE UNIQUE INDEX entity_names_name ON entity_names (lower(name), entity);

CREATE TABLE quotes (
  key BIGSERIAL PRIMARY KEY,
  article BIGINT NOT NULL, qid TEXT NOT NULL, published TEXT COLLATE "C", dup SMALLINT NOT NULL,
  type TEXT NOT NULL, text TEXT NOT NULL, content TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  speaker TEXT, speaker_kind TEXT NOT NULL, speaker_entity TEXT COLLATE "C", cue TEXT, stance DOUBLE PRECISION,
  tone DOUBLE PRECISION,
  words TSVECTOR NOT NULL
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity, key);
CREATE INDEX quotes_speaker ON quotes (lower(speaker), key);
CREATE INDEX quotes_published ON quotes (published);
CREATE INDEX quotes_words ON quotes USING GIN (words);
CREATE TABLE quote_about (quote BIGINT NOT NULL, entity TEXT COLLATE "C" NOT NULL, PRIMARY KEY (entity, quote));
CREATE INDEX quote_about_quote ON quote_about (quote, entity);

CREATE TABLE events (
  key BIGSERIAL PRIMARY KEY,
  article BIGINT NOT NULL, eid TEXT NOT NULL, published TEXT COLLATE "C", date TEXT COLLATE "C", dup SMALLINT NOT NULL,
  code TEXT COLLATE "C" NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, goldstein DOUBLE PRECISION, quad_class INTEGER NOT NULL,
  plover_event TEXT, plover_mode TEXT, plover_context TEXT NOT NULL, modality TEXT NOT NULL,
  trigger TEXT NOT NULL, sentence TEXT NOT NULL, sources TEXT NOT NULL, targets TEXT NOT NULL
);
CREATE INDEX events_article ON events (article);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_date ON events (date);
CREATE TABLE event_actors (
  event BIGINT NOT NULL, side TEXT NOT NULL, code TEXT COLLATE "C" NOT NULL, entity TEXT COLLATE "C"
);
CREATE INDEX event_actors_code ON event_actors (code, side, event);
CREATE INDEX event_actors_entity ON event_actors (entity, side, event);
CREATE INDEX event_actors_event ON event_actors (event, side);
