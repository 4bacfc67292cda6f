/**
 * Codes one clause by the PETRARCH2 verb dictionary: the verb finds its block, the block's patterns are tried
 * against what stands before the verb (subject side) and after it (particles, objects, prepositional
 * phrases), and the most specific pattern that fits gives the code; else the bare verb's own code.
 *
 * How a pattern fits (PETRARCH2's reading of the TABARI notation, over the syntax view instead of a parse tree):
 * - Its elements match in order, words in between skipped. A run of bare words must end on a phrase's head or
 *   on a word standing alone (particle, adverb, preposition): `* ATTACK` wants attack as the object's head, not
 *   "attack helicopters". Bare words do not reach into a prepositional phrase unless a bare preposition of the
 *   pattern entered it (`* SANCTIONS AGAINST +`); `(PREP …)` matches a phrase with that preposition whose noun
 *   phrase ends on the pattern's last word; `{A B}` keeps A and B inside one chunk, B its head.
 * - `&SET` matches any member (regular plurals included); a word matches the token as written or its lemma.
 * - `$`, `+`, `%` match a phrase and say where the source, the target or both (a compound actor) stand;
 *   `^` matches any phrase.
 * Precedence, as PETRARCH2's depth-first search over its pattern tree finds them: it starts from the subject,
 * so more slots filled before the verb first (`&AIRCRAFT *` before `* (WITH &WEAPON)`), then more after it
 * (`* POLICE (TO BORDER)` before `* (TO BORDER)` before `* (TO)`); then patterns in the dictionary's current
 * notation before those in TABARI's linear one (a bare preposition, `* ATTACK ON +`, which PETRARCH2 itself
 * no longer matched); then more literal words (a word says more than a set); then, for one pattern listed
 * twice with different codes, the line written for the verb in the text (its comment), else the one whose words
 * stand in the text as written (`EXPEL * DIPLOMATS` 174 over `* DIPLOMAT` 161 for "diplomats"), else the first
 * listed: the coding convention for such duplicates (`SEND * MESSAGE` 040 over a later 130, `REFUSE * REQUEST`
 * 120 over 123), where PETRARCH2 itself kept the later line. A verb's first block (file order) is its block; a verb listed
 * in several blocks also tries the others' patterns when its own have none that fits. A multi-word verb
 * (CALL_OFF) is preferred to its single verb word.
 */
import type { Pattern } from '../../../lexicons/events/petrarch-dictionary.ts';
import { patternText } from '../../../lexicons/events/petrarch-dictionary.ts';
import type { BlockPatterns, CompiledElement, CompiledPattern, CompiledToken, DictionaryIndex, Marker, VerbEntry } from './dictionary-index.ts';
import { sidesOf, type ClauseFrame, type Side, type Slot } from './frame.ts';

export interface DictionaryMatch {
  block: string;
  /** the dictionary's verb entry that the frame's verb found (CALL_OFF for "called off") */
  verb: string;
  /** null: the bare verb coded by its block */
  pattern: Pattern | null;
  /** the code of the subject's act on the object; null: the dictionary codes no event here */
  code: string | null;
  /** `[042:043]`: the code of the target's act back on the source */
  reciprocal: string | null;
  /** `[:173]`: the code is of an act done to the subject (its source stands elsewhere) */
  subjectIsTarget: boolean;
  /** passive: the agent (by/from phrase) is the source, the subject the target */
  voice: 'active' | 'passive';
  /** where the pattern's `$`, `+`, `%` stood, when it has them */
  source: Slot | null;
  target: Slot | null;
  compound: Slot | null;
  /** slots the pattern filled (0 for the bare verb) */
  specificity: number;
  /** the pattern is in TABARI's linear notation (a bare preposition, `* ATTACK ON +`), which PETRARCH2 no longer matched */
  linear: boolean;
  /** `dictionary: ATTACK block, pattern `* (WITH &WEAPON)` [194] (line 9022)` */
  explanation: string;
}

interface Capture {
  marker: Marker;
  slot: Slot;
}

const DETERMINERS = new Set(['A', 'AN', 'THE']);

const NO_ENDS: readonly number[] = [];

/** Every word position a token can end at when it starts at `p`, in the same unit (ascending). */
function tokenEnds(side: Side, token: CompiledToken, p: number): readonly number[] {
  if (token.kind === 'marker') return [p + 1];
  // Most positions start no sequence: no array is built for them.
  let ends: number[] | null = null;
  const start = side.words[p]!;
  for (const f of start.forms) {
    const seqs = token.byFirst.get(f);
    if (!seqs) continue;
    for (const seq of seqs) {
      if (p + seq.length > side.words.length) continue;
      // The first position matched by the lookup; the rest must stay in the same unit.
      let ok = true;
      for (let j = 1; j < seq.length && ok; j++) {
        const w = side.words[p + j]!;
        ok = w.unit === start.unit && w.forms.some((x) => seq[j]!.includes(x));
      }
      if (!ok) continue;
      if (ends === null) ends = [p + seq.length];
      else if (!ends.includes(p + seq.length)) ends.push(p + seq.length);
    }
  }
  if (ends === null) return NO_ENDS;
  return ends.length > 1 ? ends.sort((a, b) => a - b) : ends;
}

class Matcher {
  readonly captures: Capture[] = [];
  constructor(
    private readonly side: Side,
    private readonly elements: readonly CompiledElement[],
  ) {}

  /** Prepositional phrases are closed to bare words unless entered through their preposition. */
  private accessible(p: number, open: number | null): boolean {
    const u = this.side.units[this.side.words[p]!.unit]!;
    return u.kind !== 'pp' || p === u.first || this.side.words[p]!.unit === open;
  }

  private capture(token: CompiledToken, p: number, next: () => boolean): boolean {
    if (token.kind !== 'marker' || token.marker === '^') return next();
    this.captures.push({ marker: token.marker, slot: this.side.units[this.side.words[p]!.unit]!.slot });
    if (next()) return true;
    this.captures.pop();
    return false;
  }

  match(i: number, pos: number, open: number | null): boolean {
    if (i === this.elements.length) return true;
    const e = this.elements[i]!;
    if (e.kind === 'token') return this.matchBare(e.token, i, pos, open);
    if (e.kind === 'np') return this.matchNp(e.tokens, i, pos, open);
    return this.matchPp(e, i, pos);
  }

  private matchBare(token: CompiledToken, i: number, pos: number, open: number | null): boolean {
    const lastOfRun = this.elements[i + 1]?.kind !== 'token';
    for (let p = pos; p < this.side.words.length; p++) {
      if (!this.accessible(p, open)) continue;
      const unit = this.side.words[p]!.unit;
      const entered = this.side.units[unit]!.kind === 'pp' ? unit : null;
      for (const end of tokenEnds(this.side, token, p)) {
        if (lastOfRun && !this.side.words[end - 1]!.landing) continue;
        if (this.capture(token, p, () => this.match(i + 1, end, entered))) return true;
      }
    }
    return false;
  }

  /** `{A … HEAD}`: HEAD on a chunk's head, the words before it inside that chunk, in order. */
  private matchNp(tokens: readonly CompiledToken[], i: number, pos: number, open: number | null): boolean {
    for (let h = pos; h < this.side.words.length; h++) {
      const w = this.side.words[h]!;
      const unit = this.side.units[w.unit]!;
      if (unit.kind === 'word' || h !== unit.head || (unit.kind === 'pp' && h === unit.first) || !this.accessible(h, open)) continue;
      const start = Math.max(pos, unit.kind === 'pp' ? unit.first + 1 : unit.first);
      if (this.within(tokens, 0, start, h, () => this.match(i + 1, h + 1, null))) return true;
    }
    return false;
  }

  /** `(PREP …)`: a phrase with that preposition whose noun phrase ends on the last token. */
  private matchPp(e: Extract<CompiledElement, { kind: 'pp' }>, i: number, pos: number): boolean {
    for (const unit of this.side.units) {
      if (unit.kind !== 'pp' || unit.first < pos || !this.side.words[unit.first]!.forms.some((f) => e.preps.has(f))) continue;
      if (e.tokens.length === 0) {
        if (this.match(i + 1, unit.last + 1, null)) return true;
        continue;
      }
      if (unit.head === unit.first) continue;
      if (this.within(e.tokens, 0, unit.first + 1, unit.head, () => this.match(i + 1, unit.last + 1, null))) return true;
    }
    return false;
  }

  /** Tokens in order at positions [start, head], the last one ending exactly on `head`. */
  private within(tokens: readonly CompiledToken[], j: number, start: number, head: number, next: () => boolean): boolean {
    const last = j === tokens.length - 1;
    for (let p = start; p <= head; p++) {
      for (const end of tokenEnds(this.side, tokens[j]!, p)) {
        if (last ? end !== head + 1 : end > head) continue;
        if (this.capture(tokens[j]!, p, () => (last ? next() : this.within(tokens, j + 1, end, head, next)))) return true;
      }
    }
    return false;
  }
}

interface Candidate {
  entry: VerbEntry;
  /** where the post side's patterns start, after the verb's own words, and a phrase its preposition opened */
  postStart: number;
  postOpen: number | null;
}

/** The words of a multi-word verb right after it (articles skipped): where they end, or null. */
function afterWords(post: Side, words: readonly string[]): { end: number; open: number | null } | null {
  let p = 0;
  let open: number | null = null;
  for (const word of words) {
    while (p < post.words.length && DETERMINERS.has(post.words[p]!.forms[0]!) && !DETERMINERS.has(word)) p++;
    const w = post.words[p];
    if (!w || !w.forms.includes(word)) return null;
    if (post.units[w.unit]!.kind === 'pp') open = w.unit;
    p++;
  }
  return { end: p, open };
}

/** The words of a multi-word verb before it; a verb found as one token ("re-arrest") or by its lemma needs none. */
function beforeWords(pre: Side, words: readonly string[], asWritten: boolean): boolean {
  if (words.length === 0 || !asWritten) return true;
  const tail = pre.words.slice(-words.length);
  return tail.length === words.length && words.every((w, k) => tail[k]!.forms.includes(w));
}

/** The verb's entries in file order, those listing it as written first, then those found by its lemma (`asWritten` of them the former). */
function entriesOf(index: DictionaryIndex, verb: ClauseFrame['verb']): { entries: readonly VerbEntry[]; asWritten: number } {
  const byText = index.entriesOf(verb.text);
  // A lemma spelt as the word finds the same list: nothing more.
  const byLemma = verb.lemma ? index.entriesOf(verb.lemma) : byText;
  const entries = byLemma === byText || byLemma.length === 0 ? byText : byText.length === 0 ? byLemma : [...byText, ...byLemma.filter((e) => !byText.includes(e))];
  return { entries, asWritten: byText.length };
}

/** The entries that fit the frame: multi-word ones first (longest first), then file order. */
function candidatesOf(found: ReturnType<typeof entriesOf>, pre: Side, post: Side): Candidate[] {
  const { entries, asWritten } = found;
  // Most verbs have one entry, of one word: it fits as it is.
  const only = entries.length === 1 ? entries[0]! : null;
  if (only && only.after.length === 0 && only.before.length === 0) return [{ entry: only, postStart: 0, postOpen: null }];
  const out: (Candidate & { words: number; order: number })[] = [];
  entries.forEach((entry, i) => {
    const after = afterWords(post, entry.after);
    if (!after || !beforeWords(pre, entry.before, i < asWritten)) return;
    out.push({ entry, postStart: after.end, postOpen: after.open, words: entry.after.length + entry.before.length, order: out.length });
  });
  return out.sort((a, b) => b.words - a.words || a.order - b.order);
}

type CodeParts = { code: string | null; reciprocal: string | null; subjectIsTarget: boolean };

function splitCode(code: string): CodeParts {
  const [active = '', passive = ''] = code.split(':');
  const real = (c: string) => (c === '' || c === '---' ? null : c);
  if (real(active) === null && real(passive) !== null) return { code: passive, reciprocal: null, subjectIsTarget: true };
  return { code: real(active), reciprocal: real(passive), subjectIsTarget: false };
}

/** A pattern's (or a bare verb's) code and explanation depend on it alone: worked out once per process, not per clause. */
const described = new WeakMap<CompiledPattern | VerbEntry, CodeParts & { explanation: string }>();

function describe(c: Candidate, pattern: CompiledPattern | null): CodeParts & { explanation: string } {
  const key = pattern ?? c.entry;
  let d = described.get(key);
  if (d) return d;
  const { block, verb } = c.entry;
  const raw = pattern ? pattern.pattern.code : (verb.code ?? block.code);
  const explanation = pattern
    ? `dictionary: ${block.name} block, pattern \`${patternText(pattern.pattern)}\` [${raw}] (line ${pattern.pattern.line})`
    : `dictionary: ${block.name} block, bare verb ${verb.verb} [${raw}] (line ${verb.line})`;
  described.set(key, (d = { ...splitCode(raw), explanation }));
  return d;
}

function result(c: Candidate, pattern: CompiledPattern | null, captures: readonly Capture[], frame: ClauseFrame): DictionaryMatch {
  const { block, verb } = c.entry;
  // The first capture of each marker, in one pass over the few captures.
  let source: Slot | null = null;
  let target: Slot | null = null;
  let compound: Slot | null = null;
  for (const x of captures) {
    if (x.marker === '$') source ??= x.slot;
    else if (x.marker === '+') target ??= x.slot;
    else if (x.marker === '%') compound ??= x.slot;
  }
  const { code, reciprocal, subjectIsTarget, explanation } = describe(c, pattern);
  return {
    block: block.name,
    verb: verb.verb,
    pattern: pattern?.pattern ?? null,
    code,
    reciprocal,
    subjectIsTarget,
    voice: frame.passive ? 'passive' : 'active',
    source,
    target,
    compound,
    specificity: pattern ? pattern.preSlots + pattern.postSlots : 0,
    linear: pattern?.linear ?? false,
    explanation,
  };
}

/** Can the frame hold every word the pattern needs? (a cheap test before the search) */
function mayFit(p: CompiledPattern, forms: ReadonlySet<string>): boolean {
  return p.needs.every((need) => {
    // Walk the smaller of the two sets: a need can be a large set (&COUNTRY), a frame a long clause.
    if (need.size < forms.size) {
      for (const w of need) if (forms.has(w)) return true;
      return false;
    }
    for (const f of forms) if (need.has(f)) return true;
    return false;
  });
}

function tryPattern(p: CompiledPattern, pre: Side, post: Side, c: Candidate): Capture[] | null {
  const before = new Matcher(pre, p.pre);
  if (!before.match(0, 0, null)) return null;
  const after = new Matcher(post, p.post);
  if (!after.match(0, c.postStart, c.postOpen)) return null;
  return [...before.captures, ...after.captures];
}

/**
 * Was the pattern written for this verb? Its comment names the verb as the source wrote it (`# CALLED_OFF` for
 * CALL_OFF, `# END` for END): where a block lists one pattern twice with different codes, each verb's own line
 * says what that verb does with the object (CANCEL * TALKS: END 164, CALLED_OFF 160).
 */
export function writtenFor(pattern: Pick<Pattern, 'for'>, entry: { verb: Pick<VerbEntry['verb'], 'forms'>; after: readonly string[] }): boolean {
  if (!pattern.for) return false;
  const [head, ...rest] = pattern.for.split('_');
  return entry.verb.forms.includes(head!) && rest.join(' ') === entry.after.join(' ');
}

const plainWords = new WeakMap<CompiledPattern, readonly string[]>();

/** How many of the pattern's plain words stand in the clause as written, not only by a plural or lemma ("diplomats": DIPLOMATS, not DIPLOMAT). */
function exactWords(p: CompiledPattern, written: ReadonlySet<string>): number {
  let words = plainWords.get(p);
  if (!words) {
    const tokens = [...p.pattern.pre, ...p.pattern.post].flatMap((e) => (typeof e === 'string' ? [e] : e.np));
    words = tokens.filter((t) => /^[A-Z][A-Z'-]*$/.test(t));
    plainWords.set(p, words);
  }
  return words.filter((w) => written.has(w)).length;
}

/** What breaks a tie between equally specific patterns: the verb found and the clause's words as written. */
interface Tie {
  entry: VerbEntry;
  written: ReadonlySet<string>;
}

/** Precedence of two patterns that fit (negative: `a` first), as the header describes it. */
function precedence(a: CompiledPattern, b: CompiledPattern, tie: Tie): number {
  return (
    b.preSlots - a.preSlots ||
    b.postSlots - a.postSlots ||
    Number(a.linear) - Number(b.linear) ||
    b.literals - a.literals ||
    Number(writtenFor(b.pattern, tie.entry)) - Number(writtenFor(a.pattern, tie.entry)) ||
    exactWords(b, tie.written) - exactWords(a, tie.written) ||
    a.pattern.line - b.pattern.line
  );
}

interface Search {
  c: Candidate;
  found: [CompiledPattern, Capture[]][];
  pre: Side;
  post: Side;
}

/** Every form (word, lemma) of the words of both sides. */
function formsOf(pre: Side, post: Side): Set<string> {
  const forms = new Set<string>();
  for (const w of pre.words) for (const f of w.forms) forms.add(f);
  for (const w of post.words) for (const f of w.forms) forms.add(f);
  return forms;
}

/** The words of both sides as written: only a tie between fits asks for them. */
function tieOf(r: Search): Tie {
  const written = new Set<string>();
  for (const w of r.pre.words) written.add(w.forms[0]!);
  for (const w of r.post.words) written.add(w.forms[0]!);
  return { entry: r.c.entry, written };
}

/**
 * The block's patterns that may fit: those that need no word, then those filed under a form of the frame's words
 * in word order; null when there are none, as for most clauses (no set is built for them).
 */
function poolOf(block: BlockPatterns, pre: Side, post: Side): Set<CompiledPattern> | null {
  const pool = block.always.length > 0 ? new Set(block.always) : null;
  return poolFrom(block, post, poolFrom(block, pre, pool));
}

/** `pool` with the patterns filed under the forms of one side's words (a set made at the first one found). */
function poolFrom(block: BlockPatterns, side: Side, pool: Set<CompiledPattern> | null): Set<CompiledPattern> | null {
  for (const w of side.words) {
    for (const f of w.forms) {
      if (!block.filed.mayHold(f)) continue;
      const filed = block.byWord.get(f);
      if (!filed) continue;
      pool ??= new Set();
      for (const p of filed) pool.add(p);
    }
  }
  return pool;
}

/** Did a candidate before the k-th of the primary verb read the k-th's block already? (no list kept: most clauses have one candidate) */
function blockTried(candidates: readonly Candidate[], k: number): boolean {
  const { verb, block } = candidates[k]!.entry;
  for (let j = 0; j < k; j++) {
    const e = candidates[j]!.entry;
    if (e.verb.verb === verb.verb && e.block.name === block.name) return true;
  }
  return false;
}

/** The verb entry a clause reads by and the patterns of its block that fit, in the dictionary's order; null when the verb is not in the dictionary. */
function search(index: DictionaryIndex, frame: ClauseFrame): Search | null {
  const entries = entriesOf(index, frame.verb);
  if (entries.entries.length === 0) return null;
  const { pre, post } = sidesOf(frame);
  const candidates = candidatesOf(entries, pre, post);
  if (candidates.length === 0) return null;
  let forms: Set<string> | undefined;
  const primary = candidates[0]!;
  // The same verb listed in several blocks: its first block, then the others.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.entry.verb.verb !== primary.entry.verb.verb || blockTried(candidates, k)) continue;
    const pool = poolOf(index.patternsOf(c.entry.block), pre, post);
    if (!pool) continue;
    forms ??= formsOf(pre, post);
    const found: [CompiledPattern, Capture[]][] = [];
    for (const p of pool) {
      if (!mayFit(p, forms)) continue;
      const captures = tryPattern(p, pre, post, c);
      if (captures) found.push([p, captures]);
    }
    if (found.length > 0) return { c, found, pre, post };
  }
  return { c: primary, found: [], pre, post };
}

/** Is the verb (as written or by its lemma) in the dictionary at all? A clause whose verb is not has no reading. */
export function knowsVerb(index: DictionaryIndex, verb: { text: string; lemma?: string | null }): boolean {
  return index.entriesOf(verb.text).length > 0 || (!!verb.lemma && index.entriesOf(verb.lemma).length > 0);
}

/**
 * The dictionary's readings of a clause, best first: every pattern that fits (by precedence), or else the bare
 * verb's. Empty when the verb is not in the dictionary.
 */
export function matchClause(index: DictionaryIndex, frame: ClauseFrame): DictionaryMatch[] {
  const r = search(index, frame);
  if (!r) return [];
  if (r.found.length === 0) return [result(r.c, null, [], frame)];
  if (r.found.length > 1) {
    const tie = tieOf(r);
    r.found.sort(([a], [b]) => precedence(a, b, tie));
  }
  return r.found.map(([p, captures]) => result(r.c, p, captures, frame));
}

/** `matchClause(index, frame)[0]`, without building the readings that are not the best. */
export function bestClauseMatch(index: DictionaryIndex, frame: ClauseFrame): DictionaryMatch | undefined {
  const r = search(index, frame);
  if (!r) return undefined;
  if (r.found.length === 0) return result(r.c, null, [], frame);
  // The first of the fits that no later one precedes: what a stable sort puts first.
  let best = r.found[0]!;
  if (r.found.length > 1) {
    const tie = tieOf(r);
    for (const f of r.found) if (precedence(f[0], best[0], tie) < 0) best = f;
  }
  return result(r.c, best[0], best[1], frame);
}
