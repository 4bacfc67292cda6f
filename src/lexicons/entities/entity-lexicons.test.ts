import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { skipWithoutData } from '../../util/shared-data.ts';
import { ActorTable, actorsIndexFile, entityLexicons, readActors } from './entity-lexicons.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

test('the committed entity lexicons are what the build script writes from the shared data', { skip: skipWithoutData('cameo/phoenix_country_actors.tsv') }, async () => {
  const { files } = await import('../../../scripts/build-entity-lexicons.ts');
  for (const [name, text] of Object.entries(files)) {
    assert.equal(readFileSync(path.join(here, name), 'utf8'), text, `${name} is stale: run node --import tsx scripts/build-entity-lexicons.ts`);
  }
});

test('actors read from the compact file keep their kind and dated codes in order', () => {
  const { actors } = entityLexicons();
  assert.equal(actors.size, 30185);
  assert.deepEqual(actors.get('A GAVAHI'), { kind: 'person', codes: [{ code: 'IGOASABUS', from: '2000-08-01', to: '2002-07-31' }] });
  assert.deepEqual(actors.get('EEC'), { kind: 'org', codes: [{ code: 'IGOEUREEC', from: null, to: null }] });
  assert.deepEqual(actors.get('AFRICAN UNION'), { kind: 'org', codes: [{ code: 'IGOAFRAFU', from: null, to: null }] });
});

test('actors and persons read through the index the build writes answer as those read from the JSON; an index of other bytes is not used', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'actors-'));
  const json = readFileSync(path.join(here, 'actors.json'));
  const fromJson = readActors(path.join(dir, 'none.index'));
  const other = Buffer.from(JSON.stringify({ source: '', codes: [['USAGOV', null, null]], actors: ['JOHN SMITH\tP\t0'] }));
  const index = path.join(dir, 'actors.index');
  for (const [name, source, table] of [['its own bytes', json, true], ['other bytes', other, false]] as const) {
    writeFileSync(index, actorsIndexFile(source));
    const read = readActors(index);
    assert.equal(read.actors instanceof ActorTable, table, name);
    assert.equal(read.actors.size, fromJson.actors.size, name);
    assert.deepEqual([...read.actors], [...fromJson.actors], name);
    const words = new Set([...fromJson.actors].flatMap(([phrase]) => phrase.split(' ')));
    for (const word of [...words, 'NO SUCH WORD']) assert.deepEqual(read.surnames.get(word), fromJson.surnames.get(word), `${name}: ${word}`);
  }
});

test('bodies the CAMEO manual codes and Phoenix lacks, and the forms news writes names in, have the code Phoenix uses', () => {
  const { actors, places } = entityLexicons();
  const code = (name: string) => actors.get(name)?.codes.map((c) => c.code).join(' ') ?? null;
  const cases: [string, string | null][] = [
    // KEDS list (Table 7.1), codes as Phoenix writes them
    ['WORLD TRADE ORGANIZATION', 'IGOBUSWTO'],
    ['WTO', 'IGOBUSWTO'],
    ['GULF COOPERATION COUNCIL', 'IGOPGSGCC'],
    ['INTERNATIONAL CRIMINAL COURT', 'IGOJUDICC'],
    ['PARIS CLUB', 'IGOBUSPROC'],
    ['WHO', 'IGOUNOHLHWHO'],
    // British spelling, UN in short or in full, the G-8 written three ways
    ['WORLD TRADE ORGANISATION', 'IGOBUSWTO'],
    ['WORLD HEALTH ORGANISATION', 'IGOUNOHLHWHO'],
    ['UNITED NATIONS SECURITY COUNCIL', 'IGOUNO'],
    ['UNITED NATIONS HIGH COMMISSION FOR REFUGEES', 'IGOUNOREFHCR'],
    ['G-8', 'IGOBUSGOE IGOGOE'],
    ['G8', 'IGOBUSGOE IGOGOE'],
    // an acronym the manual gives a name is that name's entry, here Phoenix's
    ['KDP', 'IRQREB'],
    ['KURDISH DEMOCRATIC PARTY', 'IRQREB'],
    // one country's party of the KEDS list; a generic name of many countries' groups is not added
    ['DEMOCRATIC SOCIETY PARTY', 'TUROPPDTP'],
    ['NATIONAL DEMOCRATIC ALLIANCE', null],
    // Phoenix's "NAME (ACRONYM)" read as the name; the bare acronym is not added
    ['IRISH REPUBLICAN ARMY', 'WEUREB'],
    ['IRA', null],
    // the manual's acronyms that are no initials of the name (typing errors) and its category labels are not names
    ['OSEC', null],
    ['NON-GOVERNMENTAL ORGANIZATIONS', null],
  ];
  for (const [name, want] of cases) assert.equal(code(name), want, name);
  // a land the state's official name joins
  assert.equal(places.get('NORTHERN IRELAND')?.country, 'GBR');
});

test('persons by a word of their name: those whose name ends with it, then those whose name starts with it, in dictionary order', () => {
  const { actors, surnames } = entityLexicons();
  // The plain way: an object of two lists per word.
  const expected = new Map<string, { last: unknown[]; first: unknown[] }>();
  const named = (word: string) => expected.get(word) ?? expected.set(word, { last: [], first: [] }).get(word)!;
  for (const [phrase, entry] of actors) {
    const words = phrase.split(' ');
    if (entry.kind !== 'person' || words.length < 2) continue;
    named(words.at(-1)!).last.push(entry);
    named(words[0]!).first.push(entry);
  }
  for (const [word, persons] of expected) {
    assert.ok(surnames.has(word), word);
    const got = surnames.get(word)!;
    assert.ok(got.last.length === persons.last.length && got.last.every((e, i) => e === persons.last[i]), `${word}: last`);
    assert.ok(got.first.length === persons.first.length && got.first.every((e, i) => e === persons.first[i]), `${word}: first`);
  }
  for (const word of ['EEC', 'ZZZNOBODY', '']) {
    assert.equal(surnames.has(word), expected.has(word), word);
    assert.equal(surnames.get(word), undefined, word);
  }
});

test('bodies news names that the tables lack, coded by the tables\' own practice; a news agency\'s form is no place', () => {
  const { actors, places } = entityLexicons();
  const code = (name: string) => actors.get(name)?.codes.map((c) => c.code).join(' ') ?? null;
  const cases: [string, string | null][] = [
    // EU institutions as Phoenix codes the Commission and Parliament; forums with no block of their own: generic IGO
    ['EUROPEAN CENTRAL BANK', 'IGOEUREEC'],
    ['ECB', 'IGOEUREEC'],
    ['G20', 'IGO'],
    ['G-20', 'IGO'],
    ['BRICS', 'IGO'],
    ['APEC', 'IGO'],
    ['MERCOSUR', 'IGOSAM'],
    ['AU', 'IGOAFRAFU'],
    // an acronym of a Phoenix entry, and a Phoenix name written with "THE", keep that entry
    ['SCO', 'IGOCAS'],
    ['ISLAMIC STATE', 'IMGMUSISI'],
    // negative: the G-8's own code is not the G20's; Phoenix's phrases with "THE" are not all stripped
    ['G8', 'IGOBUSGOE IGOGOE'],
    ['FOUNDATION', null],
  ];
  for (const [name, want] of cases) assert.equal(code(name), want, name);
  // SANA is the Syrian agency; Sanaa and Sana'a stay Yemen's capital
  assert.equal(places.get('SANA'), undefined);
  assert.equal(places.get('SANAA')?.country, 'YEM');
  assert.equal(places.get("SANA'A")?.country, 'YEM');
});

test('a rank Phoenix lists alone as a police agent is no agent; its titles of more words are', () => {
  const { agents } = entityLexicons();
  assert.equal(agents.get('DEPUTY'), undefined);
  assert.equal(agents.get('DEPUTY PRIME MINISTER'), 'GOV');
});

test('ministers, ministries, departments and their officials are GOV whatever their sector, but for the sub-roles the house keeps; other bodies of government keep theirs', () => {
  const { agents } = entityLexicons();
  const cases: [string, string][] = [
    ['AGRICULTURE MINISTER', 'GOV'],
    ['DEPARTMENT OF COMMERCE', 'GOV'],
    ['MEDICAL OFFICIAL', 'GOV'],
    ['HEALTH MINISTRY', 'GOV'],
    // kept sub-role (governmentRoles)
    ['DEFENCE MINISTER', 'GOVMIL'],
    // no word of a ministry: the body keeps its Phoenix sub-role
    ['CENTRAL BANK', 'GOVBUS'],
    ['STATE MEDIA', 'GOVMED'],
    ['STATE HOSPITAL', 'GOVHLH'],
  ];
  for (const [phrase, role] of cases) assert.equal(agents.get(phrase), role, phrase);
});
