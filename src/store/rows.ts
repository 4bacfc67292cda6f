/**
 * The rows a store returns and the queries it takes, as zod schemas (the HTTP API and the CLI derive their
 * shapes from these). Dates are YYYY-MM-DD strings; `from`/`to` are inclusive.
 * Paging: `{limit, cursor}` in, `{items, nextCursor}` out; `nextCursor` is null on the last page.
 */
import { z } from 'zod';
import { CalendarDateSchema, QuoteFormSchema } from '../model/index.ts';

const DateString = CalendarDateSchema;

export const MAX_PAGE_LIMIT = 1000;
export const PageRequestSchema = z.object({
  limit: z.number().int().positive().max(MAX_PAGE_LIMIT).default(50),
  cursor: z.string().nullable().default(null),
});
export type PageRequest = z.input<typeof PageRequestSchema>;
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Why an article was not run through the English stages (null when it was). */
export const ArticleStatusSchema = z.enum(['analyzed', 'not-english']);

/** What the reader found about an article besides its text. */
export const ArticleMetaSchema = z.object({
  name: z.string().nullable().describe('where it came from: file name, feed item, WARC record id'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable().describe('outlet or site, e.g. reuters.com'),
  published: DateString.nullable(),
  language: z.string().nullable().describe('ISO 639-3 code from language detection, e.g. eng'),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ArticleRowSchema = ArticleMetaSchema.extend({
  id: z.string().describe('content hash of the text (sha256, hex); its first 12 digits are the short id lists show'),
  status: ArticleStatusSchema,
  chars: z.number().int().nonnegative(),
  duplicateOf: z.string().nullable().describe('id of the article this one is a near-duplicate of'),
  similarity: z.number().nullable().describe('estimated Jaccard similarity to duplicateOf'),
  mentions: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  messages: z.number().int().nonnegative(),
  tone: z.number().nullable().describe('document tone as GDELT defines it: positive minus negative words per 100 words'),
});
export type ArticleRow = z.infer<typeof ArticleRowSchema>;

/** A person, organisation or place resolved across articles. */
export const CanonicalEntitySchema = z.object({
  id: z.string().describe('stable canonical id, e.g. ent_3f2a…'),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  actorCode: z.string().nullable(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
});
export type CanonicalEntity = z.infer<typeof CanonicalEntitySchema>;

export const EntityRowSchema = CanonicalEntitySchema.extend({
  articles: z.number().int().nonnegative().describe('articles naming it (duplicates counted once)'),
  mentions: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative().describe('quotes it is the speaker of'),
});
export type EntityRow = z.infer<typeof EntityRowSchema>;

export const QuoteRowSchema = z.object({
  article: z.string(),
  id: z.string().describe('quote id inside the article, q1, q2, …'),
  published: DateString.nullable(),
  type: z.string(),
  text: z.string().describe('the whole quote span'),
  content: z.string().describe('the quoted content; interrupted spans joined with " … "'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable().describe('speaker name as resolved in the article'),
  speakerKind: z.string(),
  speakerEntity: z.string().nullable().describe('canonical entity id of the speaker'),
  cue: z.string().nullable().describe('lemma of the reporting word'),
  stance: z.number().nullable(),
  about: z.array(z.string()).describe('canonical entity ids named inside the content'),
  tone: z.number().nullable().describe('tone of the quoted content: positive minus negative words per 100 words'),
  form: QuoteFormSchema.describe('what kind of attribution: statement, question, belief, stance, evidence, other (quotes stored before forms were kept are statements)'),
  title: z.string().nullable(),
  url: z.string().nullable(),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

export const SentenceRowSchema = z.object({
  article: z.string(),
  published: DateString.nullable(),
  sentence: z.number().int().nonnegative().describe('index of the sentence in its article'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
});
export type SentenceRow = z.infer<typeof SentenceRowSchema>;

export const EventActorRowSchema = z.object({
  code: z.string(),
  country: z.string().nullable(),
  name: z.string().nullable().describe('the text naming the actor'),
  entity: z.string().nullable().describe('canonical entity id'),
});
export const EventRowSchema = z.object({
  article: z.string(),
  id: z.string(),
  published: DateString.nullable(),
  date: DateString.nullable().describe('event date when the text gives a full one, else the publication date'),
  sources: z.array(EventActorRowSchema),
  targets: z.array(EventActorRowSchema),
  code: z.string(),
  root: z.string(),
  name: z.string(),
  goldstein: z.number().nullable(),
  quadClass: z.number().int(),
  ploverEvent: z.string().nullable(),
  ploverMode: z.string().nullable(),
  ploverContext: z.array(z.string()),
  modality: z.string(),
  trigger: z.string(),
  sentence: z.string().describe('the sentence the event was coded from'),
  title: z.string().nullable().describe('title of the article'),
  url: z.string().nullable(),
});
export type EventRow = z.infer<typeof EventRowSchema>;

/** The date filter of a query: an inclusive range, and what to do with items that have no date. */
const DatedQuerySchema = PageRequestSchema.extend({
  from: DateString.optional(),
  to: DateString.optional(),
  includeUndated: z.boolean().default(false).describe('a from/to range also keeps the items that have no date'),
  undated: z.boolean().default(false).describe('only the items that have no date (from/to are then ignored)'),
});

export const ArticleQuerySchema = DatedQuerySchema.extend({
  includeDuplicates: z.boolean().default(true),
  idPrefix: z.string().regex(/^[0-9a-f]+$/, 'expected hex digits').optional().describe('articles whose id starts with these hex digits'),
});
export const QuoteQuerySchema = DatedQuerySchema.extend({
  speaker: z.string().optional().describe('canonical entity id, or a name matched against speaker names and aliases'),
  about: z.string().optional().describe('canonical entity id, or a name: quotes whose content names it'),
  q: z.string().optional().describe('full-text query over quote content (FTS5 / tsquery syntax subset: words, "phrases", OR)'),
  forms: z.array(QuoteFormSchema).min(1).optional().describe('only the attributions of these forms (default every form)'),
  includeDuplicates: z.boolean().default(false),
});
export const SentenceQuerySchema = DatedQuerySchema.extend({
  q: z.string().describe('full-text query over the sentences of the articles (words, "phrases", OR)'),
  includeDuplicates: z.boolean().default(false),
});
export const EntityQuerySchema = PageRequestSchema.extend({
  q: z.string().optional().describe('name or alias, case-insensitive substring'),
  name: z.string().optional().describe('name or alias, exactly (any case)'),
  type: z.string().optional(),
  country: z.string().optional(),
});
export const EventQuerySchema = DatedQuerySchema.extend({
  actor: z.string().optional().describe('actor code prefix (RUS matches RUSGOV) or canonical entity id, either side'),
  source: z.string().optional().describe('as actor, source side only'),
  target: z.string().optional().describe('as actor, target side only'),
  cameo: z.string().regex(/^\d{2,4}$/).optional().describe('CAMEO code; matches it and its sub-codes'),
  root: z.string().regex(/^\d{2}$/).optional(),
  includeDuplicates: z.boolean().default(false),
});
export const TimelineQuerySchema = z.object({
  per: z.enum(['day', 'week']).default('day'),
  /** Dyad: events between actors a and b (code prefix or entity id); both directions unless `directed`. */
  a: z.string().optional(),
  b: z.string().optional(),
  directed: z.boolean().default(false),
  /** Or: quotes spoken by this entity (id or name). */
  speaker: z.string().optional(),
  from: DateString.optional(),
  to: DateString.optional(),
}).refine((q) => (q.a !== undefined && q.b !== undefined) !== (q.speaker !== undefined), 'give either a and b (a dyad) or speaker');
export const NetworkQuerySchema = z.object({
  kind: z.enum(['events', 'quotes', 'both']).default('both'),
  from: DateString.optional(),
  to: DateString.optional(),
  includeUndated: z.boolean().default(false).describe('a from/to range also keeps the events and quotes that have no date'),
  minCount: z.number().int().positive().default(1),
});

export type ArticleQuery = z.input<typeof ArticleQuerySchema>;
export type QuoteQuery = z.input<typeof QuoteQuerySchema>;
export type SentenceQuery = z.input<typeof SentenceQuerySchema>;
export type EntityQuery = z.input<typeof EntityQuerySchema>;
export type EventQuery = z.input<typeof EventQuerySchema>;
export type TimelineQuery = z.input<typeof TimelineQuerySchema>;
export type NetworkQuery = z.input<typeof NetworkQuerySchema>;

export const TimelineRowSchema = z.object({
  period: z.string().describe('YYYY-MM-DD, or the Monday of the ISO week when per=week'),
  count: z.number().int(),
  meanGoldstein: z.number().nullable().describe('dyad timelines: mean Goldstein score of the events'),
  meanStance: z.number().nullable().describe('speaker timelines: mean stance score of the quotes'),
  meanTone: z.number().nullable().describe('mean tone (positive minus negative words per 100) of the articles (dyads) or quotes (speakers)'),
});
export type TimelineRow = z.infer<typeof TimelineRowSchema>;

export const NetworkNodeSchema = z.object({
  id: z.string().describe('canonical entity id, or the actor code when no entity is known'),
  label: z.string(),
  country: z.string().nullable(),
  type: z.string().nullable(),
});
export const NetworkEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.enum(['event', 'quote']).describe('event: source acts on target; quote: source speaks about target'),
  count: z.number().int(),
  tone: z.number().nullable().describe('mean Goldstein (events) or mean stance (quotes)'),
});
export const NetworkSchema = z.object({ nodes: z.array(NetworkNodeSchema), edges: z.array(NetworkEdgeSchema) });
export type NetworkNode = z.infer<typeof NetworkNodeSchema>;
export type NetworkEdge = z.infer<typeof NetworkEdgeSchema>;
export type Network = z.infer<typeof NetworkSchema>;
