import { z } from 'zod';
import { CalendarDateSchema } from './date.ts';
import { MessageSchema } from './message.ts';
import { ParagraphSchema, SentenceSchema, TokenSchema } from './segments.ts';
import { EntitySchema, MentionSchema } from './entity.ts';
import { TimexSchema } from './timex.ts';
import { QuoteSchema } from './quote.ts';
import { DyadSchema, EventSchema } from './event.ts';
import type { Syntax } from './syntax.ts';
import type { ActorReading } from './actors.ts';
import { NewsgraphError } from '../errors.ts';

export const DOC_FORMAT = 'newsgraph.doc/1';

/**
 * The analysed article. `text` is never rewritten; every layer is standoff annotation into it.
 * Field names are stable: this is the JSON users read with jq or pandas.
 */
export const DocSchema = z.object({
  format: z.literal(DOC_FORMAT),
  id: z.string().nullable().describe('caller-given id or file name'),
  text: z.string(),
  published: CalendarDateSchema.nullable().describe('publication date (YYYY-MM-DD), the anchor of relative dates'),
  stages: z.array(z.string()).describe('the pipeline stages that ran, in order'),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  mentions: z.array(MentionSchema),
  entities: z.array(EntitySchema),
  timexes: z.array(TimexSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  dyads: z.array(DyadSchema),
  messages: z.array(MessageSchema),
});
export type Doc = z.infer<typeof DocSchema>;

/**
 * The document while the pipeline runs: the Doc and the layers that are derived and never serialized
 * (the syntax view, the actor readings). `analyze` returns the Doc alone.
 */
export interface WorkingDoc extends Doc {
  syntax?: Syntax;
  /** per sentence, the actors it names (link) */
  actors?: ActorReading[][];
}

/** The syntax view of a working document; a stage that reads it before the syntax stage ran is a programming error. */
export function syntaxOf(doc: WorkingDoc): Syntax {
  if (!doc.syntax) throw new NewsgraphError('pipeline', 'the syntax layer is not built: run the syntax stage before the stages that read it');
  return doc.syntax;
}

/**
 * What a stage can need (read) or give (write): each layer, and the fields of a layer that a later stage
 * fills in (`mentions.entity` by corefer, `entities.country` by link). Reading `entity.country` is reading
 * `entities.country`; reading `entity.name` is reading `entities`. `text`, `id` and `published` are the
 * input and always readable; `messages` and `stages` are the pipeline's (a stage reports through its context).
 */
export const FIELDS = [
  'paragraphs', 'sentences', 'tokens', 'syntax',
  'mentions', 'mentions.entity',
  'entities', 'entities.country', 'entities.countrySource', 'entities.actorCode', 'entities.role', 'entities.affiliation',
  'actors', 'timexes', 'quotes', 'events', 'dyads',
] as const;
export type Field = (typeof FIELDS)[number];

/** The field a read or write of `layer[i].key` (or of `layer` itself, with no key) touches. */
export function fieldOf(layer: string, key?: string): Field | null {
  const sub = key === undefined ? null : `${layer}.${key}`;
  if (sub && (FIELDS as readonly string[]).includes(sub)) return sub as Field;
  return (FIELDS as readonly string[]).includes(layer) ? (layer as Field) : null;
}

export function emptyDoc(text: string, options: { id?: string | null; published?: string | null } = {}): Doc {
  return {
    format: DOC_FORMAT,
    id: options.id ?? null,
    text,
    published: options.published ?? null,
    stages: [],
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
    dyads: [],
    messages: [],
  };
}
