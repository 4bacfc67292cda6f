import { wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';
import { durationValue, shifted } from './unit-count-parser.ts';

/**
 * "in" right before the count, maybe with a quantity word the modifier refiner takes ("in about two weeks").
 * "in more than two years" is nearly always measured back ("the first visit in more than two years").
 */
const IN_BEFORE = '(?<=\\bin\\s+(?:(?:about|around|roughly|some|just|nearly|almost|less\\s+than|under)\\s+)?)';
/**
 * "the first time in two weeks", "the highest level in six years", "more rain than in a month": a stretch
 * measured back from now, not a date ahead. Looked for in the few words before "in".
 */
const MEASURED_BACK = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|last|latest|ever|record|time|times|since|than|more|less|fewer|most|least|best|worst|\w{2,}est)\b(?:\s+\S+){0,8}\s+$/i;

/**
 * "will resume in two weeks", "in three years' time": the date the count points to from the publication date
 * when the verb points ahead (TimeBank writes "would be redeemed in five years" as 1994); otherwise the
 * duration it was ("rose 5% in two weeks", "are up 75 percent in a year").
 */
export const inUnitsParser = ({ COUNT, VAGUE, readCount, unitCode }: DateVocabulary): TriggeredParser =>
  wordParser(
    `${IN_BEFORE}(${COUNT}|${VAGUE})[\\s-]+(day|week|month|year|decade)s?(?:'s?\\s+time)?`,
    (match, context) => {
      const at = match.index ?? 0;
      const before = context.text.slice(Math.max(0, at - 80), at).replace(/\bin\s+(?:\S+\s+){0,2}$/i, '');
      if (MEASURED_BACK.test(before)) return null;
      // "in two years of talks", "in five years old cars": the count measures something else.
      if (/^\s+(?:of|old|ago|earlier|later|apart|before|after)\b/i.test(context.text.slice(at + match[0].length))) return null;
      const count = readCount(match[1]!);
      const code = unitCode(match[2]!);
      const spec = shifted(count, code, 1, false, false);
      return { ...spec, durationUnlessFuture: durationValue(count, code, false) };
    },
    // The trigger keeps the pattern to sentences with "in" a few words before a unit; the lookbehind to the places after "in".
    /\bin\s+(?:[\w'-]+\s+){1,3}?(?:day|week|month|year|decade)/i,
  );
