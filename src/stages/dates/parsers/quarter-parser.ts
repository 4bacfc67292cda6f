import type { PointSpec } from '../draft.ts';
import { wordParser } from './patterns.ts';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 2 };
const YEAR = '(?:19|20)\\d\\d';

/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the 1988 second quarter",
 * "the first half of 1990", "the last half of 1989", "the first half of the year" (this year's), "fiscal
 * second-quarter", "the year-ago third quarter", "this year's third quarter".
 */
export const quarterParser = wordParser(
  `(?:(the|its|a|this|last|next|their|(?:this|last|next)\\s+year's)\\s+)?((?:(?:year-ago|year-earlier|latest|current|comparable|flat|fiscal|calendar|${YEAR})[\\s-]+)*)(first|second|third|fourth|1st|2nd|3rd|4th|last)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(${YEAR})|(this|last|next|the)\\s+year))?`,
  (match) => {
    const [, determiner, modifiers, ordinalText, unit, yearText, relativeYear] = match;
    const n = ORDINAL[ordinalText!.toLowerCase()]!;
    const half = unit!.toLowerCase() === 'half';
    if (half ? n > 2 : ordinalText!.toLowerCase() === 'last') return null;
    const spec: PointSpec = {
      kind: 'point',
      type: 'DATE',
      granularity: half ? 'half' : 'quarter',
      fields: half ? { half: n } : { quarter: n },
    };
    const year = yearText ?? modifiers?.match(new RegExp(YEAR))?.[0];
    if (year) spec.fields.year = Number(year);
    else if (/year-(ago|earlier)/i.test(modifiers ?? '') || /last/i.test(relativeYear ?? determiner ?? '')) spec.shift = { unit: 'year', n: -1 };
    else if (/next/i.test(relativeYear ?? determiner ?? '')) spec.shift = { unit: 'year', n: 1 };
    else if (relativeYear || /year's/i.test(determiner ?? '')) spec.shift = { unit: 'year', n: 0 };
    return spec;
  },
  /quarter|half/i,
);

/** "the 1988 period", "the 1988 quarter": in earnings news, the quarter under discussion in that year. */
export const yearPeriodParser = wordParser(`the\\s+(${YEAR})\\s+(?:period|quarter)`, (match) => ({
  kind: 'point', type: 'DATE', granularity: 'year', fields: { year: Number(match[1]) }, inheritsQuarter: true,
}), /\d{4}\s+(?:period|quarter)/i);
