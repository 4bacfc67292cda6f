import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ArticleRowSchema, EntityRowSchema, EventRowSchema, QuoteRowSchema, type Store } from '../../store/contract.ts';
import type { Api, ServerDeps } from '../context.ts';
import { problemContent } from '../problem.ts';

/** What can be exported, with the columns a CSV export has (the row schema's fields, in order). */
const TABLES = {
  articles: { rows: (s: Store) => s.exportArticles(), columns: Object.keys(ArticleRowSchema.shape) },
  quotes: { rows: (s: Store) => s.exportQuotes(), columns: Object.keys(QuoteRowSchema.shape) },
  events: { rows: (s: Store) => s.exportEvents(), columns: Object.keys(EventRowSchema.shape) },
  entities: { rows: (s: Store) => s.exportEntities(), columns: Object.keys(EntityRowSchema.shape) },
  docs: { rows: (s: Store) => s.exportDocs(), columns: null },
} as const;
type Table = keyof typeof TABLES;

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/export',
  tags: ['export'],
  summary: 'Stream a whole table, every row, no cap',
  request: {
    query: z.object({
      format: z.enum(['jsonl', 'csv']).describe('jsonl: one JSON object per line; csv: RFC 4180, nested values as JSON'),
      of: z.enum(Object.keys(TABLES) as [Table, ...Table[]]).default('quotes').describe('the table to export (docs: jsonl only)'),
    }).refine((q) => q.format === 'jsonl' || q.of !== 'docs', { message: 'docs export only as jsonl', path: ['format'] }),
  },
  responses: {
    200: {
      description: 'the rows, streamed',
      content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
    400: problemContent('unknown format or table'),
  },
});

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) && value.every((v) => typeof v !== 'object')
    ? value.join(';')
    : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function* lines(rows: AsyncIterable<unknown>, columns: readonly string[] | null): AsyncGenerator<string> {
  if (!columns) {
    for await (const row of rows) yield `${JSON.stringify(row)}\n`;
    return;
  }
  yield `${columns.join(',')}\r\n`;
  for await (const row of rows) {
    const record = row as Record<string, unknown>;
    yield `${columns.map((k) => csvCell(record[k])).join(',')}\r\n`;
  }
}

/** A byte stream pulled one line at a time, so a slow client holds back the store cursor. */
function streamOf(source: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function exportRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(exportRoute, (c) => {
    const { format, of } = c.req.valid('query');
    const table = TABLES[of];
    const body = streamOf(lines(table.rows(deps.store), format === 'csv' ? table.columns : null));
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
    return c.body(body, 200, { 'content-type': type, 'content-disposition': `attachment; filename="newsgraph-${of}.${format}"` });
  });
}
