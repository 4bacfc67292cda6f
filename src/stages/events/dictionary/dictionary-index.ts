/**
 * Lookups over the compiled PETRARCH2 dictionary, built once in the stage's setup: verb forms → verb entries,
 * pattern tokens → the word sequences they accept, and, per block on first use, its patterns compiled.
 */
import type { Block, Element, Pattern, PetrarchDictionary, Token, Verb } from '../../../lexicons/events/petrarch-dictionary.ts';
import { indexDiscards, type DiscardTable } from './discards.ts';
import { indexIssues, type IssueSectionIndex } from './issues.ts';
import { objectSynonyms, onePhraseObject, oneWordObject, singular, singularReading } from './object-synonyms.ts';
import { WordBits } from './phrase-table.ts';

/** A verb of the dictionary as a form of it finds it. */
export interface VerbEntry {
  block: Block;
  verb: Verb;
  /** the words of a multi-word verb after / before its verb word */
  after: readonly string[];
  before: readonly string[];
}

/** What a pattern token accepts: word sequences, each position a list of accepted (upper-case) words. */
export type WordSequence = readonly (readonly string[])[];
export type Marker = '$' | '+' | '%' | '^';

/** `slots`: the words and sets the token names (AIR_STRIKE: 2), `literals`: of them, words; `lasts`: the words its sequences end on. */
export type CompiledToken =
  | { kind: 'words'; sequences: readonly WordSequence[]; byFirst: ReadonlyMap<string, readonly WordSequence[]>; lasts: ReadonlySet<string>; slots: number; literals: number }
  | { kind: 'marker'; marker: Marker; slots: 1; literals: 0 };

export type CompiledElement =
  | { kind: 'token'; token: CompiledToken }
  | { kind: 'np'; tokens: readonly CompiledToken[] }
  | { kind: 'pp'; preps: ReadonlySet<string>; tokens: readonly CompiledToken[] };

export interface CompiledPattern {
  pattern: Pattern;
  pre: readonly CompiledElement[];
  post: readonly CompiledElement[];
  /** one set per word slot the pattern needs: a frame lacking any of them cannot match (a cheap first test) */
  needs: readonly ReadonlySet<string>[];
  /** slots filled (words, sets, markers, prepositions) before and after the verb, and literal words among them: precedence keys */
  preSlots: number;
  postSlots: number;
  literals: number;
  /** a bare preposition (`* ATTACK ON +`): TABARI's linear notation, which PETRARCH2 no longer matched */
  linear: boolean;
}

/** A block's patterns, filed so that a clause reaches the few it can fit: by a word each needs. */
export interface BlockPatterns {
  /** word → the patterns that need it (each filed under the words of its narrowest need) */
  byWord: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** the words of `byWord`: most words of a clause are none of them, and are passed over without a lookup */
  filed: WordBits;
  /** patterns that need no word (markers only, or nothing) */
  always: readonly CompiledPattern[];
}

export interface DictionaryIndex {
  dictionary: PetrarchDictionary;
  /** the entries listing a verb form, in any case, in file order (the first is PETRARCH2's reading); one list per form, empty when none */
  entriesOf(word: string): readonly VerbEntry[];
  /** a block's patterns, compiled on first use */
  patternsOf(block: Block): BlockPatterns;
  discards: DiscardTable;
  /** the issue coding, indexed on first use */
  issues(): readonly IssueSectionIndex[];
}

const NO_ENTRIES: readonly VerbEntry[] = [];

const MARKERS = new Set<string>(['$', '+', '%', '^']);

/** A set member [phrase, plural?] → one word sequence whose last position accepts both numbers. */
function memberSequence(member: readonly string[]): WordSequence {
  const words = member[0]!.split(' ');
  const plural = member[1]?.split(' ').at(-1);
  return words.map((w, i) => (i === words.length - 1 && plural ? [w, plural] : [w]));
}

function compileToken(token: Token, sets: ReadonlyMap<string, readonly WordSequence[]>, synonyms: readonly string[]): CompiledToken {
  if (MARKERS.has(token)) return { kind: 'marker', marker: token as Marker, slots: 1, literals: 0 };
  // Most tokens are one plain word: built directly, without the general expansion below. It also reads the object
  // nouns the dictionary codes alike (object-synonyms.ts).
  if (!token.startsWith('&') && !token.includes('/') && !token.includes('_')) {
    const one = singularReading(token);
    const words = one === null || synonyms.includes(one) ? [token, ...synonyms] : [token, one, ...synonyms];
    const sequences = [[words]];
    return { kind: 'words', sequences, byFirst: new Map(words.map((w) => [w, sequences])), lasts: new Set(words), slots: 1, literals: 1 };
  }
  const part = (p: string): readonly WordSequence[] => (p.startsWith('&') ? (sets.get(p.slice(1)) ?? []) : [[[p]]]);
  // A token opening with & names one set (names hold underscores); elsewhere `_` joins parts and `/` separates alternatives.
  const alternatives = token.startsWith('&') ? [[token]] : token.split('/').map((alt) => alt.split('_'));
  const sequences: WordSequence[] = [];
  for (const parts of alternatives) {
    let acc: WordSequence[] = [[]];
    for (const p of parts) acc = acc.flatMap((prefix) => part(p).map((seq) => [...prefix, ...seq]));
    sequences.push(...acc);
  }
  const byFirst = new Map<string, WordSequence[]>();
  for (const seq of sequences) {
    for (const w of seq[0] ?? []) {
      const list = byFirst.get(w) ?? [];
      if (!list.includes(seq)) list.push(seq);
      byFirst.set(w, list);
    }
  }
  const first = alternatives[0]!;
  // Built once per token, not per pattern using it: a set (&COUNTRY) ends on thousands of words.
  const lasts = new Set(sequences.flatMap((s) => s.at(-1) ?? []));
  return { kind: 'words', sequences, byFirst, lasts, slots: first.length, literals: first.filter((p) => !p.startsWith('&')).length };
}

/**
 * Compiles elements, each distinct token, bare-token element and preposition list once for the whole dictionary:
 * patterns share them (`+`, `$`, common words), so the compiled blocks hold few objects of their own.
 */
class ElementCompiler {
  private readonly tokens = new Map<string, CompiledToken>();
  private readonly bare = new Map<string, CompiledElement>();
  private readonly preps = new Map<string, ReadonlySet<string>>();
  /**
   * The block being compiled's own one-word objects and one-phrase nouns (singular): a synonym the block writes a
   * pattern for is read by that pattern, not by its synonym's (ASK * HELP [020] is not ASK * AID [023]).
   */
  objects: ReadonlySet<string> = new Set();
  constructor(
    private readonly sets: ReadonlyMap<string, readonly WordSequence[]>,
    private readonly synonyms: ReadonlyMap<string, readonly string[]>,
  ) {}

  /** The token's cache key and the synonyms it reads in the current block. */
  private keyOf(t: Token): [string, readonly string[]] {
    const all = this.synonyms.get(t);
    if (!all) return [t, []];
    const kept = all.filter((w) => !this.objects.has(singular(w)));
    return [kept.length === all.length ? t : `${t}|${kept.join(' ')}`, kept];
  }

  token(t: Token): CompiledToken {
    const [key, synonyms] = this.keyOf(t);
    let c = this.tokens.get(key);
    if (!c) this.tokens.set(key, (c = compileToken(t, this.sets, synonyms)));
    return c;
  }

  element(e: Element): CompiledElement {
    if (typeof e === 'string') {
      const [key] = this.keyOf(e);
      let c = this.bare.get(key);
      if (!c) this.bare.set(key, (c = { kind: 'token', token: this.token(e) }));
      return c;
    }
    const tokens = e.np.map((t) => this.token(t));
    if (!('pp' in e)) return { kind: 'np', tokens };
    let preps = this.preps.get(e.pp);
    if (!preps) this.preps.set(e.pp, (preps = new Set(e.pp.split('/'))));
    return { kind: 'pp', preps, tokens };
  }
}

/** The slots and literal words of one compiled side, and the word sets it needs (appended to `words` and `preps`). */
function tallySide(side: readonly CompiledElement[], words: ReadonlySet<string>[], preps: ReadonlySet<string>[]): { slots: number; literals: number } {
  let slots = 0;
  let literals = 0;
  const tally = (t: CompiledToken) => {
    slots += t.slots;
    literals += t.literals;
    if (t.kind === 'words') words.push(t.lasts);
  };
  for (const e of side) {
    if (e.kind === 'token') tally(e.token);
    else e.tokens.forEach(tally);
    if (e.kind === 'pp') {
      slots++;
      literals++;
      preps.push(e.preps);
    }
  }
  return { slots, literals };
}

const isBarePrep = (preps: ReadonlySet<string>) => (e: Element) => typeof e === 'string' && preps.has(e);

function compilePattern(pattern: Pattern, compiler: ElementCompiler, preps: ReadonlySet<string>): CompiledPattern {
  const pre = pattern.pre.map((e) => compiler.element(e));
  const post = pattern.post.map((e) => compiler.element(e));
  // Words' sets first, then the prepositions: the order the narrowest need is chosen in.
  const needs: ReadonlySet<string>[] = [];
  const ppNeeds: ReadonlySet<string>[] = [];
  const before = tallySide(pre, needs, ppNeeds);
  const after = tallySide(post, needs, ppNeeds);
  needs.push(...ppNeeds);
  const bare = isBarePrep(preps);
  return {
    pattern,
    pre,
    post,
    needs,
    preSlots: before.slots,
    postSlots: after.slots,
    literals: before.literals + after.literals,
    linear: pattern.pre.some(bare) || pattern.post.some(bare),
  };
}

/** The first of the smallest needs (none: undefined). */
function narrowestNeed(needs: readonly ReadonlySet<string>[]): ReadonlySet<string> | undefined {
  let best: ReadonlySet<string> | undefined;
  for (const n of needs) if (!best || n.size < best.size) best = n;
  return best;
}

/** File each pattern under the words of its smallest need (the fewest patterns to try per clause). */
function blockPatterns(all: readonly CompiledPattern[]): BlockPatterns {
  const byWord = new Map<string, CompiledPattern[]>();
  const always: CompiledPattern[] = [];
  const filed = new WordBits();
  for (const p of all) {
    const need = narrowestNeed(p.needs);
    if (!need) {
      always.push(p);
      continue;
    }
    for (const w of need) {
      const list = byWord.get(w);
      if (list) list.push(p);
      else byWord.set(w, [p]);
      filed.add(w);
    }
  }
  return { byWord, filed, always };
}

/** Index the dictionary (once per process, in setup). */
export function indexDictionary(dictionary: PetrarchDictionary): DictionaryIndex {
  const sets = new Map(dictionary.verbs.sets.map((s) => [s.name, s.members.map(memberSequence)]));
  // Upper-case verb form → the entries listing it, in file order.
  const forms = new Map<string, VerbEntry[]>();
  for (const block of dictionary.verbs.blocks) {
    for (const verb of block.verbs) {
      const entry: VerbEntry = { block, verb, after: verb.after ?? [], before: verb.before ?? [] };
      for (const form of verb.forms) {
        // A verb written with its prefix (RE_+ARREST) is also found as one token, hyphenated or solid.
        const spellings = entry.before.length > 0 ? [form, [...entry.before, form].join('-'), [...entry.before, form].join('')] : [form];
        for (const s of spellings) {
          const list = forms.get(s) ?? [];
          if (!list.some((x) => x.verb === verb)) list.push(entry);
          forms.set(s, list);
        }
      }
    }
  }
  const compiled = new Map<Block, BlockPatterns>();
  const compiler = new ElementCompiler(sets, objectSynonyms(dictionary.verbs.blocks));
  // The prepositions the dictionary writes as (PREP …): the same word bare is the older, linear notation.
  // Gathered in loops at the first pattern compiled: arrays spread and flattened per pattern were most of its cost.
  let preps: Set<string> | undefined;
  const prepositions = () => {
    if (preps) return preps;
    preps = new Set();
    for (const b of dictionary.verbs.blocks) {
      for (const p of b.patterns) {
        for (const side of [p.pre, p.post]) for (const e of side) if (typeof e === 'object' && 'pp' in e) for (const w of e.pp.split('/')) preps.add(w);
      }
    }
    return preps;
  };
  let issues: IssueSectionIndex[] | undefined;
  // Words as the text writes them, remembered: the same verbs are asked for sentence after sentence, and a word
  // met before needs no upper-casing. Bounded, for a process that reads without end.
  const known = new Map<string, readonly VerbEntry[]>();
  return {
    dictionary,
    entriesOf(word) {
      let entries = known.get(word);
      if (entries === undefined) {
        if (known.size >= 50_000) known.clear();
        known.set(word, (entries = forms.get(word.toUpperCase()) ?? NO_ENTRIES));
      }
      return entries;
    },
    discards: indexDiscards(dictionary.discards),
    issues: () => (issues ??= indexIssues(dictionary.issues)),
    patternsOf(block) {
      let patterns = compiled.get(block);
      if (!patterns) {
        // Its own objects, and the nouns of its one-phrase patterns: ARRIVE * (FOR VISIT) reads a visit, not (FOR SUMMIT).
        compiler.objects = new Set(block.patterns.flatMap((p) => oneWordObject(p) ?? onePhraseObject(p) ?? []));
        compiled.set(block, (patterns = blockPatterns(block.patterns.map((p) => compilePattern(p, compiler, prepositions())))));
      }
      return patterns;
    },
  };
}
