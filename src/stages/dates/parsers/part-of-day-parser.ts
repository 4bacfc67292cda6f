import { dateWords } from '../../../lexicons/dates/words.ts';
import { PART_OF_DAY, WEEKDAY, WEEKDAYS, wordParser } from './patterns.ts';

const partsOfDay = dateWords().partsOfDay;

/** "Wednesday night", "Friday morning": a weekday with a part of the day, a DATE in TimeBank (the part is in the value). */
export const partOfDayParser = wordParser(`(?:(last|this|next)\\s+)?(${WEEKDAY})\\s+(${PART_OF_DAY})`, (match) => ({
  kind: 'point',
  type: 'DATE',
  granularity: 'partOfDay',
  fields: { weekday: WEEKDAYS[match[2]!.toLowerCase()]!, partOfDay: partsOfDay[match[3]!.toLowerCase()]! },
  ...(match[1] ? { relation: match[1].toLowerCase() as 'last' | 'this' | 'next' } : {}),
}), /day\s+(?:morning|afternoon|evening|night)/i);
