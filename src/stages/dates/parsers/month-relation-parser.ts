import type { PointSpec } from '../draft.ts';
import { monthNumber, MONTHS, wordParser } from './patterns.ts';

const MONTH = `(${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)`;
const RELATIONS: Record<string, PointSpec['relation']> = { last: 'last', 'this past': 'last', this: 'this', next: 'next', 'this coming': 'next' };

/** A month named relative to the anchor: "last April", "this September", "June last year". */
export const monthRelationParser = wordParser(
  `(last|this\\s+past|this\\s+coming|this|next)\\s+${MONTH}(?!\\s+\\d)|${MONTH}\\s+(this|last|next)\\s+year`,
  (match) => {
    const month = monthNumber((match[2] ?? match[3])!);
    if (month === 0) return null;
    if (match[4]) {
      const n = { last: -1, this: 0, next: 1 }[match[4].toLowerCase() as 'last' | 'this' | 'next'];
      return { kind: 'point', type: 'DATE', granularity: 'month', fields: { month }, shift: { unit: 'year', n } };
    }
    const relation = RELATIONS[match[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
    return { kind: 'point', type: 'DATE', granularity: 'month', fields: { month }, relation };
  },
  /(?:last|this|next|past|coming)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:this|last|next)\s+year/i,
);
