import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const SpeakerKindSchema = z.enum(['person', 'group', 'organization', 'unnamed', 'unknown']);

export const SpeakerSchema = z.object({
  kind: SpeakerKindSchema,
  name: z.string().nullable().describe('canonical name of the resolved speaker, or the group as written'),
  mention: SpanSchema.nullable().describe('where the text names the speaker for this quote ("Li", "the expert")'),
  entity: z.string().nullable().describe('entity id when resolved to a cluster'),
  resolved: z.boolean().describe('true when the speaker was inferred beyond the mention (pronoun, "the expert", previous speaker)'),
  countries: z.array(z.string()).describe('ISO-3 countries of the speaker or group'),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
});

export const StanceSchema = z.object({
  label: z.enum(['positive', 'negative', 'hedged', 'certain', 'neutral']),
  score: z.number().describe('-1 … 1, negative to positive polarity'),
  cues: z.array(SpanSchema.extend({ weight: z.number() })).describe('the words that drove it'),
});

/** What kind of attribution a record is (attribution.md): the class of its cue, or a question. */
export const QuoteFormSchema = z.enum(['statement', 'question', 'belief', 'stance', 'evidence', 'other']);

/** Reported speech: what was said, by whom, introduced how. */
export const QuoteSchema = SpanSchema.extend({
  id: z.string().describe('q1, q2, …'),
  type: z.enum(['direct', 'indirect', 'mixed']),
  content: z.array(SpanSchema).describe('content spans; more than one when the quote is interrupted'),
  cue: SpanSchema.extend({ lemma: z.string() }).nullable().describe('the reporting word ("said", "according to")'),
  speaker: SpeakerSchema,
  form: QuoteFormSchema.optional().describe('statement (speech acts, "according to", quotes without a cue), question, belief (attitudes), stance (support, oppose…), evidence (a poll shows…), other; set by the quotes stage, absent from documents stored before it'),
  layout: z.string().describe('how the attribution is laid out: said-that, inverted, according-to, colon, dash, participial, apposition, continuation, …'),
  nestedIn: z.string().nullable().describe('id of the quote this one is reported inside'),
  stance: StanceSchema.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type QuoteForm = z.infer<typeof QuoteFormSchema>;
