import { francAll } from 'franc-min';

/** Below this many letters franc's guess is noise; the article is treated as undetermined (and analysed). */
const MIN_LETTERS = 100;
const ENGLISH_MARGIN = 0.9;

/** A line of running prose: several words, most of them lower-case (not a table row of names and scores). */
function isProse(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length / 2;
}

/**
 * ISO 639-3 code of the article's language from its prose lines (first 1,000 characters of them), or null
 * when there is too little prose to tell. Names and numbers (results tables, listings) confuse the guess,
 * and an article without prose is analysed as English.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.split(/\n|(?<=[.!?])\s+/).filter(isProse).join(' ').slice(0, 1000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const scores = francAll(sample, { minLength: MIN_LETTERS });
  const [top, score] = scores[0] ?? ['und', 0];
  if (top === 'und') return null;
  // Close calls go to English: a mostly-English text with many names must not be skipped.
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  return english >= score * ENGLISH_MARGIN ? 'eng' : top;
}

/** Scots and English share most words; franc-min's Scots guesses on news are English. */
export function isEnglish(code: string | null): boolean {
  return code === null || code === 'eng' || code === 'sco';
}
