/**
 * Object nouns the dictionary itself treats as one: where two one-word object patterns (`* DEMONSTRATION [141]`,
 * `* PROTEST [141]`) get the same code under at least MIN_VERBS of the same verbs, and AGREEMENT times as many as
 * code them apart (DISPERSE codes a demonstration 170, a protest 175), a pattern written with one also reads the other ("resumed demonstrations" finds RESUME * PROTESTS
 * [140]; "denounced the charges" finds DENOUNCE * ACCUSATION). Derived from the dictionary's own patterns, never
 * from sentences: only verbs that tell their objects apart (some one-word object gets another code) count, and the
 * dictionary's wire coders wrote both nouns out for some verbs and only one for others. Pairs,
 * not their closure (ACCUSATION ~ REPORT and REPORT ~ STATEMENT do not make an accusation a statement). Number does
 * not count (PROTEST and PROTESTS are one noun); a synonym is read in both numbers.
 */
import type { Block, Pattern } from '../../../lexicons/events/petrarch-dictionary.ts';

/** Co-coded under fewer verbs, two nouns may only share one sense by chance. */
export const MIN_VERBS = 2;
/**
 * Coded alike at least this many times as often as apart: DEMONSTRATION ~ PROTEST (4 verbs to DISPERSE's 1) are
 * one, TALKS ~ VISIT (3 to START's and DELAY's 2) and PLAN ~ DECISION (4 to 2) are not.
 */
export const AGREEMENT = 3;

/** The singular of an upper-case noun by the regular rules (DEMONSTRATIONS → DEMONSTRATION, RALLIES → RALLY). */
export function singular(w: string): string {
  if (w.endsWith('IES') && w.length > 4) return `${w.slice(0, -3)}Y`;
  if (w.endsWith('S') && !w.endsWith('SS') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The regular plural of an upper-case singular noun (RALLY → RALLIES, PROTEST → PROTESTS). */
export function plural(w: string): string {
  if (/[^AEIOU]Y$/.test(w)) return `${w.slice(0, -1)}IES`;
  return /(S|X|CH|SH)$/.test(w) ? `${w}ES` : `${w}S`;
}

/** The singular object word of a pattern that is the verb and one plain word after it (`* PROTESTS`), else null. */
export function oneWordObject(p: Pick<Pattern, 'pre' | 'post'>): string | null {
  const only = p.post[0];
  return p.pre.length === 0 && p.post.length === 1 && typeof only === 'string' && /^[A-Z]+$/.test(only) ? singular(only) : null;
}

/**
 * Plurals whose singular is another word or sense ("arms" are weapons, an arm is not; "forces" are troops, force is
 * violence; "talks" are negotiations, a talk is a speech; "lives", "mines"): they stay plural.
 */
const PLURAL_SENSES: ReadonlySet<string> = new Set(['ARMS', 'FORCES', 'RIGHTS', 'TALKS', 'RELATIONS', 'TIES', 'GOODS', 'DAMAGES', 'TERMS', 'LIVES', 'POWERS', 'MINES', 'HANDS', 'NEWS', 'MEANS', 'THANKS', 'WORDS', 'HEADQUARTERS', 'AUSPICES', 'ODDS', 'BARRACKS', 'SERIES', 'GALLOWS', 'STAKES', 'INTERESTS', 'AFFAIRS']);

/**
 * "received the Egyptian foreign minister" is RECEIVE * MINISTERS [043:042]: a pattern's plain plural noun also reads
 * its singular, as a plural in the text already reads a singular pattern by its lemma. Only a regular plural
 * (its singular pluralises back to it), and not one whose singular means something else (PLURAL_SENSES).
 */
export function singularReading(word: string): string | null {
  if (PLURAL_SENSES.has(word)) return null;
  // "CLASHES" is CLASH, not CLASHE: a sibilant's "-es" goes first.
  const one = /(CH|SH|X|Z)ES$/.test(word) ? word.slice(0, -2) : singular(word);
  return one !== word && plural(one) === word ? one : null;
}

/** The singular noun of a pattern that is the verb and one prepositional phrase of one plain word (`* (FOR VISIT)`), else null. */
export function onePhraseObject(p: Pick<Pattern, 'pre' | 'post'>): string | null {
  const only = p.post[0];
  if (p.pre.length > 0 || p.post.length !== 1 || typeof only !== 'object' || !('pp' in only) || only.np.length !== 1) return null;
  return /^[A-Z]+$/.test(only.np[0]!) ? singular(only.np[0]!) : null;
}

/** Upper-case object word → the words (both numbers) a pattern written with it also reads. */
export function objectSynonyms(blocks: readonly Pick<Block, 'name' | 'code' | 'patterns'>[]): Map<string, string[]> {
  // verb → singular object noun → codes it gets, for patterns that are the verb and one plain word after it.
  const byVerb = new Map<string, Map<string, Set<string>>>();
  for (const block of blocks) {
    for (const p of block.patterns) {
      const only = oneWordObject(p);
      if (only === null) continue;
      // `SUPPORT * DECISION` [051] codes what the bare verb codes: the object's sense plays no part in it.
      if (p.code === block.code) continue;
      const verb = p.for ?? block.name;
      const nouns = byVerb.get(verb) ?? new Map<string, Set<string>>();
      byVerb.set(verb, nouns);
      nouns.set(only, (nouns.get(only) ?? new Set()).add(p.code));
    }
  }
  // Verbs that tell their objects apart; a verb that codes all its objects alike (CONDEMN: 111) says nothing about
  // which nouns are one. Each with its nouns in order and the one code of each noun that has only one.
  const verbs: { nouns: Map<string, Set<string>>; sorted: string[]; only: Map<string, string> }[] = [];
  for (const nouns of byVerb.values()) {
    const codes = new Set<string>();
    for (const c of nouns.values()) for (const code of c) codes.add(code);
    if (codes.size < 2) continue;
    const only = new Map<string, string>();
    for (const [noun, c] of nouns) if (c.size === 1) only.set(noun, c.values().next().value!);
    verbs.push({ nouns, sorted: [...nouns.keys()].sort((a, b) => (a < b ? -1 : 1)), only });
  }
  // Pairs coded alike, counted in the order of the verbs, then of the nouns: only nouns of one code can agree, so
  // each noun is paired only with the later nouns of its code, not with every later noun.
  const agree = new Map<string, number>();
  for (const { sorted, only } of verbs) {
    const byCode = new Map<string, string[]>();
    for (const noun of sorted) {
      const code = only.get(noun);
      if (code !== undefined) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(noun);
    }
    // Where each code's list is up to: `a` is its next noun, the ones after it are a's partners.
    const at = new Map<string, number>();
    for (const a of sorted) {
      const code = only.get(a);
      if (code === undefined) continue;
      const same = byCode.get(code)!;
      const i = at.get(code) ?? 0;
      at.set(code, i + 1);
      for (let j = i + 1; j < same.length; j++) {
        const pair = `${a} ${same[j]}`;
        agree.set(pair, (agree.get(pair) ?? 0) + 1);
      }
    }
  }
  // Pairs coded apart (no code in common), counted only for the pairs coded alike often enough to be kept.
  const partners = new Map<string, string[]>();
  for (const [pair, n] of agree) {
    if (n < MIN_VERBS) continue;
    const [a, b] = pair.split(' ') as [string, string];
    (partners.get(a) ?? partners.set(a, []).get(a)!).push(b);
  }
  const clash = new Map<string, number>();
  for (const { nouns } of verbs) {
    for (const [a, ca] of nouns) {
      for (const b of partners.get(a) ?? []) {
        const cb = nouns.get(b);
        if (cb === undefined || [...ca].some((c) => cb.has(c))) continue;
        const pair = `${a} ${b}`;
        clash.set(pair, (clash.get(pair) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    for (const w of [from, plural(from)]) out.set(w, [...(out.get(w) ?? []), to, plural(to)]);
  };
  for (const [pair, n] of agree) {
    if (n < MIN_VERBS || n < AGREEMENT * (clash.get(pair) ?? 0)) continue;
    const [a, b] = pair.split(' ') as [string, string];
    add(a, b);
    add(b, a);
  }
  return out;
}
