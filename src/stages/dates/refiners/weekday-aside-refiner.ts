import type { Refiner } from 'chrono-node';
import { annotate, annotations } from '../draft.ts';

/** Between a weekday and its date in brackets: "Saturday (January 7)", "Tuesday (10/10/2023)". */
const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

/**
 * A weekday with its date in brackets after it, as English editions of Indonesian, Malaysian and Vietnamese
 * outlets write ("on Tuesday (10/10/2023)"): one DATE, brackets included, whose stated weekday checks the date
 * (as "Tuesday, Oct. 10" is read), instead of a weekday and a date apart.
 */
export const weekdayAsideRefiner: Refiner = {
  refine(context, results) {
    const merged = new Set<(typeof results)[number]>();
    for (let i = 0; i + 1 < results.length; i++) {
      const [day, date] = [results[i]!, results[i + 1]!];
      const daySpec = annotations.get(day)?.spec;
      const dateSpec = annotations.get(date)?.spec;
      if (daySpec?.kind !== 'point' || dateSpec?.kind !== 'point') continue;
      if (daySpec.fields.weekday === undefined || Object.keys(daySpec.fields).length !== 1 || daySpec.shift) continue;
      if (dateSpec.fields.day === undefined || dateSpec.fields.weekday !== undefined || dateSpec.shift) continue;
      const dateEnd = date.index + date.text.length;
      if (!OPEN.test(context.text.slice(day.index + day.text.length, date.index))) continue;
      const close = context.text.slice(dateEnd).match(CLOSE)?.[0];
      if (!close) continue;
      date.text = context.text.slice(day.index, dateEnd + close.length);
      date.index = day.index;
      annotate(date, { spec: { ...dateSpec, fields: { ...dateSpec.fields, weekday: daySpec.fields.weekday } } });
      merged.add(day);
    }
    return merged.size === 0 ? results : results.filter((r) => !merged.has(r));
  },
};
