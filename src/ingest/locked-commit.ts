/**
 * Storing an analysed article when many writers share the store (workers on a PostgreSQL corpus): what
 * ingest's commit reads (the entities sharing a lookup key with the article's, the articles sharing a
 * MinHash band) is locked first, in one transaction with the write. Two workers committing the same
 * person, or two copies of one wire story, at the same moment: the second waits, then finds the first's
 * rows, so there is one entity and one original.
 */
import type { Store } from '../store/contract.ts';
import { isPostgresStore, type PostgresStore } from '../store/postgres/store.ts';
import { minhashBands } from '../store/minhash-bands.ts';
import { prepareArticle, type AnalyzedArticle, type PreparedArticle } from './analyze-article.ts';
import { entityKeys } from './entity-resolution.ts';
import { commitArticle, redateStored } from './ingest.ts';
import type { RawArticle } from './readers/article.ts';

/** The keys a commit reads by: every lookup key of its entities (per type) and every MinHash band. */
export function commitLocks(prepared: Pick<PreparedArticle, 'layers' | 'minhash'>): string[] {
  const locks = minhashBands(prepared.minhash).map((band) => `band\u0000${band}`);
  for (const e of prepared.layers.entities) {
    for (const key of entityKeys(e.type, [e.name, ...e.aliases])) locks.push(`entity\u0000${e.type}\u0000${key}`);
  }
  return locks;
}

export type LockedOutcome = 'added' | 'duplicate' | 'stored' | 'redated';

/**
 * Store one analysed article in one transaction: added (or a near-duplicate of a stored original); the
 * stored one given the date it lacked; or nothing when it is stored already.
 */
export function commitLocked(store: PostgresStore, raw: RawArticle, id: string, prepared: PreparedArticle): Promise<LockedOutcome> {
  return store.transaction(commitLocks(prepared), async (tx) => {
    const stored = await tx.getArticle(id);
    if (stored) {
      if (stored.published !== null || raw.published === null) return 'stored';
      return (await redateStored(tx, raw, id, prepared)) ? 'redated' : 'stored';
    }
    return commitArticle(tx, raw, id, prepared);
  });
}

/**
 * Store one analysed article from a writer that is not ingest's (the server's POST): on PostgreSQL through
 * the locked commit, as the workers commit, since other writers may be at work; on SQLite, whose writers
 * take turns, as ingest commits.
 */
export function commitShared(store: Store, raw: RawArticle, id: string, analysed: AnalyzedArticle | PreparedArticle): Promise<LockedOutcome> {
  if (!isPostgresStore(store)) return commitArticle(store, raw, id, analysed);
  return commitLocked(store, raw, id, 'layers' in analysed ? analysed : prepareArticle(analysed));
}
