import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const WORDS = /\p{L}+(?:'\p{L}+)?/gu;

const ToneWordsSchema = z.object({
  source: z.string(),
  /** AFINN words left out, with why */
  dropped: z.record(z.string(), z.string()),
  positive: z.array(z.string()),
  negative: z.array(z.string()),
});

/** The tone words (AFINN-165 positive and negative words, see tone-words.json), loaded once per process. */
export const toneWords = once((): Map<string, 1 | -1> => {
  const words = readLexicon('tone/tone-words.json', ToneWordsSchema);
  return new Map<string, 1 | -1>([...words.positive.map((w) => [w, 1] as const), ...words.negative.map((w) => [w, -1] as const)]);
});

/**
 * Tone as GDELT defines document tone: the share of positive words minus the share of negative words, per
 * 100 words (-100..+100, news mostly -10..+10). Null for a text without words.
 */
export function tone(text: string): number | null {
  const words = text.replace(/[\u2018\u2019]/g, "'").toLowerCase().match(WORDS);
  if (!words) return null;
  const lex = toneWords();
  let sum = 0;
  for (const w of words) sum += lex.get(w) ?? 0;
  return (sum * 100) / words.length;
}
