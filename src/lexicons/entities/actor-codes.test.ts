import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCodeAt, dictionaryCode, spacedOnce, surnameCode } from './actor-codes.ts';
import { entityLexicons } from './entity-lexicons.ts';

test('the publication date picks the Phoenix code valid then; no date picks the latest entry', () => {
  const codes = [
    { code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' },
    { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' },
    { code: 'RUSGOVX', from: '2008-05-08', to: null },
    { code: 'RUSOLD', from: null, to: null },
  ];
  const cases: [string | null, string | null][] = [
    ['1995-06-01', 'RUSELI'],
    ['2004-01-01', 'RUSGOV'],
    ['2020-10-23', 'RUSGOVX'],
    ['1999-10-01', 'RUSOLD'],
    [null, 'RUSGOVX'],
  ];
  for (const [date, want] of cases) assert.equal(actorCodeAt(codes, date), want, String(date));
  assert.equal(actorCodeAt([{ code: 'X', from: '2001-01-01', to: '2002-01-01' }], '2020-01-01'), null);
});

test('names are looked up in the shipped Phoenix dictionary, any case', () => {
  const lexicons = entityLexicons();
  assert.equal(dictionaryCode('Vladimir Putin', '2020-10-23', lexicons), 'RUSGOV');
  assert.equal(dictionaryCode('xi jinping', '2020-10-23', lexicons), 'CHNGOV');
  assert.equal(dictionaryCode('Nobody Atall', '2020-10-23', lexicons), null);
  // Any white space around or between the words reads as one space.
  assert.equal(dictionaryCode('  Vladimir \t\u00a0Putin\n', '2020-10-23', lexicons), 'RUSGOV');
});

test('a name is spaced once when its only white space is single spaces between words', () => {
  const cases: [string, boolean][] = [
    ['PUTIN', true],
    ['VLADIMIR PUTIN', true],
    ['', true],
    ['VLADIMIR  PUTIN', false],
    [' PUTIN', false],
    ['PUTIN ', false],
    ['VLADIMIR\tPUTIN', false],
    ['VLADIMIR\u00a0PUTIN', false],
    ['VLADIMIR\u2009PUTIN', false],
    ['VLADIMIR\nPUTIN', false],
  ];
  for (const [name, want] of cases) assert.equal(spacedOnce(name), want, JSON.stringify(name));
});

test('a role the text states picks the entries holding it', () => {
  const codes = [
    { code: 'USAELI', from: '1929-01-01', to: '1981-01-20' },
    { code: 'USAGOV', from: '1981-01-20', to: '1989-01-20' },
    { code: 'USAELI', from: '1989-01-20', to: '2004-01-01' },
  ];
  const cases: [string | null, string | null, string | null][] = [
    [null, 'GOV', 'USAGOV'],
    [null, null, 'USAELI'],
    [null, 'MIL', 'USAELI'],
    ['1995-01-01', 'GOV', 'USAELI'],
  ];
  for (const [date, role, want] of cases) assert.equal(actorCodeAt(codes, date, role), want, `${date} ${role}`);
});

test('a surname alone, or a name without its middle words, gives a code only when the dictionary ties it to one country', () => {
  const lexicons = entityLexicons();
  const cases: [string, string | null, string | null][] = [
    ['Reagan', 'GOV', 'USAGOV'],
    ['Bouteflika', null, 'DZA'],
    ['Kim', null, null],
    ['Nobody', null, null],
    ['Mr. Reagan', null, null],
    // a name of two words: the dictionary's name without its middle words (a Malay patronymic "bin X", a middle name)
    ['Muhyiddin Yassin', 'GOV', 'MYSGOV'],
    ['Najib Razak', null, 'MYS'],
    ['Ali Khamenei', null, 'IRN'],
    // negative: persons of several countries start and end so (ALI … AHMADI: Yemen, Iran); no one does
    ['Ali Ahmadi', null, null],
    ['Vladimir Reagan', null, null],
  ];
  for (const [name, role, want] of cases) assert.equal(surnameCode(name, null, lexicons, role)?.slice(0, want?.length ?? 0) ?? null, want, name);
});
