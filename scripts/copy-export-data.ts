/**
 * Copy the reference tables `newsgraph export` needs into the repository (the runtime never reads
 * ../shared): the GDELT 2.0 Events column names, and the countries GDELT geography names (FIPS 10-4 code from
 * ../shared/data/cameo/fips_to_iso3.tsv, with the country's centre from world-countries 5.1.0, ODbL, a dev
 * dependency). Run again when ../shared/data changes.
 *
 *   node --import tsx scripts/copy-export-data.ts
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '../src/util/shared-data.ts';

const target = (name: string) => fileURLToPath(new URL(`../src/export/data/${name}`, import.meta.url));

const header = sharedDataFile('gdelt/events_v2_header.tsv');
if (!header) throw new Error('needs gdelt/events_v2_header.tsv from ../shared/data');
copyFileSync(header, target('gdelt-events-v2-header.tsv'));
process.stderr.write(`${target('gdelt-events-v2-header.tsv')}: copied from ${header}\n`);

const fips = sharedDataFile('cameo/fips_to_iso3.tsv');
if (!fips) throw new Error('needs cameo/fips_to_iso3.tsv from ../shared/data');
interface WorldCountry { cca3: string; latlng: number[] }
const world = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
const centre = new Map(world.map((w) => [w.cca3, w.latlng]));
const rows = readFileSync(fips, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
const out = ['fips\tiso3\tiso2\tname\tlat\tlong'];
let missing = 0;
for (const [code, iso3, iso2, name] of rows.sort((a, b) => (a[1]! < b[1]! ? -1 : 1))) {
  const latlng = centre.get(iso3!);
  if (!latlng) missing += 1;
  out.push([code, iso3, iso2, name, latlng?.[0] ?? '', latlng?.[1] ?? ''].join('\t'));
}
writeFileSync(target('countries.tsv'), `${out.join('\n')}\n`);
process.stderr.write(`${target('countries.tsv')}: ${rows.length} countries from ${fips} (${missing} without a centre in world-countries)\n`);
