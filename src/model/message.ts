import { z } from 'zod';

export const MessageLevelSchema = z.enum(['info', 'warning', 'fatal']);

/** A problem or remark found in the text: never an exception, always a record with its place. */
export const MessageSchema = z.object({
  level: MessageLevelSchema,
  rule: z.string().describe('stable rule id, e.g. truncated, unbalanced-quote, suspect-name, no-publication-date'),
  stage: z.string().describe('the pipeline stage that raised it'),
  text: z.string().describe('what was found and, where useful, what to do'),
  start: z.number().int().nonnegative().nullable().describe('span start, null for a document-level message'),
  end: z.number().int().nonnegative().nullable(),
});
export type Message = z.infer<typeof MessageSchema>;
export type MessageLevel = z.infer<typeof MessageLevelSchema>;
