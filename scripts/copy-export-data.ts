/**
 * Copy the reference tables `newsgraph export` needs into the repository (the runtime never reads
 * ../shared): the GDELT 2.0 Events column names. Run again when ../shared/data/gdelt changes.
 *
 *   node --import tsx scripts/copy-export-data.ts
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '../src/util/shared-data.ts';

const source = sharedDataFile('gdelt/events_v2_header.tsv');
if (!source) throw new Error('needs gdelt/events_v2_header.tsv from ../shared/data');
const target = fileURLToPath(new URL('../src/export/data/gdelt-events-v2-header.tsv', import.meta.url));
copyFileSync(source, target);
process.stderr.write(`${target}: copied from ${source}\n`);
