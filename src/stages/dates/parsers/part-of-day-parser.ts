import { WEEKDAY, WEEKDAYS, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

/** "Wednesday night", "Friday morning", "Saturday overnight": a weekday with a part of the day, a DATE in TimeBank (the part is in the value). */
export const partOfDayParser = ({ PART_OF_DAY, words: { partsOfDay } }: DateVocabulary): TriggeredParser =>
  wordParser(`(?:(last|this|next)\\s+)?(${WEEKDAY})\\s+(${PART_OF_DAY})`, (match) => ({
  kind: 'point',
  type: 'DATE',
  granularity: 'partOfDay',
  fields: { weekday: WEEKDAYS[match[2]!.toLowerCase()]!, partOfDay: partsOfDay[match[3]!.toLowerCase()]! },
  ...(match[1] ? { relation: match[1].toLowerCase() as 'last' | 'this' | 'next' } : {}),
}), /day\s+(?:morning|afternoon|evening|night|overnight)/i);

const DAY_SHIFTS: Record<string, number> = { the: 0, that: 0, 'the next': 1, 'the following': 1, 'the previous': -1 };

/**
 * "in the morning", "that night", "the next morning": a part of a day named earlier in the text. "The night
 * of Oct. 23" and "the night the plane went down" name their day themselves and are left to other readings.
 */
export const anaphoricPartOfDayParser = ({ PART_OF_DAY, words: { partsOfDay } }: DateVocabulary): TriggeredParser =>
  wordParser(`(the\\s+next|the\\s+following|the\\s+previous|the|that)\\s+(${PART_OF_DAY})`, (match, context) => {
  const at = match.index ?? 0;
  const after = context.text.slice(at + match[0].length);
  if (/^\s+(?:of|the|a|an|when|[A-Z])\b/.test(after)) return null;
  // Plain "the morning" is a time only after a preposition of time ("in the morning"), not "the morning show".
  if (/^the$/i.test(match[1]!) && !/\b(?:in|during|through|throughout|by|until|till)\s+$/i.test(context.text.slice(Math.max(0, at - 12), at))) return null;
  return {
    kind: 'point',
    type: 'TIME',
    granularity: 'partOfDay',
    fields: { partOfDay: partsOfDay[match[2]!.toLowerCase()]! },
    shift: { unit: 'day', n: DAY_SHIFTS[match[1]!.toLowerCase().replace(/\s+/g, ' ')]! },
    anaphoric: true,
  };
}, /(?:the|that|next|following|previous)\s+(?:morning|afternoon|evening|night)/i);
