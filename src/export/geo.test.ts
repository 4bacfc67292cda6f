import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryGeo, geoColumns, placeGeo } from './geo.ts';

describe('GDELT geography', () => {
  const places: [string, string | null, [number, string, string, string] | null][] = [
    ['Russia', null, [1, 'Russia', 'RS', 'RS']],
    ['OTTAWA', null, [4, 'Ottawa, Canada', 'CA', 'CA08']],
    ['Moscow', 'RUS', [4, 'Moscow, Russia', 'RS', 'RS48']],
    ['Beijing', null, [4, 'Beijing, China', 'CH', 'CH22']],
    ['Albuquerque', 'USA', [3, 'Albuquerque, NM, United States', 'US', 'USNM']],
    // The country known: its city, not a bigger namesake elsewhere.
    ['Paris', 'USA', [3, 'Paris, TX, United States', 'US', 'USTX']],
    ['Xyzzyville', null, null],
  ];
  for (const [name, iso3, expected] of places) {
    it(`${name}${iso3 ? ` in ${iso3}` : ''}`, () => {
      const geo = placeGeo(name, iso3);
      assert.deepEqual(geo && [geo.type, geo.fullName, geo.countryCode, geo.adm1], expected);
    });
  }

  it('gives a country its FIPS code, centre and code as feature id', () => {
    assert.deepEqual(countryGeo('CHN'), { type: 1, fullName: 'China', countryCode: 'CH', adm1: 'CH', lat: 35, long: 105, featureId: 'CH' });
    assert.equal(countryGeo('XXX'), null);
    assert.equal(countryGeo(null), null);
  });

  it('writes eight columns, coordinates with at most 4 decimals, GeoNames id as feature id', () => {
    const cols = geoColumns(placeGeo('Moscow', 'RUS'));
    assert.equal(cols.length, 8);
    assert.deepEqual([cols[4], cols[5], cols[6], cols[7]], ['', '55.7522', '37.6156', '524901']);
    assert.deepEqual(geoColumns(null), ['0', '', '', '', '', '', '', '']);
  });
});
