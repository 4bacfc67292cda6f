import { franc } from 'franc-min';

/** Below this many letters franc's guess is noise; the article is treated as undetermined (and analysed). */
const MIN_LETTERS = 120;

/**
 * ISO 639-3 code of the article's language from its first 3,000 characters, or null when too short to
 * tell. Names and numbers (sports results, tables) confuse the guess, so only the letters' words are used.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 3000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === 'und' ? null : code;
}

/** Scots and English share most words; franc-min's Scots guesses on news are English. */
export function isEnglish(code: string | null): boolean {
  return code === null || code === 'eng' || code === 'sco';
}
