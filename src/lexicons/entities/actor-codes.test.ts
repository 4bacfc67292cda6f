import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCodeAt, countryOfCodes, dictionaryCode, personCodes, spacedOnce, spellingVariants, surnameCode } from './actor-codes.ts';
import { loadActorLexicons } from './actor-lexicons.ts';
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

test('spellingVariants: one change in one word of a name of two words or more; none for one word', () => {
  const swaps = [['O', 'U'], ['C', 'K']] as const;
  const cases: [string, string, boolean][] = [
    ['MOHAMMAD ISHAQ DAR', 'MUHAMMAD ISHAQ DAR', true],
    ['ISMAIL SABRI YAAKOB', 'ISMAIL SABRI YAACOB', true],
    ['MOHAMMAD ALI', 'MOHAMAD ALI', true],
    ['HASAN ROUHANI', 'HASSAN ROUHANI', true],
    // two words changed at once, or two changes in one word, are too far
    ['MOHAMMAD YAAKOB', 'MUHAMMAD YAACOB', false],
    ['MOHAMMOD ALI', 'MUHAMMUD ALI', false],
  ];
  for (const [name, variant, found] of cases) assert.equal(spellingVariants(name, swaps).includes(variant), found, `${name} → ${variant}`);
  assert.deepEqual(spellingVariants('SUHARTO', swaps), []);
  assert.ok(!spellingVariants('MOHAMMAD ALI', swaps).includes('MOHAMMAD ALI'));
});

test('personCodes: a person by the name the dictionary writes or by one other romanisation of it, when those persons are of one country', () => {
  const lexicons = entityLexicons();
  const { spellings } = loadActorLexicons();
  const country = (name: string) => {
    const codes = personCodes(name, lexicons, spellings);
    return codes && countryOfCodes(codes, lexicons);
  };
  const cases: [string, string | null][] = [
    ['VLADIMIR PUTIN', 'RUS'],
    ['MOHAMMAD ISHAQ DAR', 'PAK'],
    ['ISMAIL SABRI YAAKOB', 'MYS'],
    ['WALID MOUALEM', 'SYR'],
    ['ZORBUL QUENK', null],
    // an organisation is no person, and one word finds no variant
    ['UNITED NATIONS', null],
    ['PUTEN', null],
  ];
  for (const [name, want] of cases) assert.equal(country(name), want, name);
});

test('countryOfCodes: the one country all codes name; none for several or for an international code', () => {
  const lexicons = entityLexicons();
  const codes = (...c: string[]) => c.map((code) => ({ code, from: null, to: null }));
  assert.equal(countryOfCodes(codes('PAKGOV', 'PAKELI'), lexicons), 'PAK');
  assert.equal(countryOfCodes(codes('PAKGOV', 'INDGOV'), lexicons), null);
  assert.equal(countryOfCodes(codes('IGOUNO'), lexicons), null);
  assert.equal(countryOfCodes([], lexicons), null);
});
