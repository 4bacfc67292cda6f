import { z } from 'zod';

/** A half-open `[start, end)` range of UTF-16 code units into `Doc.text`, with the text it covers. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe('first character (UTF-16 code unit, as JS strings count)'),
  end: z.number().int().nonnegative().describe('one past the last character'),
  text: z.string().describe('the covered text, always equal to text.slice(start, end)'),
});
export type Span = z.infer<typeof SpanSchema>;

/** The span of `[start, end)` in `text`; the only way code should build one, so `text` never drifts. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
