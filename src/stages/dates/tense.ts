import type { Token } from '../../model/index.ts';
import type { DateWords } from '../../lexicons/dates/words.ts';

export type Tense = 'past' | 'future' | 'none';

/** The tense cues of the date words, as sets, built once in the stage's setup. */
export interface TenseWords {
  past: ReadonlySet<string>;
  future: ReadonlySet<string>;
}

export function tenseWords(words: DateWords): TenseWords {
  return { past: new Set(words.pastVerbs), future: new Set(words.futureMarkers) };
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);

/**
 * Tense of the verb that governs a timex: the nearest verb before it in the sentence, else the nearest
 * after it. Underspecified dates look back from a past verb, ahead from a future one, and otherwise
 * take the nearest occurrence ("said in July" is the past July, "expires in February" the coming one).
 */
export function governingTense(tokens: readonly Token[], start: number, end: number, { past, future }: TenseWords): Tense {
  let verb = -1;
  for (let i = 0; i < tokens.length && tokens[i]!.end <= start; i++) if (isVerb(tokens[i]!)) verb = i;
  if (verb < 0) for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= end && isVerb(tokens[i]!)) { verb = i; break; }
  if (verb < 0) return 'none';
  // The verb group: the verb and the auxiliaries, particles and adverbs just before it.
  let first = verb;
  while (first > 0 && verb - first < 4 && /^(AUX|PART|ADV|VERB)$/.test(tokens[first - 1]!.pos)) first--;
  const group = tokens.slice(first, verb + 1).map((t) => t.text.toLowerCase());
  if (group.some((w) => future.has(w))) return 'future';
  // "is to resume", "were planning to drive" point ahead; an infinitive after a noun ("celebrations to mark") does not.
  if (group.indexOf('to') > 0 && group.at(-1) === tokens[verb]!.lemma.toLowerCase()) return 'future';
  if (group.some((w) => past.has(w) || PAST_AUX.has(w))) return 'past';
  const last = tokens[verb]!;
  if (/ed$/i.test(last.text) && last.text.toLowerCase() !== last.lemma.toLowerCase()) return 'past';
  // The news present ("says Tuesday", "expires in February") points neither way: the nearest occurrence wins.
  return 'none';
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}
