/** Record writers shared by the query commands and `newsgraph export`: JSON, JSON Lines, CSV, streamed. */
import { once } from 'node:events';
import type { z } from 'zod';

export const RECORD_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** Decimals kept in CSV cells: GDELT's precision for coordinates, enough for means and tone, no float noise. */
const CSV_DECIMALS = 4;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Number(value.toFixed(CSV_DECIMALS)));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** One CSV cell (RFC 4180): numbers rounded, lists of scalars joined with ";", quoted when needed. */
export function csvCell(value: unknown): string {
  const text = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object') ? value.map(scalar).join(';') : scalar(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A record's value for a CSV column; "sources.code" is the code of each source, joined with ";". */
function columnValue(record: Record<string, unknown>, column: string): unknown {
  const dot = column.indexOf('.');
  if (dot < 0) return record[column];
  const [field, key] = [column.slice(0, dot), column.slice(dot + 1)];
  const value = record[field];
  if (Array.isArray(value)) return value.map((v) => (v as Record<string, unknown> | null)?.[key] ?? '');
  return (value as Record<string, unknown> | null)?.[key];
}

function unwrap(field: z.ZodType): any {
  let def = (field as any)._zod.def;
  while (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') def = def.innerType._zod.def;
  return def;
}

/**
 * The CSV columns of a row schema: its fields, a list of objects (event actors) spread over one column per
 * key ("sources.code", "sources.entity"…), so no cell holds JSON.
 */
export function csvColumns(schema: z.ZodObject<any>): string[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const def = unwrap(field as z.ZodType);
    const element = def.type === 'array' ? unwrap(def.element) : null;
    return element?.type === 'object' ? Object.keys(element.shape).map((key) => `${name}.${key}`) : [name];
  });
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
    if (format === 'csv') await write(out, `${columns.map((c) => csvCell(columnValue(record, c))).join(',')}\r\n`);
    else if (format === 'jsonl') await write(out, `${JSON.stringify(row)}\n`);
    else await write(out, `${n === 0 ? '\n' : ',\n'}  ${JSON.stringify(row)}`);
    n += 1;
  }
  if (format === 'json') await write(out, n === 0 ? ']\n' : '\n]\n');
  return n;
}
