import { PassThrough, Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { writeGdelt } from '../../export/gdelt.ts';
import { writeGexf } from '../../export/gexf.ts';
import { writePlover } from '../../export/plover.ts';
import { csvColumns, writeRecords } from '../../export/records.ts';
import { TABLES, TableSchema, type Table } from '../../export/tables.ts';
import type { Store } from '../../store/contract.ts';
import type { Api, ServerDeps } from '../context.ts';
import { problemContent } from '../problem.ts';

// Parquet is left out: its writer needs a seekable file, not a response stream (`newsgraph export` writes it).
const FORMATS = {
  jsonl: { type: 'application/x-ndjson', extension: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  plover: { type: 'application/x-ndjson', extension: 'jsonl' },
  gexf: { type: 'application/xml; charset=utf-8', extension: 'gexf' },
} as const;
type Format = keyof typeof FORMATS;

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/export',
  tags: ['export'],
  summary: 'Stream the whole corpus in one format, every row, no cap',
  description: 'jsonl, csv: one table (docs: the full analysed documents, jsonl only). gdelt: GDELT 2.0 Events TSV, 61 columns, no header. '
    + 'plover: PLOVER JSON Lines, one record per event. gexf: the actor network for Gephi.',
  request: {
    query: z.object({
      format: z.enum(Object.keys(FORMATS) as [Format, ...Format[]]),
      table: TableSchema.default('events').describe('the table for jsonl and csv'),
    }).refine((q) => q.format === 'jsonl' || q.table !== 'docs', { message: 'docs export only as jsonl', path: ['format'] }),
  },
  responses: {
    200: {
      description: 'the rows, streamed',
      content: Object.fromEntries(Object.values(FORMATS).map((f) => [f.type, { schema: z.string() }])),
    },
    400: problemContent('unknown format or table'),
  },
});

/** Longest an export runs before it lets other requests in, in ms. */
const SLICE_MS = 5;

/** The rows, with a turn of the event loop whenever `SLICE_MS` has passed: an export shares the thread. */
async function* yielding<T>(rows: AsyncIterable<T>): AsyncIterable<T> {
  let since = performance.now();
  for await (const row of rows) {
    yield row;
    if (performance.now() - since > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}

const EXPORTS = new Set<string | symbol>(['exportArticles', 'exportDocs', 'exportQuotes', 'exportEvents', 'exportEntities']);

/**
 * The store with every export iterator yielding (see `yielding`). The store reads synchronously, so without
 * this one export would run to its end before any other request is answered.
 */
function sharingStore(store: Store): Store {
  return new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return EXPORTS.has(key) ? (...args: unknown[]) => yielding(value.apply(target, args)) : value.bind(target);
    },
  });
}

function writeExport(store: Store, format: Format, table: Table, out: NodeJS.WritableStream): Promise<unknown> {
  if (format === 'gdelt') return writeGdelt(store, out);
  if (format === 'plover') return writePlover(store, out);
  if (format === 'gexf') return store.network().then((network) => writeGexf(network, out));
  if (table === 'docs') return writeRecords(out, store.exportDocs(), 'jsonl', []);
  const { rows, schema } = TABLES[table];
  return writeRecords(out, rows(store) as AsyncIterable<object>, format, csvColumns(schema));
}

export function exportRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(exportRoute, (c) => {
    const { format, table } = c.req.valid('query');
    // The writers wait for 'drain', so a slow client holds back the store cursor instead of filling memory.
    const out = new PassThrough();
    writeExport(sharingStore(deps.store), format, table, out).then(
      () => out.end(),
      (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    const name = format === 'jsonl' || format === 'csv' ? table : format;
    return c.body(Readable.toWeb(out) as ReadableStream<Uint8Array>, 200, {
      'content-type': FORMATS[format].type,
      'content-disposition': `attachment; filename="newsgraph-${name}.${FORMATS[format].extension}"`,
    });
  });
}
