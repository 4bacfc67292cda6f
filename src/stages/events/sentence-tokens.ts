import type { Doc } from '../../model/index.ts';

/** A token of one sentence, with the normalised forms the event rules compare. */
export interface Tok {
  /** index into doc.tokens */
  index: number;
  text: string;
  lower: string;
  /** lower-case lemma; plural nouns also reduced to a crude singular */
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

/** The tokens of each sentence, in order. */
export function sentenceTokens(doc: Doc): Tok[][] {
  const out: Tok[][] = doc.sentences.map(() => []);
  doc.tokens.forEach((t, index) => {
    const lower = t.text.toLowerCase();
    let lemma = (t.lemma || t.text).toLowerCase();
    if (lemma === lower && (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s]s$/.test(lemma) && lemma.length > 3) {
      lemma = lemma.slice(0, -1);
    }
    out[t.sentence]?.push({ index, text: t.text, lower, lemma, pos: t.pos, start: t.start, end: t.end });
  });
  return out;
}

/** True when the lemma sequence `words` (space-separated) starts at token i. */
export function matchesAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  if (i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k]!;
    if (t.lemma !== words[k] && t.lower !== words[k]) return false;
  }
  return true;
}

/** Phrases (space-separated lemmas) indexed by their first word, longest first, for one lookup per token. */
export type PhraseIndex = Map<string, string[][]>;

/** A phrase as the tokens the segmenter makes of it: "cease-fire" is "cease", "-", "fire". */
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

/** The longest indexed phrase starting at token i, or null. */
export function phraseAt(toks: readonly Tok[], i: number, index: PhraseIndex): string[] | null {
  const t = toks[i]!;
  const list = index.get(t.lemma) ?? (t.lower !== t.lemma ? index.get(t.lower) : undefined);
  if (!list) return null;
  for (const words of list) if (matchesAt(toks, i, words)) return words;
  return null;
}
