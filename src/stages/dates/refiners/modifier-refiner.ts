import type { Refiner } from 'chrono-node';
import type { DateWords } from '../../../lexicons/dates/words.ts';
import { annotate, annotations } from '../draft.ts';
import { alternation } from '../parsers/patterns.ts';

/** "late on Tuesday", "early on Oct. 6": the part of a day, as "late Tuesday" (TimeML: the day with mod END). */
const EARLY_LATE_ON = /(?<![\w'])(early|late)\s+on\s+$/i;
const DAY_GRAINS = new Set(['day', 'partOfDay']);
/**
 * What "earlier" and "later" may lead: a period counted from now ("earlier this month") or the day told from it
 * ("earlier today", "Earlier yesterday"), which TimeBank and MEANTIME mark with the modifier. TimeBank leaves
 * "Earlier" out before a weekday ("Earlier Friday, …": Friday alone three times in four).
 */
export const EARLIER_LATER_HEAD = /^(?:this|last|next|that|today|yesterday|tomorrow|tonight)\b/i;
const QUANTITY = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'up to', 'more than', 'less than', 'at least', 'at most', 'no more than']);

/**
 * Modifiers in front of a timex belong to it (TimeML extent) and set its mod: "about two years",
 * "nearly an hour", "early next year", "the end of 1990", "mid-1990s". Quantity words only go with durations.
 */
export function modifierRefiner({ modifiers }: DateWords): Refiner {
  const BEFORE = new RegExp(`(?<![\\w'])(${alternation(Object.keys(modifiers))})(?:\\s+|-)(?:the\\s+)?$`, 'i');
  return {
    refine(context, results) {
      for (const result of results) {
        const before = context.text.slice(Math.max(0, result.index - 30), result.index);
        const spec = annotations.get(result)?.spec;
        const match = before.match(BEFORE) ?? (spec?.kind === 'point' && DAY_GRAINS.has(spec.granularity) ? before.match(EARLY_LATE_ON) : null);
        if (!match) continue;
        const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
        const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
        const isPoint = spec?.kind === 'point';
        // Quantity words go with durations and dates, never with PAST_REF-like words or sets ("almost daily").
        if (QUANTITY.has(word) ? !(isDuration || isPoint) : !isPoint) continue;
        if ((word === 'earlier' || word === 'later') && !EARLIER_LATER_HEAD.test(result.text)) continue;
        // "the late 1970s": a decade keeps its article in front of the modifier (TimeBank extent).
        const article = spec?.kind === 'point' && spec.granularity === 'decade' ? (before.slice(0, -match[0].length).match(/(?<![\w'])the\s+$/)?.[0] ?? '') : '';
        const length = match[0].length + article.length;
        result.index -= length;
        result.text = context.text.slice(result.index, result.index + length + result.text.length);
        annotate(result, { mod: modifiers[word]! });
      }
      return results;
    },
  };
}
