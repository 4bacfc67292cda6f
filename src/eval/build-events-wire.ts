/**
 * Builds the wire-copy events development set (test/fixtures/events/tune.jsonl and frozen.jsonl) from the hand
 * codings in test/fixtures/events/*.ann, and checks them.
 * Usage: node --import tsx src/eval/build-events-wire.ts [--check]   (--check: fail if the files are stale)
 *
 * Annotation format (one story after another; `#` lines are comments):
 *   ### STORY | OUTLET | DATE or - | URL or -
 *   N | sentence text            a coded sentence; its id is STORY-N
 *   ~ | sentence text            a sentence kept only as context for the ones after it (never scored)
 *     ^ K                        context of the sentence above: the K story sentences before it
 *     @ DATELINE                 the sentence opens with this dateline (never an actor)
 *     + SOURCE TARGET CODE | trigger | reason      one expected triple (reason optional)
 *     0 REASON                   no event, and why (one of NO_EVENT_REASONS)
 * A trigger may be discontinuous: its parts, joined by ` … `, occur in the text in that order.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../util/shared-data.ts';
import { escapeRegExp } from '../util/regexp.ts';

export const NO_EVENT_REASONS = [
  'statement', // a plain statement, announcement or report with no coded act
  'hope', // hopes, beliefs, fears, expectations, predictions, plans without a coded act
  'background', // earlier events as background, described states, relative clauses, adjectival participles
  'figures', // counts, tolls, statistics
  'figure-of-speech', // a price war "hitting" exporters, a "war" of words
  'sport',
  'market', // prices, markets, business and economic news
  'nature', // weather, disasters, accidents, disease
  'no-actor', // an act whose doer is not named or not an actor (passive with no agent, "a blast killed")
  'dateline', // the opening of a wire story: the city says where it was filed
  'other', // an act that falls under no CAMEO category (a signature notarised, a funeral held)
] as const;
export type NoEventReason = (typeof NO_EVENT_REASONS)[number];

export interface WireTriple {
  source: string;
  target: string;
  code: string;
  trigger: string;
  reason?: string;
}

export interface WireRecord {
  id: string;
  story: string;
  date: string | null;
  text: string;
  context?: string;
  dateline?: string;
  outlet: string;
  url?: string;
  expected: WireTriple[];
  no_event_reason?: NoEventReason;
}

/** A problem in an annotation file, with the file and line it is on. */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
}

const INTERNATIONAL = ['IGO', 'NGO', 'IMG', 'INT', 'MNC', 'NGM', 'UIS'];
// CAMEO manual Table 3.3 (cameo_regions.tsv); the shipped regions.json only maps demonyms to some of them.
const REGIONS = ['AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST'];
const ACTOR = /^(?:---|[A-Z]{3})(?:[A-Z]{3})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Vocabulary {
  codes: Set<string>;
  /** First blocks an actor code may start with: countries, regions, international generics, `---`. */
  actorHeads: Set<string>;
}

/** The codes and actor heads the shipped lexicons know. */
export function loadVocabulary(): Vocabulary {
  const lexicons = path.join(REPO_ROOT, 'src/lexicons');
  const codes = JSON.parse(readFileSync(path.join(lexicons, 'events/cameo-codes.json'), 'utf8')) as { code: string }[];
  const places = JSON.parse(readFileSync(path.join(lexicons, 'entities/places.json'), 'utf8')) as { countries: { code: string }[] };
  return {
    codes: new Set(codes.map((c) => c.code)),
    actorHeads: new Set(['---', ...INTERNATIONAL, ...REGIONS, ...places.countries.map((c) => c.code)]),
  };
}

/** Whether each ` … `-separated part of `trigger` occurs in `text`, in order. */
export function triggerOccurs(trigger: string, text: string): boolean {
  let from = 0;
  for (const part of trigger.split(' … ')) {
    const at = text.indexOf(part, from);
    if (!part || at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The problems of one triple (empty when it is well-formed). */
export function tripleProblems(t: WireTriple, text: string, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  for (const actor of [t.source, t.target]) {
    if (!ACTOR.test(actor)) problems.push(`actor ${actor} is not a run of 3-letter blocks`);
    else if (!vocabulary.actorHeads.has(actor.slice(0, 3))) problems.push(`actor ${actor} starts with no known country, region or international code`);
  }
  if (!vocabulary.codes.has(t.code)) problems.push(`code ${t.code} is not a CAMEO code`);
  if (!triggerOccurs(t.trigger, text)) problems.push(`trigger "${t.trigger}" is not in the text`);
  return problems;
}

export interface PlaceIndex {
  /** Upper-case name, demonym or place → the countries it can stand for. */
  countriesOf: Map<string, Set<string>>;
  /** Country → its upper-case names, demonyms and places. */
  aliasesOf: Map<string, string[]>;
}

/** The shipped places lexicon as two lookups. */
export function loadPlaceIndex(): PlaceIndex {
  const file = path.join(REPO_ROOT, 'src/lexicons/entities/places.json');
  const { countries } = JSON.parse(readFileSync(file, 'utf8')) as { countries: { code: string; names: string[]; demonyms: string[]; places: string[] }[] };
  const countriesOf = new Map<string, Set<string>>();
  const aliasesOf = new Map<string, string[]>();
  for (const c of countries) {
    const aliases = [...c.names, ...c.demonyms, ...c.places];
    aliasesOf.set(c.code, aliases);
    for (const a of aliases) countriesOf.set(a, new Set([...(countriesOf.get(a) ?? []), c.code]));
  }
  return { countriesOf, aliasesOf };
}

function mentions(text: string, alias: string): boolean {
  const escaped = escapeRegExp(alias);
  return new RegExp(`(?<![A-Z0-9])${escaped}(?![A-Z0-9])`).test(text);
}

/**
 * A dateline's city is never an actor: every triple actor of the city's country must be named again in the
 * sentence after the dateline (by a name, demonym or place of that country).
 */
export function datelineProblems(record: WireRecord, places: PlaceIndex): string[] {
  if (!record.dateline) return [];
  const city = record.dateline.split(/,| \(| --| -| —| –| >>/)[0]!.trim().toUpperCase();
  const countries = places.countriesOf.get(city) ?? new Set<string>();
  const body = record.text.slice(record.dateline.length).toUpperCase();
  const problems: string[] = [];
  for (const t of record.expected) {
    for (const actor of [t.source, t.target]) {
      const country = actor.slice(0, 3);
      if (countries.has(country) && !(places.aliasesOf.get(country) ?? []).some((a) => mentions(body, a))) {
        problems.push(`${record.id}: ${actor} comes only from the dateline ${city}`);
      }
    }
  }
  return problems;
}

interface Sentence {
  n: string | null;
  text: string;
}

/** Parse one annotation file into records (sentences only; context lines feed the records after them). */
export function parseAnnotations(source: string, fileName: string, vocabulary: Vocabulary): WireRecord[] {
  const records: WireRecord[] = [];
  let story: { id: string; outlet: string; date: string | null; url?: string; sentences: Sentence[] } | null = null;
  let record: WireRecord | null = null;
  const fail = (line: number, message: string): never => {
    throw new AnnotationError(`${fileName}:${line}: ${message}`);
  };
  const finish = (line: number) => {
    if (record && record.expected.length === 0 && !record.no_event_reason) fail(line, `${record.id} has neither a triple nor a no-event reason`);
    record = null;
  };
  source.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (!text || (text.startsWith('#') && !text.startsWith('###'))) return;
    if (text.startsWith('### ')) {
      finish(line);
      const [id, outlet, date, url] = text.slice(4).split(' | ').map((s) => s.trim());
      if (!id || !outlet || !date || !url) fail(line, 'a story header is `### STORY | OUTLET | DATE or - | URL or -`');
      if (date !== '-' && !DATE.test(date!)) fail(line, `date ${date} is not YYYY-MM-DD`);
      if (records.some((r) => r.story === id)) fail(line, `story ${id} appears twice`);
      story = { id: id!, outlet: outlet!, date: date === '-' ? null : date!, ...(url === '-' ? {} : { url: url! }), sentences: [] };
      return;
    }
    if (!story) return fail(line, 'a line before the first ### story header');
    const current = story;
    const sentence = /^(~|\d+) \| (.+)$/.exec(text);
    if (sentence) {
      finish(line);
      const [, n, body] = sentence;
      if (n === '~') {
        current.sentences.push({ n: null, text: body! });
        return;
      }
      const id = `${current.id}-${n}`;
      if (records.some((r) => r.id === id)) fail(line, `sentence ${id} appears twice`);
      record = { id, story: current.id, date: current.date, text: body!, outlet: current.outlet, ...(current.url ? { url: current.url } : {}), expected: [] };
      current.sentences.push({ n: n!, text: body! });
      records.push(record);
      return;
    }
    if (!record) return fail(line, 'an annotation line before the story\'s first sentence');
    const open: WireRecord = record;
    if (text.startsWith('^ ')) {
      const k = Number(text.slice(2));
      const before = current.sentences.length - 1;
      if (!Number.isInteger(k) || k < 1 || k > before) fail(line, `context ^ ${text.slice(2)}: the story has ${before} sentence(s) before this one`);
      open.context = current.sentences.slice(before - k, before).map((s) => s.text).join(' ');
    } else if (text.startsWith('@ ')) {
      const dateline = text.slice(2);
      if (!open.text.startsWith(dateline)) fail(line, `dateline "${dateline}" does not open the sentence`);
      open.dateline = dateline;
    } else if (text.startsWith('+ ')) {
      const [triple, trigger, reason] = text.slice(2).split(' | ').map((s) => s.trim());
      const [sourceActor, target, code, ...rest] = (triple ?? '').split(/\s+/);
      if (!sourceActor || !target || !code || rest.length > 0 || !trigger) fail(line, 'a triple is `+ SOURCE TARGET CODE | trigger | reason`');
      const t: WireTriple = { source: sourceActor!, target: target!, code: code!, trigger: trigger!, ...(reason ? { reason } : {}) };
      const problems = tripleProblems(t, open.text, vocabulary);
      if (problems.length > 0) fail(line, problems.join('; '));
      if (open.expected.some((e) => e.source === t.source && e.target === t.target && e.code === t.code)) fail(line, 'the same triple twice');
      if (open.no_event_reason) fail(line, `${open.id} has a no-event reason and a triple`);
      open.expected.push(t);
    } else if (text.startsWith('0 ')) {
      const reason = text.slice(2).trim() as NoEventReason;
      if (!NO_EVENT_REASONS.includes(reason)) fail(line, `no-event reason ${reason} is not one of ${NO_EVENT_REASONS.join(', ')}`);
      if (open.expected.length > 0 || open.no_event_reason) fail(line, `${open.id} has a second no-event reason or triples`);
      open.no_event_reason = reason;
    } else {
      fail(line, `cannot read: ${text}`);
    }
  });
  finish(source.split('\n').length);
  return records;
}

/** What a story adds to a half: sentences, triples, no-event sentences, and triples per root code. */
function tally(records: readonly WireRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const r of records) {
    add('sentences');
    add(`outlet ${r.outlet}`);
    add('triples', r.expected.length);
    if (r.expected.length === 0) add(`no-event ${r.no_event_reason}`);
    for (const t of r.expected) add(`root ${t.code.slice(0, 2)}`);
  }
  return counts;
}

/** The story's place in the deal: a hash of its id, so the order is fixed but not the annotation order. */
function storyKey(story: string): string {
  return createHash('sha256').update(story).digest('hex');
}

/**
 * Split by story into tune and frozen halves. Per outlet group (VOA, other wire), stories are dealt largest first
 * (by sentence count; equal sizes in the order of the SHA-256 of their id); each goes to the half it leaves better
 * balanced, measured as the sum over tallies (sentences, sentences per outlet, triples, no-event sentences per
 * reason, triples per root) of the squared difference between the halves divided by the tally's group total.
 * Ties go to the tune half. Stories in `tuneOnly` join the tune half outside the deal.
 */
export function splitByStory(
  records: readonly WireRecord[],
  tuneOnly: ReadonlySet<string> = new Set(),
): { tune: WireRecord[]; frozen: WireRecord[] } {
  const stories = new Map<string, WireRecord[]>();
  for (const r of records) if (!tuneOnly.has(r.story)) stories.set(r.story, [...(stories.get(r.story) ?? []), r]);
  const halves = { tune: new Set<string>(tuneOnly), frozen: new Set<string>() };
  for (const group of ['VOA', 'wire']) {
    const members = [...stories.entries()].filter(([, rs]) => (rs[0]!.outlet === 'VOA') === (group === 'VOA'));
    members.sort(([a, ra], [b, rb]) => rb.length - ra.length || storyKey(a).localeCompare(storyKey(b)));
    const totals = { tune: new Map<string, number>(), frozen: new Map<string, number>() };
    const whole = tally(members.flatMap(([, rs]) => rs));
    // Each tally weighs by its share of the group, so a rare root counts as much as the sentence total.
    const imbalance = (tune: Map<string, number>, frozen: Map<string, number>) => {
      let sum = 0;
      for (const [key, all] of whole) sum += (((tune.get(key) ?? 0) - (frozen.get(key) ?? 0)) / all) ** 2;
      return sum;
    };
    const plus = (a: Map<string, number>, b: Map<string, number>) => {
      const out = new Map(a);
      for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v);
      return out;
    };
    for (const [id, rs] of members) {
      const t = tally(rs);
      const half = imbalance(plus(totals.tune, t), totals.frozen) <= imbalance(totals.tune, plus(totals.frozen, t)) ? 'tune' : 'frozen';
      totals[half] = plus(totals[half], t);
      halves[half].add(id);
    }
  }
  return { tune: records.filter((r) => halves.tune.has(r.story)), frozen: records.filter((r) => halves.frozen.has(r.story)) };
}

export const FIXTURE_DIR = path.join(REPO_ROOT, 'test/fixtures/events');
/** Files whose stories are dealt between the halves. */
export const ANNOTATION_FILES = ['voa.ann', 'wire.ann'];
/**
 * Files coded after the first deal: their stories all join the tune half. Dealing them too would move stories
 * already in the frozen half (the deal is greedy), and the frozen half must stay as it was scored.
 */
export const TUNE_ONLY_FILES = ['voa-tune.ann', 'wire-tune.ann'];

function readFiles(files: readonly string[], vocabulary: Vocabulary): WireRecord[] {
  return files.flatMap((f) => parseAnnotations(readFileSync(path.join(FIXTURE_DIR, f), 'utf8'), f, vocabulary));
}

/** The stories of the tune-only files. */
export function tuneOnlyStories(vocabulary = loadVocabulary()): Set<string> {
  return new Set(readFiles(TUNE_ONLY_FILES, vocabulary).map((r) => r.story));
}

/** All records of the annotation files (dealt files first), in file order. */
export function readAllAnnotations(vocabulary = loadVocabulary()): WireRecord[] {
  const records = readFiles([...ANNOTATION_FILES, ...TUNE_ONLY_FILES], vocabulary);
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new AnnotationError(`record ${r.id} appears in two files`);
    ids.add(r.id);
  }
  return records;
}

export function toJsonl(records: readonly WireRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Counts of one half as Markdown table rows: sentences, triples, no-event sentences, then by outlet, root, reason. */
export function halfCounts(records: readonly WireRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  add('stories', new Set(records.map((r) => r.story)).size);
  for (const r of records) {
    add('sentences');
    add('triples', r.expected.length);
    add(`sentences from ${r.outlet}`);
    if (r.dateline) add('sentences with a dateline');
    if (r.expected.length === 0) {
      add('no-event sentences');
      add(`no event: ${r.no_event_reason}`);
    }
    for (const t of r.expected) add(`root ${t.code.slice(0, 2)}`);
  }
  return counts;
}

/** The README's counts table: one row per tally, frozen half first. */
export function countsTable(tune: readonly WireRecord[], frozen: readonly WireRecord[]): string {
  const [f, t] = [halfCounts(frozen), halfCounts(tune)];
  const order = (k: string) => (k.startsWith('sentences from') ? 1 : k.startsWith('root') ? 2 : k.startsWith('no event:') ? 3 : 0);
  const keys = [...new Set([...f.keys(), ...t.keys()])].sort((a, b) => order(a) - order(b) || (order(a) === 0 ? 0 : a.localeCompare(b)));
  const rows = keys.map((k) => `| ${k} | ${f.get(k) ?? 0} | ${t.get(k) ?? 0} | ${(f.get(k) ?? 0) + (t.get(k) ?? 0)} |`);
  return ['| count | frozen | tune | all |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

function main(): void {
  const { tune, frozen } = splitByStory(readAllAnnotations(), tuneOnlyStories());
  if (process.argv.includes('--stats')) {
    console.log(countsTable(tune, frozen));
    return;
  }
  const outputs = { 'tune.jsonl': toJsonl(tune), 'frozen.jsonl': toJsonl(frozen) };
  for (const [name, content] of Object.entries(outputs)) {
    const file = path.join(FIXTURE_DIR, name);
    if (process.argv.includes('--check')) {
      if (readFileSync(file, 'utf8') !== content) {
        console.error(`${name} is stale: run node --import tsx src/eval/build-events-wire.ts`);
        process.exit(1);
      }
    } else {
      writeFileSync(file, content);
    }
  }
  console.log(`tune: ${tune.length} sentences; frozen: ${frozen.length} sentences`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
