import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, annotations, type Fields, type Granularity, type PointSpec } from '../draft.ts';

/**
 * Chrono's own results (month names, weekdays, clock times, numeric dates) carry known components but no
 * granularity: read the known ones as the stated fields and the finest of them as the granularity.
 */
export const chronoReadingRefiner: Refiner = {
  refine(context, results) {
    let extended = false;
    for (const result of results) {
      if (annotations.get(result)?.spec) continue;
      // Chrono stops at "GMT" in "7:34 AM GMT+7": the offset belongs to the time, which is then local, not UTC.
      const offset = /\b(?:UTC|GMT)$/.test(result.text) ? context.text.slice(result.index + result.text.length).match(GMT_OFFSET) : null;
      if (offset) {
        result.text += offset[0];
        extended = true;
      }
      annotate(result, { spec: readChrono(result) });
    }
    // A clock read inside the offset ("03:00" of "UTC+03:00") is part of it.
    return !extended ? results : results.filter((r) => !results.some((o) => o !== r && o.index < r.index && r.index < o.index + o.text.length));
  },
};

const GMT_OFFSET = /^[+-]\d{1,2}(?::?\d{2})?(?!\d)/;

function readChrono(result: ParsingResult): PointSpec {
  const start = result.start;
  const known = (c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'second') => (start.isCertain(c) ? (start.get(c) ?? undefined) : undefined);
  const fields: Fields = {};
  const set = <K extends keyof Fields>(key: K, value: Fields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('year', known('year'));
  set('month', known('month'));
  set('day', known('day'));
  set('weekday', known('weekday'));
  set('hour', known('hour'));
  set('minute', known('minute'));
  set('second', known('second'));
  // A clock time in UTC or GMT without an offset is written with Z; other zones keep the local clock, as TimeBank does.
  if (fields.hour !== undefined && /(?<!\()\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)/.test(result.text)) fields.utc = true;
  const tags = result.tags();
  let granularity: Granularity = 'year';
  if (fields.hour !== undefined) granularity = 'time';
  else if (tags.has('casualReference/evening') || tags.has('casualReference/morning') || tags.has('casualReference/afternoon')) {
    granularity = 'partOfDay';
    fields.partOfDay = tags.has('casualReference/morning') ? 'MO' : tags.has('casualReference/afternoon') ? 'AF' : /night/i.test(result.text) ? 'NI' : 'EV';
  } else if (fields.day !== undefined || fields.weekday !== undefined) granularity = 'day';
  else if (fields.month !== undefined) granularity = 'month';
  const spec: PointSpec = { kind: 'point', type: granularity === 'time' || granularity === 'partOfDay' ? 'TIME' : 'DATE', granularity, fields };
  const relation = result.text.match(/^(?:on\s+)?(last|past|next|this)\b/i)?.[1]?.toLowerCase();
  if (relation) spec.relation = relation === 'past' ? 'last' : (relation as 'last' | 'next' | 'this');
  // A clock time without a day ("at 10 p.m.") is on the day the story last named.
  if (granularity === 'time' && fields.day === undefined && fields.weekday === undefined && fields.month === undefined) spec.anaphoric = true;
  return spec;
}
