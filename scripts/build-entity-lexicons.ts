/**
 * Builds the entity lexicons shipped in src/lexicons/entities/ from the CAMEO/Phoenix tables in
 * ../shared/data/cameo and the world-countries package (dev dependency):
 *   places.json  countries with their names, demonyms and places (capitals, cities, regions)
 *   actors.json  the Phoenix actor dictionaries, compacted: each distinct [code, valid_from, valid_to] once,
 *                then one "phrase<TAB>kind<TAB>code indices" string per actor
 *   agents.json  Phoenix agent nouns (titles → CAMEO role code)
 *   gazetteer.json  the tagger's gazetteer compiled from the three (tokenised phrases, their prefixes, first and
 *                last names), so a start reads it instead of building it
 * Run: node --import tsx scripts/build-entity-lexicons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, sharedDataFile } from '../src/util/shared-data.ts';
import { entityLexicons } from '../src/lexicons/entities/entity-lexicons.ts';
import { buildGazetteer, gazetteerFile } from '../src/stages/entities/tagger/gazetteer.ts';
import { abbreviates, constituentLands, countryGroupCode, currentCode, distinctiveName, nameAndAcronym, organisationVariants } from '../src/lexicons/entities/actor-names.ts';

const OUT = path.join(REPO_ROOT, 'src/lexicons/entities');

function tsv(relative: string): Record<string, string>[] {
  const file = sharedDataFile(relative);
  if (!file) throw new Error(`needs ${relative} from ../shared/data`);
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const columns = head!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  unMember: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}
const world = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];

// News agencies by the forms wire copy writes (wire.json, by hand): "SANA reported" names the Syrian agency, not the
// Yemeni capital (written SANAA, SANA'A, which stay places).
const wire = JSON.parse(readFileSync(path.join(OUT, 'wire.json'), 'utf8')) as { agencies: Record<string, string> };
const agencyForms = new Set(Object.entries(wire.agencies).flatMap(([form, name]) => [form, name.toUpperCase()]));

const latin = (s: string) => /^[A-Za-z][A-Za-z .,'()&-]*$/.test(s);
// Two-letter codes are pronouns or noise ("US" is the exception people write, and CAMEO lists it).
const usable = (s: string) => latin(s) && (s.length > 2 || /^(US|UK)$/.test(s));
const up = (s: string) => s.toUpperCase().trim();

interface Country {
  code: string;
  name: string;
  unMember: boolean;
  names: Set<string>;
  demonyms: Set<string>;
  places: Set<string>;
}
const countries = new Map<string, Country>();
function country(code: string, name: string): Country {
  let c = countries.get(code);
  if (!c) countries.set(code, (c = { code, name, unMember: false, names: new Set(), demonyms: new Set(), places: new Set() }));
  return c;
}
for (const w of world) {
  const c = country(w.cca3, w.name.common);
  c.unMember = w.unMember;
  for (const n of [w.name.common, w.name.official, ...w.altSpellings]) if (usable(n)) c.names.add(up(n));
  for (const n of w.capital ?? []) if (latin(n)) c.places.add(up(n));
  for (const d of [w.demonyms?.eng?.m, w.demonyms?.eng?.f]) if (d && latin(d)) c.demonyms.add(up(d));
}
for (const row of tsv('cameo/cameo_countries.tsv')) {
  const c = country(row.code!, countries.get(row.code!)?.name ?? row.name!);
  c.names.add(up(row.name!));
  const stems = [...c.names].map((n) => n.slice(0, Math.max(4, n.length - 2)));
  for (const alias of row.aliases!.split('; ').map(up)) {
    if (!usable(alias) || c.names.has(alias) || c.demonyms.has(alias) || agencyForms.has(alias)) continue;
    // An adjective of the country's own name ("AFGHAN", "ALBANIAN") is a demonym; other aliases are places.
    const demonym = /(AN|ESE|ISH|I|IC|CH|SH)$/.test(alias) && stems.some((s) => alias.startsWith(s.slice(0, 4)) && alias.length <= s.length + 4);
    if (demonym) c.demonyms.add(alias);
    else if (/^(THE |U\.|U,|US OF)/.test(alias) || alias.split(' ').length > 3) c.names.add(alias);
    else c.places.add(alias);
  }
}
// States the tables above lack, from the CAMEO manual's KEDS actor list (Table 7.1: YUG "Socialist Federal
// Republic of Yugoslavia"), under the names news uses for them.
for (const [code, name, names, demonyms] of [['YUG', 'Yugoslavia', ['YUGOSLAVIA', 'SOCIALIST FEDERAL REPUBLIC OF YUGOSLAVIA', 'FEDERAL REPUBLIC OF YUGOSLAVIA'], ['YUGOSLAV']]] as const) {
  const c = country(code, name);
  for (const n of names) c.names.add(n);
  for (const d of demonyms) c.demonyms.add(d);
}
// Country-level phrases of the Phoenix actor dictionary that cameo_countries.tsv lacks: historic states
// (CZECHOSLOVAKIA → CSK, WEST GERMANY → DEU) and former capitals and cities (BONN → DEU).
const claimed = new Set([...countries.values()].flatMap((c) => [...c.names, ...c.demonyms, ...c.places]));
for (const row of tsv('cameo/phoenix_country_actors.tsv')) {
  const phrase = up(row.phrase!);
  if (!/^[A-Z]{3}$/.test(row.code!) || !usable(phrase) || claimed.has(phrase) || agencyForms.has(phrase)) continue;
  claimed.add(phrase);
  const c = country(row.code!, countries.get(row.code!)?.name ?? row.headword!.toLowerCase().replace(/\b[a-z]/g, (l) => l.toUpperCase()));
  const stateName = (row.headword === row.phrase && c.names.size === 0) || /(REPUBLIC|KINGDOM|FEDERATION|UNION)\b/.test(phrase) || [...c.names].some((n) => phrase.endsWith(` ${n}`));
  if (stateName) c.names.add(phrase);
  else if (/^[A-Z]+(AN|ESE|ISH|I|IC|CH|SH|AK)$/.test(phrase) && [...c.names].some((n) => phrase.startsWith(n.slice(0, 5)))) c.demonyms.add(phrase);
  else c.places.add(phrase);
}
// Lands a state's official name joins (UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND): places of it.
for (const c of countries.values()) {
  for (const land of [...c.names].flatMap(constituentLands)) {
    if (claimed.has(land)) continue;
    claimed.add(land);
    c.places.add(land);
  }
}
// Plural demonyms ("Russians", "Iraqis") name the people, as the singular does.
for (const c of countries.values()) {
  for (const d of [...c.demonyms]) if (/(AN|I)$/.test(d) && !d.includes(' ')) c.demonyms.add(`${d}S`);
}

const sorted = (s: Set<string>) => [...s].sort();
const places = {
  source: 'world-countries 5.1.0 (ODbL) and CAMEO/Phoenix country aliases (MIT); built by scripts/build-entity-lexicons.ts',
  countries: [...countries.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => ({ code: c.code, name: c.name, unMember: c.unMember, names: sorted(c.names), demonyms: sorted(c.demonyms), places: sorted(c.places) })),
};

// Phoenix actors: one record per phrase with every (code, from, to) it carries. Persons and organisations
// share the files; a headword with an organisation word is an organisation, other multi-word headwords of
// the country and international files are persons, the militant/non-state file is mostly groups.
const ORG_WORD =
  /\b(INC|CORP|CORPORATION|COMPANY|CO|LTD|BANK|GROUP|COUNCIL|MINISTRY|PARTY|ARMY|FRONT|MOVEMENT|ORGANI[SZ]ATION|UNION|ASSOCIATION|INSTITUTE|CENTER|CENTRE|FOUNDATION|AGENCY|COMMITTEE|COMMISSION|FORCES?|BRIGADES?|UNIVERSITY|COURT|ASSEMBLY|PARLIAMENT|GOVERNMENT|LEAGUE|FEDERATION|SOCIETY|FUND|NETWORK|ALLIANCE|OFFICE|DEPARTMENT|SERVICE|SYSTEMS?|HOLDINGS|INTERNATIONAL|NATIONS|BOARD|AUTHORITY|POLICE|POLICY|CONGRESS|SENATE|TRUST|PROGRAMME|PROGRAM|INDUSTRIES|ENERGY|AIRLINES|MEDIA|NEWS|TIMES|PRESS|COUNCIL|BUREAU|SECRETARIAT|CABINET|ACADEMY|COLLEGE|SCHOOL|HOSPITAL|CHURCH|TALIBAN|QAEDA|HAMAS|HEZBOLLAH)\b/;
type Range = [string, string | null, string | null];
type ActorEntry = { kind: 'P' | 'O'; ranges: Range[] };
const actors = new Map<string, ActorEntry>();
// Codes whose country block is no CAMEO code: Phoenix writes UNITA as ANGREB, the KEDS list (Table 7.1) AGOREBUNI.
const REPAIRED_COUNTRY: Record<string, string> = { ANG: 'AGO' };
// Organisations the dictionaries lack under a name news uses: the EU's predecessor (same code as the EU,
// IGOEUREEC: EEC is its block), the OSCE (KEDS Table 7.1: IGOEURSCE, Council/Conference on Security and
// Cooperation in Europe) and the African Union (the dictionaries code its organs and chairs IGOAFRAFU but not
// the union itself, so "the African Union said" read "Union" as a labour agent), also by its acronym AU.
const EXTRA_ACTORS: [string, string][] = [
  ['EUROPEAN COMMUNITY', 'IGOEUREEC'],
  ['EUROPEAN COMMUNITIES', 'IGOEUREEC'],
  ['EUROPEAN ECONOMIC COMMUNITY', 'IGOEUREEC'],
  ['EEC', 'IGOEUREEC'],
  ['EU', 'IGOEUREEC'],
  ['EC', 'IGOEUREEC'],
  ['OSCE', 'IGOEURSCE'],
  ['CSCE', 'IGOEURSCE'],
  ['AFRICAN UNION', 'IGOAFRAFU'],
  ['AU', 'IGOAFRAFU'],
  // The EU's central bank, coded as Phoenix codes the EU's other institutions (EUROPEAN COMMISSION, EUROPEAN
  // PARLIAMENT → IGOEUREEC).
  ['EUROPEAN CENTRAL BANK', 'IGOEUREEC'],
  ['ECB', 'IGOEUREEC'],
  // Forums the tables have no block for: the CAMEO manual's generic intergovernmental code (Table 3.2, IGO), as
  // Phoenix codes such bodies (OPCW, LA FRANCOPHONIE → IGO); the G-8 (KEDS IGOBUSGOE) is no code for the G20.
  ['G20', 'IGO'],
  ['G-20', 'IGO'],
  ['GROUP OF 20', 'IGO'],
  ['GROUP OF TWENTY', 'IGO'],
  ['BRICS', 'IGO'],
  ['APEC', 'IGO'],
  ['ASIA-PACIFIC ECONOMIC COOPERATION', 'IGO'],
  ['ASIA PACIFIC ECONOMIC COOPERATION', 'IGO'],
  // South America's common market, coded as Phoenix codes its other trade bloc (ANDEAN COMMUNITY → IGOSAM).
  ['MERCOSUR', 'IGOSAM'],
  ['MERCOSUL', 'IGOSAM'],
  ['SOUTHERN COMMON MARKET', 'IGOSAM'],
];
// Acronyms news writes for Phoenix's organisations that Phoenix lists only by the whole name: each takes the entry of
// the name it abbreviates (checked by abbreviates below).
const EXTRA_ACRONYMS: [string, string][] = [
  ['SCO', 'SHANGHAI COOPERATION ORGANIZATION'],
];
// Names Phoenix writes only after "THE", a form news writes without it: the same entry, an organisation's.
const WITHOUT_ARTICLE: readonly string[] = ['THE ISLAMIC STATE'];

// Names that Phoenix writes with a bracketed acronym, without it: added after the dictionary's own names.
const bracketed = new Map<string, ActorEntry>();
const isPlace = (word: string) => claimed.has(word);
/** A range under a phrase of `map`, the entry made with `kind` if new; a range it holds already is not added twice. */
function addRange(map: Map<string, ActorEntry>, phrase: string, kind: 'P' | 'O', range: Range): void {
  let entry = map.get(phrase);
  if (!entry) map.set(phrase, (entry = { kind, ranges: [] }));
  if (!entry.ranges.some((r) => r[0] === range[0] && r[1] === range[1] && r[2] === range[2])) entry.ranges.push(range);
}
for (const [phrase, code] of EXTRA_ACTORS) actors.set(phrase, { kind: 'O', ranges: [[code, null, null]] });
for (const [file, defaultKind] of [
  ['cameo/phoenix_country_actors.tsv', 'P'],
  ['cameo/phoenix_international_actors.tsv', 'P'],
  ['cameo/phoenix_milnonstate_actors.tsv', 'O'],
] as const) {
  for (const row of tsv(file)) {
    const phrase = row.phrase!;
    // Bare country codes are the places list's business.
    if (row.code!.length === 3 && file.includes('country')) continue;
    // Two-letter phrases only as acronyms of organisations ("UN", "BP"): countries are the places list's.
    if (!latin(phrase) || phrase.length < 2 || !row.code || (phrase.length === 2 && file.includes('country'))) continue;
    if (row.restriction_raw && !row.valid_from && !row.valid_to) continue; // malformed date restriction
    const head = row.headword!;
    const kind: 'P' | 'O' = ORG_WORD.test(head) || head.split(' ').length < 2 || head.split(' ').length > 5 ? 'O' : defaultKind;
    const code = (REPAIRED_COUNTRY[row.code!.slice(0, 3)] ?? row.code!.slice(0, 3)) + row.code!.slice(3);
    const range: Range = [code, row.valid_from || null, row.valid_to || null];
    const split = file.includes('country') ? null : nameAndAcronym(phrase, isPlace);
    addRange(actors, phrase, kind, range);
    if (split?.acronym) addRange(bracketed, split.name, kind, range);
  }
}
for (const [acronym, name] of EXTRA_ACRONYMS) {
  const entry = actors.get(name);
  if (!entry || !abbreviates(acronym, name)) throw new Error(`EXTRA_ACRONYMS: ${acronym} is no acronym of a Phoenix entry ${name}`);
  if (!actors.has(acronym)) actors.set(acronym, { kind: 'O', ranges: entry.ranges });
}
for (const phrase of WITHOUT_ARTICLE) {
  const entry = actors.get(phrase);
  if (!entry) throw new Error(`WITHOUT_ARTICLE: no Phoenix entry ${phrase}`);
  const bare = phrase.replace(/^THE /, '');
  if (!actors.has(bare)) actors.set(bare, { kind: 'O', ranges: entry.ranges });
}
// "IRISH REPUBLICAN ARMY (IRA)": Phoenix writes some groups' names with their acronym in brackets, a form no
// text has; the name alone is theirs too, unless the dictionary gives it to another entry. The acronym alone
// is not added: short ones are other bodies' too (ANA, JEM, PLA); a text that introduces it reads it by the name.
for (const [phrase, entry] of [...bracketed.entries()].sort(([a], [b]) => a.localeCompare(b))) if (!actors.has(phrase)) actors.set(phrase, entry);
// The forms news writes organisations' names in besides the dictionary's (organisationVariants: WORLD HEALTH
// ORGANISATION, UN SECURITY COUNCIL, G8); a form another entry holds stays that entry's.
function addOrganisation(phrase: string, entry: ActorEntry): void {
  for (const form of [phrase, ...organisationVariants(phrase)]) if (!actors.has(form) && !claimed.has(form)) actors.set(form, entry);
}
// All entries, as the person/organisation split is a guess: Phoenix files "G 8" under the headword GROUP OF EIGHT
// as a person's would be, and a person's name has none of the words varied.
for (const [phrase, entry] of [...actors.entries()].sort(([a], [b]) => a.localeCompare(b))) addOrganisation(phrase, entry);
// International bodies the CAMEO manual codes and the Phoenix dictionaries lack (WORLD TRADE ORGANIZATION, GULF
// COOPERATION COUNCIL, INTERNATIONAL CRIMINAL COURT, PARIS CLUB; their acronyms below): its KEDS list
// (Table 7.1) first, then its table of international actors (Table 3.4) for names the KEDS list lacks. A code
// is the one Phoenix uses for the body when they differ (see currentCode): the KEDS codes are of c. 2003, Table
// 3.4's abbreviated. Rows the manual marks date-restricted ("d.r.": Likud in government or opposition) are left
// out, as the list gives no dates.
// Codes of international actors: organisations, militant groups, movements.
const INTERNATIONAL = /^(IGO|NGO|IMG|NGM)[A-Z]{3}/;
const phoenixCodes = new Set([...actors.values()].flatMap((e) => e.ranges.map((r) => r[0])));
// Of the country-level rows, only one country's parties and armed groups (countryGroupCode, distinctiveName) under
// a name the list gives once: "Democratic Society Party" TUROPPDTP, "Lord's Resistance Army" UGAREBLRA.
const kedsAll = tsv('cameo/cameo_actor_codes_keds2003.tsv');
const kedsNameCount = new Map<string, number>();
for (const r of kedsAll) kedsNameCount.set(r.actor!, (kedsNameCount.get(r.actor!) ?? 0) + 1);
const roles = new Set(tsv('cameo/cameo_actor_roles.tsv').map((r) => r.code!));
const countryGroup = (r: Record<string, string>) =>
  countryGroupCode(r.code!, countries, roles) && kedsNameCount.get(r.actor!) === 1 && distinctiveName(up(r.actor!));
const kedsRows = kedsAll.filter((r) => r.date_restricted === '0' && (INTERNATIONAL.test(r.code!) || countryGroup(r)));
const kedsCodes = new Set([...phoenixCodes, ...kedsRows.map((r) => r.code!)]);
const internationalRows = tsv('cameo/cameo_international_actors.tsv');
const manualName = (name: string) => nameAndAcronym(up(name).replace(/^THE /, ''), isPlace);
for (const [name, code] of [
  ...kedsRows.map((r) => [r.actor!, currentCode(r.code!, phoenixCodes) ?? r.code!] as const),
  ...internationalRows.map((r) => [r.name!, currentCode(r.code!, kedsCodes)] as const),
]) {
  // Abbreviated words ("ORG. OF ARAB PETROLEUM …") and glosses in brackets are the manual's, not names.
  const phrase = manualName(name).name;
  if (code && !/[.]/.test(name) && latin(phrase) && !phrase.includes('(')) addOrganisation(phrase, { kind: 'O', ranges: [[code, null, null]] });
}
// An acronym the manual gives a name ("Kurdish Democratic Party (KDP)") is the entry of that name, wherever
// it came from, when its letters are the name's initials (see abbreviates): KDP reads as Phoenix's KURDISH
// DEMOCRATIC PARTY, WTO as the WORLD TRADE ORGANIZATION added above.
for (const name of [...kedsAll.map((r) => r.actor!), ...internationalRows.map((r) => r.name!)]) {
  const { name: full, acronym } = manualName(name);
  const entry = actors.get(full);
  if (entry && acronym && acronym.length > 2 && abbreviates(acronym, full)) addOrganisation(acronym, entry);
}
const actorList = [...actors.entries()].sort(([a], [b]) => a.localeCompare(b));
// A string per actor and each range once: a nested array per actor and per range was most of the start-up
// parse and garbage of the entity lexicons, and the 42,000 ranges are 22,000 distinct ones.
const rangeAt = new Map<string, number>();
const ranges: Range[] = [];
const actorRows = actorList.map(([phrase, e]) => {
  const at = e.ranges.map((r) => {
    const key = JSON.stringify(r);
    if (!rangeAt.has(key)) rangeAt.set(key, ranges.push(r) - 1);
    return rangeAt.get(key)!;
  });
  return `${phrase}\t${e.kind}\t${at.join(' ')}`;
});

// A rank Phoenix lists alone as a sheriff's deputy (DEPUTY → COP): in world news it is a rank before a title ("the
// deputy UN spokesman") or someone's second ("bin Laden's chief deputy"), never a police agent; its titles of
// more words (DEPUTY PRIME MINISTER) stay.
const RANK_WORDS: ReadonlySet<string> = new Set(['DEPUTY']);
const agents: Record<string, string> = {};
for (const row of tsv('cameo/phoenix_agents.tsv')) {
  if (row.attach !== 'suffix' || !latin(row.phrase!) || RANK_WORDS.has(row.phrase!)) continue;
  // Some substitution sets survive unexpanded ("DEFENCE MINIST"); spell them out, in both spellings.
  const forms = /\bMINIST\b/.test(row.phrase!) ? ['MINISTER', 'MINISTERS', 'MINISTRY'].map((m) => row.phrase!.replace(/\bMINIST\b/, m)) : [row.phrase!];
  for (const form of forms.flatMap((f) => (f.includes('DEFENCE') ? [f, f.replace('DEFENCE', 'DEFENSE')] : [f]))) agents[form] ??= row.agent_code!;
}

// One record per line: small diffs when the sources change, and still plain JSON.
const json = (head: Record<string, unknown>, lists: Record<string, unknown[]>) =>
  `${JSON.stringify(head).slice(0, -1)}${Object.entries(lists)
    .map(([key, rows]) => `,"${key}":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`)
    .join('')}}\n`;
/** The files this script writes, by name: what the lexicon tests compare the committed ones with. */
export const files: Record<string, string> = {
  'places.json': json({ source: places.source }, { countries: places.countries }),
  'actors.json': json({ source: 'Phoenix actor dictionaries (openeventdata/petrarch2, MIT)' }, { codes: ranges, actors: actorRows }),
  'agents.json': json({ source: 'Phoenix.agents.txt (openeventdata/petrarch2, MIT)' }, { agents: Object.entries(agents).sort(([a], [b]) => a.localeCompare(b)) }),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(OUT, name), text);
  // Compiled from the files just written.
  writeFileSync(path.join(OUT, 'gazetteer.json'), gazetteerFile(buildGazetteer(entityLexicons())));
  console.log(`countries ${places.countries.length}, actors ${actorList.length} (${ranges.length} distinct codes), agents ${Object.keys(agents).length}`);
}
