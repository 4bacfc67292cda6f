-- Analysis workers on the queue (newsgraph worker) say they are alive every few seconds: ingest tells the
-- user when none is, and status lists them.
CREATE TABLE queue_workers (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL, pid INTEGER NOT NULL, concurrency INTEGER NOT NULL,
  started TIMESTAMPTZ NOT NULL DEFAULT now(), seen TIMESTAMPTZ NOT NULL DEFAULT now()
);
