/**
 * Lookups over the compiled PETRARCH2 dictionary, built once in the stage's setup: verb forms → verb entries,
 * pattern tokens → the word sequences they accept, and, per block on first use, its patterns compiled.
 */
import type { Block, Element, Pattern, PetrarchDictionary, Token, Verb } from '../../../lexicons/events/petrarch-dictionary.ts';
import { indexDiscards, type DiscardTable } from './discards.ts';
import { indexIssues, type IssueSectionIndex } from './issues.ts';

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
  /** patterns that need no word (markers only, or nothing) */
  always: readonly CompiledPattern[];
}

export interface DictionaryIndex {
  dictionary: PetrarchDictionary;
  /** upper-case verb form → the entries listing it, in file order (the first is PETRARCH2's reading) */
  forms: ReadonlyMap<string, readonly VerbEntry[]>;
  /** a block's patterns, compiled on first use */
  patternsOf(block: Block): BlockPatterns;
  discards: DiscardTable;
  /** the issue coding, indexed on first use */
  issues(): readonly IssueSectionIndex[];
}

const MARKERS = new Set<string>(['$', '+', '%', '^']);

/** A set member [phrase, plural?] → one word sequence whose last position accepts both numbers. */
function memberSequence(member: readonly string[]): WordSequence {
  const words = member[0]!.split(' ');
  const plural = member[1]?.split(' ').at(-1);
  return words.map((w, i) => (i === words.length - 1 && plural ? [w, plural] : [w]));
}

function compileToken(token: Token, sets: ReadonlyMap<string, readonly WordSequence[]>): CompiledToken {
  if (MARKERS.has(token)) return { kind: 'marker', marker: token as Marker, slots: 1, literals: 0 };
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

type TokenCompiler = (token: Token) => CompiledToken;

function compileElement(e: Element, compile: TokenCompiler): CompiledElement {
  if (typeof e === 'string') return { kind: 'token', token: compile(e) };
  const tokens = e.np.map(compile);
  return 'pp' in e ? { kind: 'pp', preps: new Set(e.pp.split('/')), tokens } : { kind: 'np', tokens };
}

const tokensOf = (e: CompiledElement): readonly CompiledToken[] => (e.kind === 'token' ? [e.token] : e.tokens);
const slotsOf = (side: readonly CompiledElement[]) => side.reduce((n, e) => n + (e.kind === 'pp' ? 1 : 0) + tokensOf(e).reduce((k, t) => k + t.slots, 0), 0);

function compilePattern(pattern: Pattern, compile: TokenCompiler, preps: ReadonlySet<string>): CompiledPattern {
  const pre = pattern.pre.map((e) => compileElement(e, compile));
  const post = pattern.post.map((e) => compileElement(e, compile));
  const elements = [...pre, ...post];
  const tokens = elements.flatMap(tokensOf);
  const words = tokens.filter((t) => t.kind === 'words');
  const needs = [
    ...words.map((t) => t.lasts),
    ...elements.flatMap((e) => (e.kind === 'pp' ? [e.preps] : [])),
  ];
  return {
    pattern,
    pre,
    post,
    needs,
    preSlots: slotsOf(pre),
    postSlots: slotsOf(post),
    literals: tokens.reduce((n, t) => n + t.literals, 0) + elements.filter((e) => e.kind === 'pp').length,
    linear: [...pattern.pre, ...pattern.post].some((e) => typeof e === 'string' && preps.has(e)),
  };
}

/** File each pattern under the words of its smallest need (the fewest patterns to try per clause). */
function blockPatterns(all: readonly CompiledPattern[]): BlockPatterns {
  const byWord = new Map<string, CompiledPattern[]>();
  const always: CompiledPattern[] = [];
  for (const p of all) {
    const need = [...p.needs].sort((a, b) => a.size - b.size)[0];
    if (!need) {
      always.push(p);
      continue;
    }
    for (const w of need) {
      const list = byWord.get(w) ?? [];
      list.push(p);
      byWord.set(w, list);
    }
  }
  return { byWord, always };
}

/** Index the dictionary (once per process, in setup). */
export function indexDictionary(dictionary: PetrarchDictionary): DictionaryIndex {
  const sets = new Map(dictionary.verbs.sets.map((s) => [s.name, s.members.map(memberSequence)]));
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
  // A set expands into many word sequences: compile each distinct token once.
  const tokens = new Map<Token, CompiledToken>();
  const compile: TokenCompiler = (t) => {
    let c = tokens.get(t);
    if (!c) tokens.set(t, (c = compileToken(t, sets)));
    return c;
  };
  // The prepositions the dictionary writes as (PREP …): the same word bare is the older, linear notation.
  let preps: Set<string> | undefined;
  const prepositions = () =>
    (preps ??= new Set(
      dictionary.verbs.blocks.flatMap((b) => b.patterns.flatMap((p) => [...p.pre, ...p.post].flatMap((e) => (typeof e === 'object' && 'pp' in e ? e.pp.split('/') : [])))),
    ));
  let issues: IssueSectionIndex[] | undefined;
  return {
    dictionary,
    forms,
    discards: indexDiscards(dictionary.discards),
    issues: () => (issues ??= indexIssues(dictionary.issues)),
    patternsOf(block) {
      let patterns = compiled.get(block);
      if (!patterns) compiled.set(block, (patterns = blockPatterns(block.patterns.map((p) => compilePattern(p, compile, prepositions())))));
      return patterns;
    },
  };
}
