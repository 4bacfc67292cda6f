/**
 * Builds the derived event lexicons in src/lexicons/events/ from ../shared/data/{cameo,plover}:
 *   cameo-codes.json   code, name, root, Goldstein, quad class (cameo_eventcodes.tsv)
 *   cameo-plover.json  CAMEO code → PLOVER event, mode, contexts (cameo2plover.tsv; CC BY-SA 4.0)
 * and, for the link stage's actor readings, src/lexicons/entities/regions.json: region demonyms → CAMEO
 * region code (cameo_regions.tsv). The agent nouns are the entity lexicons' Phoenix agents (one table).
 * Run: node --import tsx scripts/build-event-lexicons.ts
 * patterns.json and modality.json are written by hand from the CAMEO manual's code names and usage notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, sharedDataDir } from '../src/util/shared-data.ts';

const out = path.join(REPO_ROOT, 'src/lexicons/events');

function readTsv(relative: string): Record<string, string>[] {
  const lines = readFileSync(path.join(sharedDataDir(), relative), 'utf8').split('\n').filter((l) => l.length > 0);
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

function write(name: string, data: unknown, dir = out): void {
  writeFileSync(path.join(dir, name), JSON.stringify(data, null, 1) + '\n');
  console.log(`wrote ${name}`);
}

// The manual's labels: patterns and the development set follow the manual (105–108 differ from GDELT's).
const codes = readTsv('cameo/cameo_eventcodes.tsv').map((r) => ({
  code: r.code!,
  name: r['name_manual_1.1b3'] || r.name_gdelt!,
  root: r.root_code!,
  goldstein: r.goldstein === '' ? null : Number(r.goldstein),
  quadClass: Number(r.quad_class),
}));
write('cameo-codes.json', codes);

const plover = readTsv('plover/cameo2plover.tsv').map((r) => ({
  code: r.cameo_code!,
  event: r.plover_event || null,
  mode: r.plover_mode || null,
  context: r.plover_context ? r.plover_context.split(';').map((c) => c.trim()).filter(Boolean) : [],
}));
write('cameo-plover.json', plover);


// Region demonyms (CAMEO Table 3.3): "European court" → EUR, "African diplomats" → AFR. A bare region name is a place.
const regions: Record<string, string> = {};
for (const r of readTsv('cameo/cameo_regions.tsv')) {
  const name = r.region!.replace(/^"|"$/g, '').replace(/^the /, '').toUpperCase();
  const demonym = name.endsWith('A') ? `${name}N` : name.endsWith('E') ? `${name}AN` : name.endsWith('EAST') ? `${name}ERN` : null;
  if (demonym) regions[demonym] = r.code!;
}
write('regions.json', regions, path.join(REPO_ROOT, 'src/lexicons/entities'));
