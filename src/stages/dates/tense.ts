import { has, WORD, type Syntax, type Tense, type TokenRange } from '../../model/index.ts';

export type { Tense };

/**
 * Tense of the verb that governs a timex: the nearest verb before it in the sentence, else the nearest
 * after it, as the syntax view reads its verb chain. Underspecified dates look back from a past verb, ahead
 * from a future one, and otherwise take the nearest occurrence ("said in July" is the past July, "expires in
 * February" the coming one).
 */
export function governingTense(syntax: Syntax, sentence: TokenRange, start: number, end: number): Tense {
  const { words } = syntax;
  let verb = -1;
  for (let i = sentence.first; i <= sentence.last && words[i]!.end <= start; i++) if (has(words[i], WORD.VERB)) verb = i;
  if (verb < 0) {
    for (let i = sentence.first; i <= sentence.last; i++) {
      if (words[i]!.start >= end && has(words[i], WORD.VERB)) {
        verb = i;
        break;
      }
    }
  }
  return verb < 0 ? 'none' : syntax.tenseAt(verb);
}
