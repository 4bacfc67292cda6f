import type { Readable } from 'node:stream';
import { z } from 'zod';
import { toDay } from '../dates.ts';
import { cutText, sizeText } from '../limits.ts';
import { article, failure, hostOf, type ReadItem } from './article.ts';

const LineSchema = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'is empty'),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  source: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
}, { error: 'expected an object with a "text" field' });

/**
 * The lines of a byte stream, each with its size in bytes; a line longer than `maxBytes` comes as null
 * (its bytes are counted, never held whole), so one endless line costs no more memory than the bound.
 */
export async function* boundedLines(input: Readable, maxBytes: number): AsyncIterable<{ line: string | null; bytes: number }> {
  let parts: Buffer[] = [];
  let held = 0;
  let bytes = 0;
  const end = () => {
    const line = held > maxBytes ? null : new TextDecoder('utf-8').decode(Buffer.concat(parts, held)).replace(/\r$/, '');
    const out = { line, bytes };
    parts = [];
    held = 0;
    bytes = 0;
    return out;
  };
  for await (const chunk of input) {
    const data: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let from = 0;
    for (let nl = data.indexOf(10, from); nl >= 0; nl = data.indexOf(10, from)) {
      if (held <= maxBytes) parts.push(data.subarray(from, nl));
      held += nl - from;
      bytes += nl - from + 1;
      yield end();
      from = nl + 1;
    }
    if (held <= maxBytes) parts.push(data.subarray(from));
    held += data.length - from;
    bytes += data.length - from;
  }
  if (bytes > 0) yield end();
}

/** One article per line: {text, title?, url?, published?, source?, id?}; a bad line is reported and skipped. */
export async function* readJsonl(name: string, input: Readable, maxBytes: number): AsyncIterable<ReadItem> {
  // JSON escapes can double a text's size: a line may be twice the article limit (and a little) before it is refused.
  const maxLine = 2 * maxBytes + 64 * 1024;
  let n = 0;
  for await (const { line, bytes } of boundedLines(input, maxLine)) {
    n += 1;
    const where = `${name}:${n}`;
    if (line === null) {
      yield { ...failure(where, `the line is ${sizeText(bytes)}, over twice the article limit of ${sizeText(maxBytes)}; skipped (raise --max-article-mb to read it)`), bytes };
      continue;
    }
    if (line.trim() === '') continue;
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
    const cut = cutText(v.text, maxBytes);
    yield {
      ...article({
        name: v.id != null ? String(v.id) : where, text: cut.text, title: v.title ?? null, url: v.url ?? null,
        published: toDay(v.published), source: v.source ?? hostOf(v.url ?? null), messages: cut.message ? [cut.message] : [],
      }),
      bytes,
    };
  }
}
