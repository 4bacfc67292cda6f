import type { Word } from '../model/index.ts';

/**
 * Lexicon phrases matched against the words of a sentence: each phrase is a sequence of lower-case words
 * or lemmas, indexed by its first word, longest first, so finding the phrase at a word is one lookup.
 */
export type PhraseIndex = Map<string, string[][]>;

/** A phrase as the segmenter tokenises it: "cease-fire" is "cease", "-", "fire". */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(' ').filter(Boolean).flatMap((w) => (w.length > 1 && w.includes('-') ? w.split(/(-)/).filter(Boolean) : [w]));
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** True when the sequence `words` starts at word i, each matched by its lemma or its lower-case form. */
export function matchesAt(ws: readonly Word[], i: number, words: readonly string[]): boolean {
  if (i + words.length > ws.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = ws[i + k]!;
    if (t.lemma !== words[k] && t.lower !== words[k]) return false;
  }
  return true;
}

/** The longest indexed phrase starting at word i, or null. */
export function phraseAt(ws: readonly Word[], i: number, index: PhraseIndex): string[] | null {
  const t = ws[i]!;
  const list = index.get(t.lemma) ?? (t.lower !== t.lemma ? index.get(t.lower) : undefined);
  if (!list) return null;
  for (const words of list) if (matchesAt(ws, i, words)) return words;
  return null;
}
