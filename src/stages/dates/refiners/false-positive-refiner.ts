import type { Refiner } from 'chrono-node';
import { annotations } from '../draft.ts';

const MONTH_OR_VERB = /^(may|march)$/i;
const SHORT_NAME = /^(sun|sat|mon|wed|thu|fri|tue|jan|mar|apr|jun|jul|aug|sep|oct|nov|dec)$/i;
const MONTH_CONTEXT = /\b(in|of|since|until|through|by|last|next|this|early|late|mid|from|to|before|after|during)\s*-?$/i;

/**
 * Chrono reads some words as dates that rarely are in news: "may" and "march" as verbs, three-letter
 * names without a dot ("sun", "sat"), a bare number. Keep them only where the context says date.
 */
export const falsePositiveRefiner: Refiner = {
  refine(context, results) {
    return results.filter((result) => {
      const text = result.text.trim();
      const ours = annotations.has(result);
      if (/^\d+$/.test(text) && !ours) return false;
      // Clock times need a colon, a.m./p.m. or o'clock: "1.25 a" and "20" are prices and counts.
      if (!ours && result.start.isCertain('hour') && !/:|[ap]\.?m\b|o'clock|noon|midnight|morning|evening|night|afternoon/i.test(text)) return false;
      // "1/2", "7/8" are fractions; numeric dates need a year.
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
      if (SHORT_NAME.test(text)) return false;
      if (MONTH_OR_VERB.test(text)) {
        if (text === text.toLowerCase()) return false;
        const before = context.text.slice(Math.max(0, result.index - 12), result.index);
        return MONTH_CONTEXT.test(before.trimEnd());
      }
      return true;
    });
  },
};
