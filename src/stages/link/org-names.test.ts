import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { acronymCode, internationalByName, leadingOrganisationCode, trailingOrganisationCode, withoutArticle } from './org-names.ts';

test('leadingOrganisationCode: a body of a known organisation takes its code; one leading word or a person is none', () => {
  const lex = entityLexicons();
  const cases: [string, boolean][] = [
    ['AFRICAN UNION COMMISSION', true],
    ['INTERNATIONAL LABOUR ORGANIZATION OFFICE', true],
    // negatives: only one known leading word; a person's name leading a longer name
    ['AFRICAN DEVELOPMENT WIDGETS', false],
    ['HU JINTAO FOUNDATION', false],
  ];
  for (const [name, known] of cases) assert.equal(leadingOrganisationCode(name, null, lex) !== null, known, name);
  assert.equal(leadingOrganisationCode('AFRICAN UNION COMMISSION', null, lex), leadingOrganisationCode('AFRICAN UNION SUMMIT', null, lex));
});

test('acronymCode: an acronym is the organisation of the text whose leading words it abbreviates', () => {
  const lex = entityLexicons();
  const au = leadingOrganisationCode('AFRICAN UNION COMMISSION', null, lex);
  assert.ok(au);
  assert.equal(acronymCode('AU', ['AFRICAN UNION COMMISSION'], null, lex), au);
  // the initials skip "of": OAS
  assert.ok(acronymCode('OAS', ['ORGANIZATION OF AMERICAN STATES'], null, lex));
  assert.ok(acronymCode('ILO', ['INTERNATIONAL LABOUR ORGANIZATION'], null, lex));
  // negatives: no full name in the text; initials of another name; not an acronym as written
  assert.equal(acronymCode('AU', [], null, lex), null);
  assert.equal(acronymCode('AU', ['ASIAN UNIVERSITY GROUP'], null, lex), null);
  assert.equal(acronymCode('Au', ['AFRICAN UNION'], null, lex), null);
});

test('withoutArticle: an organisation tagged with its "The" is read without it; no article, nothing to drop', () => {
  const cases: [string, string | null][] = [
    ['THE UN SECURITY COUNCIL', 'UN SECURITY COUNCIL'],
    // negatives: no leading article; "THEBES" only starts with the letters; "THE" alone
    ['UN SECURITY COUNCIL', null],
    ['THEBES COUNCIL', null],
    ['THE', null],
  ];
  for (const [name, want] of cases) assert.equal(withoutArticle(name), want, name);
});

test('internationalByName: a whole name the dictionary codes with no country; country-coded, partial or unknown names are none', () => {
  const lex = entityLexicons();
  const cases: [string, string | null][] = [
    ['PARIS CLUB', 'IGOBUSPROC'],
    ['IRISH REPUBLICAN ARMY', 'WEUREB'],
    ['GULF COOPERATION COUNCIL', 'IGOPGSGCC'],
    // negatives: a country's body; a name only led by a known one; a name the dictionary lacks
    ['DEFENSE DEPARTMENT', null],
    ['PARIS CLUB SECRETARIAT', null],
    ['PARIS CITY COUNCIL', null],
  ];
  for (const [name, want] of cases) assert.equal(internationalByName(name, null, lex), want, name);
});

test('trailingOrganisationCode: a national branch of a non-governmental body named by its last words takes its code', async (t) => {
  const lex = entityLexicons();
  const cases: [string, string | null][] = [
    ['SYRIAN ARAB RED CRESCENT', 'NGOHLHIRC'],
    ['KENYA RED CROSS', 'NGOHLHIRC'],
    // negatives: the body's name alone (no branch); words after the body's name; an ending of no known body
    ['RED CRESCENT', null],
    ['PALESTINE RED CRESCENT SOCIETY', null],
    ['SYRIAN NATIONAL COUNCIL', null],
    // an intergovernmental body's name at the end names no branch of it
    ['FRIENDS OF THE UNITED NATIONS', null],
  ];
  for (const [name, want] of cases) await t.test(name, () => assert.equal(trailingOrganisationCode(name, null, lex), want));
});
