/**
 * The corpus store contract: what ingest, the CLI queries, the exporters and the HTTP API may ask of a store.
 * Every adapter (sqlite/, postgres/) implements `Store` and passes `contract.test-suite.ts` (contract.test.ts runs it on each).
 * Methods are async so a networked adapter fits; rows are plain JSON validated by the zod schemas of
 * `rows.ts`.
 *
 * Conventions:
 * - Article ids are content hashes (`contentHash`), so putting the same text twice adds nothing.
 * - Dates are YYYY-MM-DD strings; `from`/`to` are inclusive.
 * - Paging: `{limit, cursor}` in, `{items, nextCursor}` out; `nextCursor` is null on the last page.
 *   Cursors are opaque strings, valid only for the same query.
 * - Syndicated copies (`duplicateOf` set) are stored in full but counted once: aggregates (entity counts,
 *   timeline, network) and searches skip them unless `includeDuplicates` is set.
 */
import type { z } from 'zod';
import type { Doc } from '../model/index.ts';
import { NewsgraphError } from '../errors.ts';
import type { QueryLayers } from './query-layers.ts';
import type {
  ArticleMeta, ArticleQuery, ArticleRow, ArticleStatusSchema, CanonicalEntity, EntityQuery, EntityRow, EventQuery, EventRow, Network,
  NetworkQuery, Page, QuoteQuery, QuoteRow, SentenceQuery, SentenceRow, TimelineQuery, TimelineRow,
} from './rows.ts';

/** A doc entity linked to a canonical one; `entity` is new when its id is not in the store yet. */
export interface EntityLink {
  docEntity: string;
  entity: CanonicalEntity;
  /** Lookup keys (surname, normalised name, acronym…) that `entityCandidates` will match it by. */
  keys: string[];
  /**
   * True when the store holds `entity` exactly as given, with all of `keys` (resolution found it so and
   * changed nothing): an adapter may skip writing it. Its counts are updated all the same.
   */
  unchanged?: boolean;
  /**
   * Stored canonical ids that `entity` takes over (a merge changed what its id follows from; see
   * entity-merge.ts): the adapter moves their rows (counts, keys, names, quote and event links) to
   * `entity.id`, merging by `mergeEntities`, and drops them; the old ids keep naming it in queries (getEntity, an
   * entity id as speaker, about or actor).
   */
  replaces?: string[];
}

/** A stored canonical entity found by `entityCandidates`, with those of the keys asked for its type it has. */
export type EntityCandidate = CanonicalEntity & { keys: string[] };
/** The lookup keys asked for one entity type. */
export interface EntityLookup {
  type: string;
  keys: string[];
}

/** Everything ingest writes for one article, in one transaction. */
interface ArticleFields {
  id: string;
  meta: ArticleMeta;
  status: z.infer<typeof ArticleStatusSchema>;
  duplicateOf: string | null;
  similarity: number | null;
  /** MinHash signature, kept to find later copies of this article. */
  minhash: number[];
  links: EntityLink[];
}

/**
 * The Doc as a whole, or (as ingest's workers prepare it) its query rows and its stored form: `layers` is
 * `queryLayers(doc)` and `encodedDoc` is `encodeDoc(doc)`, the copy `getDoc` returns.
 */
export type ArticleInput = ArticleFields & (
  | { doc: Doc; layers?: QueryLayers; encodedDoc?: Uint8Array }
  | { doc?: undefined; layers: QueryLayers; encodedDoc: Uint8Array }
);

export interface StoreStats {
  articles: number;
  /** articles with no publication date */
  undated: number;
  duplicates: number;
  notEnglish: number;
  quotes: number;
  events: number;
  entities: number;
}

export interface Store {
  /**
   * Insert one article with all its layers, atomically; false (and nothing written) when its id is already
   * stored. An adapter may group puts into larger transactions for speed: later calls see earlier puts at
   * once, and `flush` (or `close`) makes them durable. A crash, or a put that throws, loses only unflushed
   * puts, never half of one.
   */
  putArticle(input: ArticleInput): Promise<boolean>;
  /**
   * Replace a stored article's analysis by a new analysis of the same text with the publication date it
   * lacked (`input.meta.published`): its date, Doc, quotes and events (event dates follow the new date), and
   * its title when it had none. Entities are written as linked but their counts are not added to again (the
   * article was counted when put). False (nothing written) when the id is not stored.
   */
  redateArticle(input: ArticleInput): Promise<boolean>;
  flush(): Promise<void>;
  /** Which of these ids are stored (ingest skips them before analysis). */
  hasArticles(ids: string[]): Promise<Set<string>>;
  getArticle(id: string): Promise<ArticleRow | null>;
  getDoc(id: string): Promise<Doc | null>;
  listArticles(query?: ArticleQuery): Promise<Page<ArticleRow>>;

  /** Stored articles sharing at least one MinHash band with `bands`, with their signatures. */
  nearDuplicateCandidates(bands: string[]): Promise<{ id: string; minhash: number[] }[]>;
  /**
   * Canonical entities sharing a name key (surname, acronym…) with the keys asked for their type, in id order:
   * one lookup for every type a document has (one round trip on a server).
   */
  entityCandidates(lookups: EntityLookup[]): Promise<EntityCandidate[]>;

  searchQuotes(query?: QuoteQuery): Promise<Page<QuoteRow>>;
  /** Sentences of the articles matching a full-text query, in store order. */
  searchSentences(query: SentenceQuery): Promise<Page<SentenceRow>>;
  listEntities(query?: EntityQuery): Promise<Page<EntityRow>>;
  /** The entity with this id, or with the id it moved to from this one (`EntityLink.replaces`). */
  getEntity(id: string): Promise<EntityRow | null>;
  searchEvents(query?: EventQuery): Promise<Page<EventRow>>;
  timeline(query: TimelineQuery): Promise<TimelineRow[]>;
  network(query?: NetworkQuery): Promise<Network>;

  /** Streams over every row, in a stable order, no cap. */
  exportArticles(): AsyncIterable<ArticleRow>;
  exportDocs(): AsyncIterable<Doc>;
  exportQuotes(): AsyncIterable<QuoteRow>;
  exportEvents(): AsyncIterable<EventRow>;
  exportEntities(): AsyncIterable<EntityRow>;

  /**
   * How many items a list query matches in all, its limit and cursor aside. With `undated: true` (from/to
   * dropped) it counts what a date range leaves out for having no date.
   */
  countArticles(query?: ArticleQuery): Promise<number>;
  countQuotes(query?: QuoteQuery): Promise<number>;
  countSentences(query: SentenceQuery): Promise<number>;
  countEntities(query?: EntityQuery): Promise<number>;
  countEvents(query?: EventQuery): Promise<number>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A query the store cannot run as given (bad cursor, empty full-text query); the message says what to fix. */
export class StoreQueryError extends NewsgraphError {
  override name = 'StoreQueryError';
  constructor(message: string) {
    super('query', message);
  }
}

/** A write that waited its time for another writer (another ingest) to let go of the store; try again later. */
export class StoreBusyError extends NewsgraphError {
  override name = 'StoreBusyError';
  constructor(message: string) {
    super('busy', message);
  }
}

/** Opens an empty or existing store; the contract suite calls it once per test. */
export type StoreFactory = () => Promise<Store>;
