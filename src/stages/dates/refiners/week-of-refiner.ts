import type { Refiner } from 'chrono-node';
import { annotate, annotations } from '../draft.ts';

const WEEK_OF = /\bthe\s+week\s+of\s+$/i;

/**
 * "the week of March 6" is the week that holds the day: one timex at week granularity, which swallows the
 * "the week" read on its own.
 */
export const weekOfRefiner: Refiner = {
  refine(context, results) {
    const widened = new Set<(typeof results)[number]>();
    for (const result of results) {
      const spec = annotations.get(result)?.spec;
      if (spec?.kind !== 'point' || spec.granularity !== 'day' || spec.fields.day === undefined) continue;
      const lead = context.text.slice(Math.max(0, result.index - 20), result.index).match(WEEK_OF)?.[0];
      if (!lead) continue;
      result.index -= lead.length;
      result.text = context.text.slice(result.index, result.index + lead.length + result.text.length);
      annotate(result, { spec: { ...spec, granularity: 'week' } });
      widened.add(result);
    }
    if (widened.size === 0) return results;
    const inside = (r: (typeof results)[number]) =>
      [...widened].some((w) => w !== r && w.index <= r.index && r.index + r.text.length <= w.index + w.text.length);
    return results.filter((r) => !inside(r));
  },
};
