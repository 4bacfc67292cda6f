/** Phrases (upper-case words) found in a token list, for the discard list and the issue coding. */

interface Entry<V> {
  words: readonly string[];
  value: V;
  /** the last word may be the start of a longer token (a discard written without a final `_`) */
  stem: boolean;
}

/** Signs a set of words is kept in: a block of the dictionary files some 500 words, which leave most signs clear. */
const SIGN_BITS = 14;

/**
 * A mix of a word's length and its first, middle and last letters: one of 2^SIGN_BITS signs, spread (multiplied
 * by odd constants) so that words of the common lengths and letters do not crowd into a few of them.
 */
const signOf = (word: string) => {
  const n = word.length;
  return (Math.imul(n, 0x9e3779b1) ^ Math.imul(word.charCodeAt(0) | 0, 0x85ebca6b) ^ Math.imul(word.charCodeAt(n >> 1) | 0, 0x27d4eb2f) ^ Math.imul(word.charCodeAt(n - 1) | 0, 0xc2b2ae35)) >>> (32 - SIGN_BITS);
};

/**
 * A set of words kept as one bit per sign: it answers "not there" without a lookup for most words not added, and
 * "may be" for the words added and a few others.
 */
export class WordBits {
  readonly #bits = new Uint32Array(1 << (SIGN_BITS - 5));

  add(word: string): void {
    const sign = signOf(word);
    this.#bits[sign >> 5] = this.#bits[sign >> 5]! | (1 << (sign & 31));
  }

  mayHold(word: string): boolean {
    const sign = signOf(word);
    return (this.#bits[sign >> 5]! & (1 << (sign & 31))) !== 0;
  }
}

export interface PhraseTable<V> {
  /** by first word (for a one-word stem, by the stem) */
  byFirst: ReadonlyMap<string, readonly Entry<V>[]>;
  /** the keys of `byFirst`: most tokens start no phrase, and are passed over without a lookup */
  firsts: WordBits;
  /**
   * The one-word stems (the first entry of each), longest first, by the code of their first `headLength` letters
   * (one or two): a token is tried against the few sharing its first letters, and cut into no pieces.
   */
  stems: ReadonlyMap<number, readonly Entry<V>[]>;
  headLength: number;
}

/** The first `n` (one or two) letters of a word as one number. */
const headCode = (word: string, n: number) => (n === 1 ? word.charCodeAt(0) : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));

export interface PhraseHit<V> {
  start: number;
  end: number;
  phrase: string;
  value: V;
}

export function phraseTable<V>(entries: readonly { phrase: string; value: V; stem?: boolean }[]): PhraseTable<V> {
  const byFirst = new Map<string, Entry<V>[]>();
  const firsts = new WordBits();
  for (const e of entries) {
    const words = e.phrase.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value: e.value, stem: e.stem === true });
    byFirst.set(words[0]!, list);
    firsts.add(words[0]!);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  // A word listed twice as a stem reads as its first entry.
  const oneWord = [...byFirst.values()].flatMap((list) => list.find((e) => e.stem && e.words.length === 1) ?? []);
  const headLength = Math.min(2, ...oneWord.map((e) => e.words[0]!.length));
  const stems = new Map<number, Entry<V>[]>();
  for (const e of oneWord.sort((a, b) => b.words[0]!.length - a.words[0]!.length)) {
    const head = headCode(e.words[0]!, headLength);
    const list = stems.get(head);
    if (list) list.push(e);
    else stems.set(head, [e]);
  }
  return { byFirst, firsts, stems, headLength };
}

function fits<V>(e: Entry<V>, words: readonly string[], i: number): boolean {
  if (i + e.words.length > words.length) return false;
  return e.words.every((w, k) => {
    const t = words[i + k]!;
    return t === w || (e.stem && k === e.words.length - 1 && t.startsWith(w));
  });
}

/**
 * The first of the stems (longest first) that begins the token and is not all of it, or null. A loop, not find with
 * a closure over the token: hitAt runs for every token, and V8 would allocate the closure's context with it.
 */
function stemOf<V>(stems: readonly Entry<V>[], token: string): Entry<V> | null {
  for (const e of stems) if (e.words[0]!.length < token.length && token.startsWith(e.words[0]!)) return e;
  return null;
}

/** The longest phrase starting at token `i`, or null; of one-word stems, the longest that begins the token (and is not all of it). */
function hitAt<V>(table: PhraseTable<V>, words: readonly string[], i: number): PhraseHit<V> | null {
  const token = words[i]!;
  let best: Entry<V> | null = null;
  const entries = table.firsts.mayHold(token) ? table.byFirst.get(token) : undefined;
  if (entries) for (const e of entries) if (fits(e, words, i) && (!best || e.words.length > best.words.length)) best = e;
  if (!best && token.length > table.headLength && table.stems.size > 0) {
    const stems = table.stems.get(headCode(token, table.headLength));
    if (stems) best = stemOf(stems, token);
  }
  return best && { start: i, end: i + best.words.length, phrase: best.words.join(' '), value: best.value };
}

/** Every phrase found, left to right, the longest at each place, none overlapping. */
export function findPhrases<V>(table: PhraseTable<V>, words: readonly string[]): PhraseHit<V>[] {
  const hits: PhraseHit<V>[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = hitAt(table, words, i);
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}
