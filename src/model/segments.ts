import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const ParagraphSchema = SpanSchema.extend({
  id: z.string().describe('p1, p2, …'),
  line: z.number().int().positive().describe('1-based line of the input where the paragraph starts'),
});

export const SentenceSchema = SpanSchema.extend({
  id: z.string().describe('s1, s2, …'),
  paragraph: z.number().int().nonnegative().describe('index into paragraphs'),
});

export const TokenSchema = SpanSchema.extend({
  sentence: z.number().int().nonnegative().describe('index into sentences'),
  pos: z.string().describe('Universal POS tag (NOUN, VERB, PROPN, …)'),
  lemma: z.string(),
});

export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Token = z.infer<typeof TokenSchema>;
