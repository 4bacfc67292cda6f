import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { toDay } from '../dates.ts';
import { article, failure, hostOf, type ReadItem } from './article.ts';

const LineSchema = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'is empty'),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  source: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
}, { error: 'expected an object with a "text" field' });

/** One article per line: {text, title?, url?, published?, source?, id?}; a bad line is reported and skipped. */
export async function* readJsonl(name: string, input: Readable): AsyncIterable<ReadItem> {
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n += 1;
    if (line.trim() === '') continue;
    const bytes = Buffer.byteLength(line) + 1;
    const where = `${name}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { ...failure(where, 'not valid JSON; each line must be one JSON object'), bytes };
      continue;
    }
    const parsed = LineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      yield { ...failure(where, `${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`), bytes };
      continue;
    }
    const v = parsed.data;
    yield {
      ...article({
        name: v.id != null ? String(v.id) : where, text: v.text, title: v.title ?? null, url: v.url ?? null,
        published: toDay(v.published), source: v.source ?? hostOf(v.url ?? null),
      }),
      bytes,
    };
  }
}
