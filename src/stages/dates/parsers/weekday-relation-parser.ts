import type { PointSpec } from '../draft.ts';
import { WEEKDAY, WEEKDAYS, wordParser } from './patterns.ts';

const RELATIONS: Record<string, NonNullable<PointSpec['relation']>> = { previous: 'last', preceding: 'last', prior: 'last', following: 'next' };
/** The relation words as one alternation: the pattern and its trigger read the same list. */
const RELATION = Object.keys(RELATIONS).join('|');

/**
 * A weekday told from the day the story last named: "down 4.5% from the previous Friday" after a Friday's close is
 * the Friday a week before it, "arrived Tuesday and left the following Friday" the Friday after that Tuesday
 * (without an earlier date, the publication day's).
 */
export const weekdayRelationParser = wordParser(
  `the\\s+(${RELATION})\\s+(${WEEKDAY})`,
  (match): PointSpec => ({
    kind: 'point',
    type: 'DATE',
    granularity: 'day',
    fields: { weekday: WEEKDAYS[match[2]!.toLowerCase()]! },
    relation: RELATIONS[match[1]!.toLowerCase()]!,
    anaphoric: true,
  }),
  new RegExp(`(?:${RELATION})\\s+(?:${WEEKDAY})`, 'i'),
);
