/**
 * One hash per document of the bench corpus (../shared/data, see build-bench-corpus.ts) and a total, so a
 * refactor can show that the analyses did not move: run it before and after and diff the two outputs.
 *
 *   node --import tsx scripts/hash-analyses.ts [--layers] [--dump FILE]
 *
 * A line is `<id> <sha256 of the document's JSON, first 16 hex>`; the last line is `total <hash of all>`.
 * `doc.stages` (the names of the stages that ran) is left out of the hash: it changes whenever a stage is
 * added or renamed, which says nothing about what the analysis found. `--layers` adds each field's hash
 * (to see which layer moved); `--dump FILE` writes the documents as JSON Lines (to read how it moved).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { z } from 'zod';
import { devFlags } from './dev-flags.ts';
import { analyze } from '../src/index.ts';
import { benchDocs } from './build-bench-corpus.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

const { flags } = devFlags(
  'node --import tsx scripts/hash-analyses.ts [--layers] [--dump FILE]',
  { layers: { type: 'boolean' }, dump: { type: 'string' } },
  z.object({ layers: z.boolean().default(false), dump: z.string().optional() }),
);

if (!sharedDataFile('gmb/train.jsonl')) {
  console.error('hash-analyses: needs ../shared/data (the news corpora) beside the repository; set NEWSGRAPH_DATA to its path');
  process.exit(2);
}
const { layers } = flags;
const dump = flags.dump === undefined ? null : createWriteStream(flags.dump);

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const total = createHash('sha256');
for (const d of benchDocs()) {
  const { stages: _stages, ...doc } = analyze({ text: d.text, id: d.id, published: d.published });
  const json = JSON.stringify(doc);
  const h = hash(json);
  total.update(h);
  const parts = layers ? Object.entries(doc).map(([k, v]) => ` ${k}=${hash(JSON.stringify(v))}`).join('') : '';
  console.log(`${d.id} ${h}${parts}`);
  dump?.write(`${json}\n`);
}
console.log(`total ${total.digest('hex').slice(0, 16)}`);
dump?.end();
