/** Record writers shared by the query commands and `newsgraph export`: JSON, JSON Lines, CSV, streamed. */
import { once } from 'node:events';

export const RECORD_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** One CSV cell (RFC 4180): lists of scalars joined with ";", objects as JSON, quoted when needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')
    ? value.join(';')
    : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Write, waiting for the stream to drain when its buffer is full (exports of millions of rows). */
export async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Stream records as json (one array), jsonl or csv (header from `columns`); returns the count. */
export async function writeRecords<T>(
  out: NodeJS.WritableStream,
  rows: AsyncIterable<T> | Iterable<T>,
  format: RecordFormat,
  columns: readonly string[],
): Promise<number> {
  let n = 0;
  if (format === 'csv') await write(out, `${columns.join(',')}\r\n`);
  if (format === 'json') await write(out, '[');
  for await (const row of rows) {
    const record = row as Record<string, unknown>;
    if (format === 'csv') await write(out, `${columns.map((c) => csvCell(record[c])).join(',')}\r\n`);
    else if (format === 'jsonl') await write(out, `${JSON.stringify(row)}\n`);
    else await write(out, `${n === 0 ? '\n' : ',\n'}  ${JSON.stringify(row)}`);
    n += 1;
  }
  if (format === 'json') await write(out, n === 0 ? ']\n' : '\n]\n');
  return n;
}
