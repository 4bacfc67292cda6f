import { alternation, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

/**
 * Fixed and weekday-ruled holidays: "Christmas", "last Thanksgiving". The day of a ruled holiday depends on
 * the year, so the rule travels as fields the resolver fills: month here, day once the year is known.
 */
export const holidayParser = ({ words: { holidays } }: DateVocabulary): TriggeredParser =>
  wordParser(`(?:(last|this|next)\\s+)?(${alternation(Object.keys(holidays))})`, (match) => {
  const rule = holidays[match[2]!.toLowerCase().replace(/\s+/g, ' ')]!;
  const [month, day] = rule.split('-') as [string, string];
  const relation = match[1]?.toLowerCase() as 'last' | 'this' | 'next' | undefined;
  return {
    kind: 'point',
    type: 'DATE',
    granularity: 'day',
    fields: { month: Number(month), ...(/^\d+$/.test(day) ? { day: Number(day) } : {}) },
    holiday: /^\d+$/.test(day) ? undefined : day,
    ...(relation ? { relation } : {}),
  };
}, /christmas|thanksgiving|new year|halloween|valentine|independence day|labor day|memorial day/i);
