import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const ActorSchema = z.object({
  code: z.string().describe('CAMEO actor code, e.g. RUSGOV, CHN, IGOUNO'),
  country: z.string().nullable().describe('ISO-3 country, null for international actors'),
  role: z.string().nullable().describe('CAMEO role (GOV, MIL, …)'),
  entity: z.string().nullable().describe('entity id'),
  mention: SpanSchema.nullable().describe('where the text names the actor'),
});
export type Actor = z.infer<typeof ActorSchema>;

export const ModalitySchema = z.enum(['asserted', 'hypothetical', 'negated', 'future', 'reported']);

/** A political event coded in CAMEO and PLOVER, with the reason it was coded. */
export const EventSchema = z.object({
  id: z.string().describe('v1, v2, …'),
  trigger: SpanSchema.extend({ lemma: z.string() }),
  sentence: z.number().int().nonnegative(),
  sources: z.array(ActorSchema).describe('one or more source actors (compound actors keep every member)'),
  targets: z.array(ActorSchema),
  cameo: z.object({
    code: z.string().regex(/^\d{2,4}$/).describe('CAMEO event code as a string: "010" is not "10"'),
    name: z.string(),
    root: z.string().regex(/^\d{2}$/),
    goldstein: z.number().nullable(),
    quadClass: z.number().int().min(1).max(4),
  }),
  plover: z.object({
    event: z.string().nullable(),
    mode: z.string().nullable(),
    context: z.array(z.string()),
  }),
  modality: ModalitySchema,
  date: z.object({
    value: z.string().nullable().describe('TIMEX3 value of the event date'),
    timex: z.string().nullable().describe('id of the timex in the clause, null when the publication date was used'),
  }),
  quote: z.string().nullable().describe('id of the quote the event is reported in'),
  reason: z.string().describe('why it was coded: the pattern that matched and how the actors were found'),
});
export type Event = z.infer<typeof EventSchema>;
export type Modality = z.infer<typeof ModalitySchema>;

/** Per ordered actor pair, what the document's events add up to. */
export const DyadSchema = z.object({
  source: z.string(),
  target: z.string(),
  events: z.number().int(),
  meanGoldstein: z.number().nullable(),
  quadClasses: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]).describe('event counts of quad classes 1–4'),
});
export type Dyad = z.infer<typeof DyadSchema>;
