/** Phrases (upper-case words) found in a token list, for the discard list and the issue coding. */

interface Entry<V> {
  words: readonly string[];
  value: V;
  /** the last word may be the start of a longer token (a discard written without a final `_`) */
  stem: boolean;
}

export interface PhraseTable<V> {
  /** by first word (for a one-word stem, by the stem) */
  byFirst: ReadonlyMap<string, readonly Entry<V>[]>;
  /** the lengths of the one-word stems, longest first, and their first `headLength` letters: a token none starts with needs no stem lookup */
  stemLengths: readonly number[];
  stemHeads: ReadonlySet<string>;
  headLength: number;
}

export interface PhraseHit<V> {
  start: number;
  end: number;
  phrase: string;
  value: V;
}

export function phraseTable<V>(entries: readonly { phrase: string; value: V; stem?: boolean }[]): PhraseTable<V> {
  const byFirst = new Map<string, Entry<V>[]>();
  for (const e of entries) {
    const words = e.phrase.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value: e.value, stem: e.stem === true });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const stems = [...byFirst.values()].flat().filter((e) => e.stem && e.words.length === 1).map((e) => e.words[0]!);
  const stemLengths = [...new Set(stems.map((w) => w.length))].sort((a, b) => b - a);
  const headLength = stemLengths.at(-1) ?? 0;
  return { byFirst, stemLengths, headLength, stemHeads: new Set(stems.map((w) => w.slice(0, headLength))) };
}

function fits<V>(e: Entry<V>, words: readonly string[], i: number): boolean {
  if (i + e.words.length > words.length) return false;
  return e.words.every((w, k) => {
    const t = words[i + k]!;
    return t === w || (e.stem && k === e.words.length - 1 && t.startsWith(w));
  });
}

/** The longest phrase starting at token `i`, or null; of one-word stems, the longest that begins the token. */
function hitAt<V>(table: PhraseTable<V>, words: readonly string[], i: number): PhraseHit<V> | null {
  const token = words[i]!;
  let best: Entry<V> | null = null;
  const entries = table.byFirst.get(token);
  if (entries) for (const e of entries) if (fits(e, words, i) && (!best || e.words.length > best.words.length)) best = e;
  if (!best && token.length > table.headLength && table.stemHeads.has(token.slice(0, table.headLength))) {
    for (const n of table.stemLengths) {
      if (n >= token.length) continue;
      best = table.byFirst.get(token.slice(0, n))?.find((e) => e.stem && e.words.length === 1) ?? null;
      if (best) break;
    }
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
