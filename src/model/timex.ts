import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

/** A temporal expression normalised as TimeML's TIMEX3. */
export const TimexSchema = SpanSchema.extend({
  id: z.string().describe('t1, t2, …'),
  type: TimexTypeSchema,
  value: z.string().nullable().describe('TIMEX3 value: 2020-10-22, 2020-W42, 2021-02, P3Y, PAST_REF, XXXX-10-22; null when none can be formed'),
  mod: z.string().nullable().describe('TIMEX3 mod: BEFORE, AFTER, APPROX, START, END, …'),
  anchor: z.object({
    kind: z.enum(['published', 'timex', 'none']).describe('what the value was resolved against'),
    timex: z.string().nullable().describe('id of the earlier timex when kind is timex'),
  }),
  stated: z.array(z.string()).describe('fields the text gave (year, month, day, week, …)'),
  implied: z.array(z.string()).describe('fields filled in from the anchor'),
  range: z
    .object({ begin: z.string().nullable(), end: z.string().nullable() })
    .optional()
    .describe('a range written as one expression ("June 15-16", "2019-2022"), a DURATION: the values of its first and last point (TIMEX3 beginPoint/endPoint)'),
});
export type Timex = z.infer<typeof TimexSchema>;
export type TimexType = z.infer<typeof TimexTypeSchema>;
