/**
 * Builds the political-news development set test/fixtures/quotes/{tune,frozen}.jsonl from the hand
 * annotations in test/fixtures/quotes/*.ann, the GMB train documents (Voice of America, public domain) and
 * the short news excerpts in test/fixtures/quotes/texts/. See test/fixtures/quotes/README.md.
 *
 * Usage: node --import tsx src/eval/build-quotes-set.ts            write tune.jsonl and frozen.jsonl
 *        node --import tsx src/eval/build-quotes-set.ts --show ID  print a document's paragraphs, numbered
 *        node --import tsx src/eval/build-quotes-set.ts --counts   print the counts tables of the README
 *
 * A document starts with `### ID | OUTLET | URL | PUBLISHED | STYLE [| marks='']` (`-` for none). Then one
 * attribution per line: `P | TYPE | CONTENT | SPEAKER | CUE | CLASS | LAYOUT [| in=-K]`:
 * - P: the paragraph (1-based line) of the cue; CONTENT, SPEAKER and CUE are searched in it.
 * - TYPE: d, i or m (direct, indirect, mixed); a direct fragment keeps its quotation marks, except after a
 *   quotation dash (– …) or in a `transcript` turn (`Name: words`); with `:np`, `:inf`, `:ger`, `:adj`, `:other` when the
 *   content is not a clause (content_form; d → direct, otherwise clause).
 * - CONTENT: fragments joined by ` ++ `; each is a literal string or `FIRST … LAST` (from FIRST up to the
 *   end of the next LAST) and may start with `¶N ` to be searched in paragraph N.
 * - SPEAKER: `-` (none) or a literal string, `^` first to find it in the nearest paragraph before (last
 *   occurrence), `=Full Name` last for the entity it refers to (`=*`: the mention itself).
 * - CUE: `-` or a literal string (the cue with its setting), searched outside the content.
 * - A literal string must occur once (whole words, outside the record's content); `@N` takes the N-th.
 * - CLASS: `code:lemma[/form]`, code in s (speech), a (attitude), st (stance), e (evidential),
 *   lv (light-verb), n (noun), p (preposition), pu (punctuation), 0 (source-less); the form defaults
 *   from the class (statement, belief, stance, evidence, …).
 * - in=-K: nested in the record K lines above in the same document.
 * `marks=''` renders a GMB document's quotation marks as doubled apostrophes (see the README).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detokenizeSentences } from '../util/detokenize.ts';
import { REPO_ROOT, sharedDataFile } from '../util/shared-data.ts';

export const FIXTURE_DIR = path.join(REPO_ROOT, 'test/fixtures/quotes');

const TYPES: Record<string, string> = { d: 'direct', i: 'indirect', m: 'mixed' };
const FORMS: Record<string, string> = { np: 'np', inf: 'infinitive', ger: 'gerund', adj: 'adjective', other: 'other', clause: 'clause' };
const CLASSES: Record<string, { name: string; form: string }> = {
  s: { name: 'speech', form: 'statement' },
  a: { name: 'attitude', form: 'belief' },
  st: { name: 'stance', form: 'stance' },
  e: { name: 'evidential', form: 'evidence' },
  lv: { name: 'light-verb', form: 'statement' },
  n: { name: 'noun', form: 'statement' },
  p: { name: 'preposition', form: 'statement' },
  pu: { name: 'punctuation', form: 'statement' },
  '0': { name: 'sourceless', form: 'other' },
};
const FORM_NAMES = new Set(['statement', 'stance', 'evidence', 'belief', 'question', 'other']);
/** Opening and closing quotation marks a direct fragment starts and ends with. */
const MARK_START = /^(?:"|“|”|''|‘)/;
const MARK_END = /(?:"|“|”|''|’)$/;
/** A quotation dash opening direct speech (Scandinavian style, kept by machine translation): no closing mark. */
const QUOTATION_DASH = /^– /;
/** An indirect content may end in a period only when the period is an abbreviation's (U.S., Inc.). */
const ABBREVIATION_END = /(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Jr|Co|Ltd|Corp)\.)$/;

type Span = [number, number];

export interface Paragraph {
  start: number;
  text: string;
}

export interface GoldQuote {
  type: string;
  content: Span;
  content_spans: Span[];
  content_text: string[];
  speaker: Span | null;
  speaker_text: string | null;
  speaker_entity: string | null;
  cue: Span | null;
  cue_text: string | null;
  cue_lemma: string | null;
  cue_class: string;
  form: string;
  speech_cue: boolean;
  content_form: string;
  layout: string;
  nested_in: number | null;
}

export interface GoldDoc {
  id: string;
  outlet: string;
  url: string | null;
  published: string | null;
  style: string;
  text: string;
  quotes: GoldQuote[];
}

export function paragraphsOf(text: string): Paragraph[] {
  let offset = 0;
  return text.split('\n').map((p) => {
    const r = { start: offset, text: p };
    offset += p.length + 1;
    return r;
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Occurrences of `word` in the paragraph as whole words, outside `skip`, as document offsets. */
function occurrences(paragraph: Paragraph, word: string, from: number, skip: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (let i = paragraph.text.indexOf(word, from); i >= 0; i = paragraph.text.indexOf(word, i + 1)) {
    const s = paragraph.start + i;
    if (skip.some(([a, b]) => s < b && s + word.length > a)) continue;
    const before = paragraph.text[i - 1];
    const after = paragraph.text[i + word.length];
    if (WORD_CHAR.test(word[0]!) && before && WORD_CHAR.test(before)) continue;
    if (WORD_CHAR.test(word.at(-1)!) && after && WORD_CHAR.test(after)) continue;
    found.push([s, s + word.length]);
  }
  return found;
}

/**
 * Find a literal string (`@N` for the N-th occurrence) in a paragraph, outside `skip`. Without `@N` it
 * must occur exactly once from `from` on, unless `first` (then the first occurrence is taken).
 */
export function locate(paragraph: Paragraph, needle: string, options: { from?: number; skip?: readonly Span[]; first?: boolean } = {}): Span {
  const at = /@(\d+)$/.exec(needle);
  const word = at ? needle.slice(0, at.index) : needle;
  if (!word) throw new Error('empty string');
  const found = occurrences(paragraph, word, options.from ?? 0, options.skip ?? []);
  if (found.length === 0) throw new Error(`"${word}" not found in: ${paragraph.text}`);
  if (at) {
    const hit = found[Number(at[1]) - 1];
    if (!hit) throw new Error(`"${word}" occurs ${found.length} times, not ${at[1]}, in: ${paragraph.text}`);
    return hit;
  }
  if (found.length > 1 && !options.first) throw new Error(`"${word}" is ambiguous (${found.length} occurrences; add @N) in: ${paragraph.text}`);
  return found[0]!;
}

/** One content fragment: `[¶N ]FIRST[ … LAST]`. */
function locateFragment(paragraphs: readonly Paragraph[], home: number, fragment: string): Span {
  const m = /^¶(\d+) (.*)$/.exec(fragment);
  const index = m ? Number(m[1]) - 1 : home;
  const paragraph = paragraphs[index];
  if (!paragraph) throw new Error(`no paragraph ${index + 1}`);
  const [first, last, extra] = (m ? m[2]! : fragment).split(' … ');
  if (extra !== undefined) throw new Error(`more than one " … " in: ${fragment}`);
  const a = locate(paragraph, first!);
  if (last === undefined) return a;
  const b = locate(paragraph, last, { from: a[1] - paragraph.start, first: true });
  return [a[0], b[1]];
}

/** `^X`: the last occurrence of X in the nearest paragraph before `home` that has it. */
function locateBefore(paragraphs: readonly Paragraph[], home: number, needle: string): Span {
  for (let k = home - 1; k >= 0; k--) {
    const found = occurrences(paragraphs[k]!, needle, 0, []);
    if (found.length) return found.at(-1)!;
  }
  throw new Error(`"${needle}" not found before paragraph ${home + 1}`);
}

/** Parse one annotation line against its document. `index` is the record's place in the document. */
export function parseAnnotation(line: string, text: string, paragraphs: readonly Paragraph[], index: number): GoldQuote {
  const fields = line.split(' | ').map((s) => s.trim());
  if (fields.length < 7 || fields.length > 8) throw new Error(`expected 7 or 8 fields, got ${fields.length}`);
  const [p, typeField, content, speakerField, cueField, classField, layout, extra] = fields as string[];
  const home = Number(p) - 1;
  const paragraph = paragraphs[home];
  if (!Number.isInteger(home) || !paragraph) throw new Error(`no paragraph ${p}`);
  const [typeCode, formCode] = typeField!.split(':');
  const type = TYPES[typeCode!];
  if (!type) throw new Error(`type ${typeField} is not d, i or m`);
  if (formCode !== undefined && !FORMS[formCode]) throw new Error(`content form ${formCode} unknown`);
  const contentForm = formCode ? FORMS[formCode]! : type === 'direct' ? 'direct' : 'clause';

  const spans = content!.split(' ++ ').map((f) => locateFragment(paragraphs, home, f));
  for (let k = 1; k < spans.length; k++) if (spans[k]![0] < spans[k - 1]![1]) throw new Error('content fragments out of order or overlapping');
  const fragments = spans.map((s) => text.slice(...s));
  for (const f of fragments) {
    if (f !== f.trim()) throw new Error(`content fragment with outer space: "${f}"`);
    const unmarked = QUOTATION_DASH.test(f) || layout === 'transcript';
    if (type === 'direct' && !unmarked && !(MARK_START.test(f) && MARK_END.test(f))) throw new Error(`direct fragment without its quotation marks: ${f}`);
  }
  const lastFragment = fragments.at(-1)!;
  if (type !== 'direct' && lastFragment.endsWith('.') && !ABBREVIATION_END.test(lastFragment) && !MARK_END.test(lastFragment)) {
    throw new Error(`indirect content ends with its sentence's period: ${lastFragment}`);
  }

  let speaker: Span | null = null;
  let entity: string | null = null;
  if (speakerField !== '-') {
    const eq = speakerField!.indexOf('=');
    const mention = eq >= 0 ? speakerField!.slice(0, eq) : speakerField!;
    speaker = mention.startsWith('^') ? locateBefore(paragraphs, home, mention.slice(1)) : locate(paragraph, mention, { skip: spans });
    if (eq >= 0) entity = speakerField!.slice(eq + 1) === '*' ? text.slice(...speaker) : speakerField!.slice(eq + 1);
  }
  const cue = cueField === '-' ? null : locate(paragraph, cueField!, { skip: spans });

  const [code, rest] = classField!.split(':');
  const cls = CLASSES[code!];
  if (!cls || !rest) throw new Error(`class ${classField} is not code:lemma`);
  const [lemma, formOverride] = rest.split('/');
  const form = formOverride ?? cls.form;
  if (!FORM_NAMES.has(form)) throw new Error(`form ${form} unknown`);
  if ((cue === null) !== (lemma === '-')) throw new Error('a cue needs a lemma, and a lemma a cue');
  if (cls.name === 'sourceless' && speaker) throw new Error('a source-less attribution has no speaker');

  let nestedIn: number | null = null;
  if (extra !== undefined) {
    const m = /^in=-(\d+)$/.exec(extra);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > index) throw new Error(`bad extra field ${extra}`);
    nestedIn = index - Number(m[1]);
  }
  return {
    type,
    content: [spans[0]![0], spans.at(-1)![1]],
    content_spans: spans,
    content_text: fragments,
    speaker,
    speaker_text: speaker ? text.slice(...speaker) : null,
    speaker_entity: entity,
    cue,
    cue_text: cue ? text.slice(...cue) : null,
    cue_lemma: lemma === '-' ? null : lemma!,
    cue_class: cls.name,
    form,
    speech_cue: cls.name === 'speech' || cls.name === 'preposition',
    content_form: contentForm,
    layout: layout!,
    nested_in: nestedIn,
  };
}

/** GMB documents by id, from the train split (the dev split is the older quotes-dev set's). */
function loadGmb(): Map<string, string[][]> {
  const file = sharedDataFile('gmb/train.jsonl');
  if (!file) throw new Error('needs ../shared/data/gmb/train.jsonl');
  const docs = new Map<string, string[][]>();
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const d = JSON.parse(line) as { id: string; sentences: { tokens: string[] }[] };
    docs.set(d.id, d.sentences.map((s) => s.tokens));
  }
  return docs;
}

/** A GMB document as text: one paragraph per sentence, a quoted passage kept on one line. */
export function gmbText(sentences: readonly (readonly string[])[], doubledApostrophes: boolean): string {
  const { text } = detokenizeSentences(sentences, { separator: '\n', keepOpenQuotesTogether: true });
  // After detokenising, every straight double quote is a quotation mark.
  return doubledApostrophes ? text.replaceAll('"', "''") : text;
}

function documentText(id: string, marks: string | undefined, gmb: () => Map<string, string[][]>): string {
  if (id.startsWith('gmb-')) {
    const sentences = gmb().get(id);
    if (!sentences) throw new Error(`unknown GMB train document ${id}`);
    return gmbText(sentences, marks === "marks=''");
  }
  if (marks) throw new Error('marks= applies to GMB documents only');
  return readFileSync(path.join(FIXTURE_DIR, 'texts', `${id}.txt`), 'utf8').replace(/\n+$/, '');
}

/** Read every .ann file of the fixture folder into documents. */
export function buildDocuments(): GoldDoc[] {
  let gmbCache: Map<string, string[][]> | null = null;
  const gmb = () => (gmbCache ??= loadGmb());
  const docs: GoldDoc[] = [];
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.ann')).sort();
  for (const file of files) {
    let current: GoldDoc | null = null;
    let paragraphs: Paragraph[] = [];
    for (const [n, raw] of readFileSync(path.join(FIXTURE_DIR, file), 'utf8').split('\n').entries()) {
      const line = raw.trim();
      if (!line || line.startsWith('#!')) continue;
      try {
        if (line.startsWith('### ')) {
          const [id, outlet, url, published, style, marks] = line.slice(4).split(' | ').map((s) => s.trim());
          if (!id || !outlet || !url || !published || !style) throw new Error('header needs ID | OUTLET | URL | PUBLISHED | STYLE');
          if (docs.some((d) => d.id === id)) throw new Error(`document ${id} twice`);
          const text = documentText(id, marks, gmb);
          current = { id, outlet, url: url === '-' ? null : url, published: published === '-' ? null : published, style, text, quotes: [] };
          paragraphs = paragraphsOf(text);
          docs.push(current);
          continue;
        }
        if (!current) throw new Error('annotation before a ### header');
        current.quotes.push(parseAnnotation(line, current.text, paragraphs, current.quotes.length));
      } catch (error) {
        throw new Error(`${file} line ${n + 1}: ${(error as Error).message}`);
      }
    }
  }
  return docs;
}

/**
 * The split, fixed before any tuning: documents grouped by style, sorted by id within a group, then
 * alternately tune, frozen, tune, … (the first of each group goes to tune).
 */
export function splitDocuments(docs: readonly GoldDoc[]): { tune: GoldDoc[]; frozen: GoldDoc[] } {
  const tune: GoldDoc[] = [];
  const frozen: GoldDoc[] = [];
  const styles = [...new Set(docs.map((d) => d.style))].sort();
  for (const style of styles) {
    const group = docs.filter((d) => d.style === style).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    group.forEach((d, i) => (i % 2 === 0 ? tune : frozen).push(d));
  }
  const byId = (a: GoldDoc, b: GoldDoc) => (a.id < b.id ? -1 : 1);
  return { tune: tune.sort(byId), frozen: frozen.sort(byId) };
}

function countsTable(halves: Record<string, GoldDoc[]>, keyOf: (d: GoldDoc, q: GoldQuote) => string, title: string): string {
  const names = Object.keys(halves);
  const keys = [...new Set(Object.values(halves).flatMap((docs) => docs.flatMap((d) => d.quotes.map((q) => keyOf(d, q)))))].sort();
  const lines = [`| ${title} | ${names.join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`];
  for (const k of keys) lines.push(`| ${k} | ${names.map((h) => halves[h]!.flatMap((d) => d.quotes.filter((q) => keyOf(d, q) === k)).length).join(' | ')} |`);
  return lines.join('\n');
}

function counts(halves: Record<string, GoldDoc[]>): string {
  const names = Object.keys(halves);
  const sum = (f: (docs: GoldDoc[]) => number) => names.map((h) => f(halves[h]!)).join(' | ');
  const styles = [...new Set(Object.values(halves).flat().map((d) => d.style))].sort();
  return [
    `| | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---:').join('|')}|`,
    `| articles | ${sum((d) => d.length)} |`,
    ...styles.map((s) => `| articles, ${s} | ${sum((d) => d.filter((x) => x.style === s).length)} |`),
    `| attributions | ${sum((d) => d.reduce((n, x) => n + x.quotes.length, 0))} |`,
    '',
    countsTable(halves, (d) => d.style, 'attributions by style'),
    '',
    countsTable(halves, (d) => d.outlet, 'attributions by outlet'),
    '',
    countsTable(halves, (_, q) => q.cue_class, 'by cue class'),
    '',
    countsTable(halves, (_, q) => q.type, 'by type'),
    '',
    countsTable(halves, (_, q) => q.content_form, 'by content form'),
    '',
    countsTable(halves, (_, q) => q.form, 'by form'),
    '',
    countsTable(halves, (_, q) => q.layout, 'by layout'),
  ].join('\n');
}

const toLine = (d: GoldDoc) => JSON.stringify({ id: d.id, outlet: d.outlet, url: d.url, published: d.published, style: d.style, text: d.text, quotes: d.quotes });

function main(args: string[]): void {
  if (args[0] === '--show') {
    const id = args[1] ?? '';
    const text = documentText(id, args[2], loadGmb);
    paragraphsOf(text).forEach((p, i) => console.log(`${i + 1}\t${p.text}`));
    return;
  }
  const docs = buildDocuments();
  const { tune, frozen } = splitDocuments(docs);
  if (args[0] === '--counts') {
    console.log(counts({ tune, frozen, all: [...tune, ...frozen] }));
    return;
  }
  writeFileSync(path.join(FIXTURE_DIR, 'tune.jsonl'), tune.map(toLine).join('\n') + '\n');
  writeFileSync(path.join(FIXTURE_DIR, 'frozen.jsonl'), frozen.map(toLine).join('\n') + '\n');
  const n = (ds: GoldDoc[]) => ds.reduce((k, d) => k + d.quotes.length, 0);
  console.log(`tune: ${tune.length} documents, ${n(tune)} attributions; frozen: ${frozen.length} documents, ${n(frozen)} attributions`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-quotes-set: ${(error as Error).message}`);
    process.exit(1);
  }
}

export { toLine };
