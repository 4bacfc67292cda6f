import type { Fields } from '../draft.ts';
import { wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

const DAY_SHIFT: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };

/** "yesterday", "today", "tomorrow morning", "mid-afternoon yesterday", "last night", "the day before yesterday". */
export const casualDayParser = ({ PART_OF_DAY, words: { partsOfDay } }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(?:(${PART_OF_DAY})\\s+(?=(?:yesterday|today|tomorrow)\\b))?(the\\s+day\\s+(?:before|after)\\s+)?(?:(today|yesterday|tomorrow|tonight)|(this|last)(?=\\s+(?:${PART_OF_DAY})\\b))(?:'s)?(?:\\s+(${PART_OF_DAY}))?`,
    (match) => {
      const word = (match[3] ?? match[4])!.toLowerCase();
      // "afternoon yesterday" as well as "yesterday afternoon".
      const part = (match[5] ?? match[1])?.toLowerCase();
      if (!part && (word === 'this' || word === 'last')) return null;
      if (word === 'last' && part !== 'night') return null;
      let n = DAY_SHIFT[word]!;
      if (match[2]) n += /before/i.test(match[2]) ? -1 : 1;
      const fields: Fields = {};
      if (part) fields.partOfDay = partsOfDay[part]!;
      return {
        kind: 'point',
        type: part ? 'TIME' : 'DATE',
        granularity: part ? 'partOfDay' : 'day',
        fields,
        shift: { unit: 'day', n },
      };
    },
    /to(?:day|night|morrow)|yesterday|night|morning|afternoon|evening/i,
  );
