-- An entity whose id changed (a merge changed its name, country or role; see src/store/entity-merge.ts) stays
-- findable by the id it had: old id -> the id it has now (chains kept flat). As SQLite's 005-entity-moves.sql.
CREATE TABLE entity_moves (old TEXT PRIMARY KEY, new TEXT NOT NULL);
CREATE INDEX entity_moves_new ON entity_moves (new);
