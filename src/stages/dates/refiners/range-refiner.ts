import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysInMonth } from '../calendar.ts';
import { annotate, annotations } from '../draft.ts';

/** The two days of a compact range chrono read as one: "June 15-16", "15-16 June 2024", "October 6 to 7". */
const DAY_RANGE = /^(.*?\b\d{1,2}(?:st|nd|rd|th)?)(\s*(?:-|–|to)\s*)(\d{1,2}\b.*)$/i;
/** A second day after a date: "April 24 and 25", "March 3 through 5, 2021", "October 6–7". */
const DAY_TAIL = /^(\s*(?:-|–|and|through|thru|until|till|to)\s*)(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,/-]\d|\s*(?:%|percent|[ap]\.?m\b))(?:,?\s+((?:19|20)\d\d)\b)?/i;
/** After the second day: the end of the phrase, its year, or a word that cannot be what it counts. */
const TAIL_END = /^(?:\s*$|\s*[,.;:)!?"'”]|\s+(?:in|at|on|for|with|and|or|when|while|as|to|from|by|the|this|next|last|that|respectively)\b)/i;
/** A second year: "1975-90", "2019/20" (two digits), "2019-2020" (four, which the year parser reads itself). */
const YEAR_TAIL = /^[-–/](\d{2})(?![\d%]|\s*(?:percent|%))/;

/** Joiners of a range written as one expression ("June 15-16", "March 3 to 5", "1975-90"); "and" joins two dates. */
const COMPACT_JOINER = /^\s*(?:-|–|to|through|thru)\s*$/i;
/** A range of two four-digit years the year parser read apart ("2019-2022", "1941–1945"). */
const YEAR_JOINER = /^[-–]$/;
const LONGEST_YEAR_RANGE = 50;

/** The second end of each compact range the range refiner found, by its first end. */
const compactEnds = new WeakMap<ParsingResult, ParsingResult>();

/**
 * A range keeps both its ends: the second end takes the month and year the first states ("June 15-16" → June 15
 * and June 16, "1975-90" → 1975 and 1990) instead of being cut off or folded into the first day. Two dates joined
 * by "and" stay two TIMEX3, as TimeBank annotates "April 24 and 25"; a range written as one expression is joined
 * into one by rangeJoinRefiner once both ends are read.
 */
export const rangeRefiner: Refiner = {
  refine(context, results) {
    if (results.length === 0) return results;
    const out: ParsingResult[] = [];
    for (const result of results) {
      const pieces = result.end ? splitDayRange(context, result) : null;
      if (pieces) {
        out.push(...pieces);
        compactEnds.set(pieces[0], pieces[1]);
        continue;
      }
      out.push(result);
      const tail = dayTail(context, result) ?? yearTail(context, result);
      if (tail && !results.some((r) => r.index === tail.index)) {
        out.push(tail);
        if (COMPACT_JOINER.test(context.text.slice(result.index + result.text.length, tail.index))) compactEnds.set(result, tail);
      }
    }
    // The year of "March 3 through 5, 2021" is inside the second day's span now.
    const inside = (r: ParsingResult) => out.some((o) => o !== r && o.index <= r.index && r.index + r.text.length <= o.index + o.text.length);
    return out.filter((r) => !inside(r)).sort((a, b) => a.index - b.index);
  },
};

/**
 * A range written as one expression is one TIMEX3 over its whole span, as the translation set and MEANTIME
 * annotate them ("June 15-16" DURATION P2D, "2019-2022" P3Y): the first end's reading with the last end's stated
 * fields as `through`. Runs after the chrono reading, when both ends have theirs.
 */
export const rangeJoinRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const first = results[i]!;
      const next = results[i + 1];
      const last = next && (compactEnds.get(first) === next || isYearRange(context, first, next)) ? next : null;
      const spec = annotations.get(first)?.spec;
      const through = last ? annotations.get(last)?.spec : undefined;
      if (!last || spec?.kind !== 'point' || through?.kind !== 'point') {
        out.push(first);
        continue;
      }
      const joined = context.createParsingResult(first.index, context.text.slice(first.index, last.index + last.text.length), first.start);
      annotate(joined, { ...annotations.get(first), spec: { ...spec, through: through.fields } });
      out.push(joined);
      i++;
    }
    return out;
  },
};

function isYearRange(context: ParsingContext, first: ParsingResult, next: ParsingResult): boolean {
  const a = annotations.get(first)?.spec;
  const b = annotations.get(next)?.spec;
  if (a?.kind !== 'point' || b?.kind !== 'point' || a.granularity !== 'year' || b.granularity !== 'year' || a.shift || b.shift) return false;
  if (!/^\d{4}$/.test(first.text) || !/^\d{4}$/.test(next.text)) return false;
  if (!YEAR_JOINER.test(context.text.slice(first.index + first.text.length, next.index))) return false;
  const span = b.fields.year! - a.fields.year!;
  return span > 0 && span <= LONGEST_YEAR_RANGE;
}

function splitDayRange(context: ParsingContext, result: ParsingResult): [ParsingResult, ParsingResult] | null {
  const m = result.text.match(DAY_RANGE);
  if (!m || !result.end) return null;
  const first = context.createParsingResult(result.index, m[1]!, result.start);
  const second = context.createParsingResult(result.index + m[1]!.length + m[2]!.length, m[3]!, result.end);
  return [first, second];
}

function dayTail(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  const start = result.start;
  if (annotations.has(result) || !start.isCertain('day') || !start.isCertain('month') || start.isCertain('hour')) return null;
  const at = result.index + result.text.length;
  const m = context.text.slice(at, at + 24).match(DAY_TAIL);
  if (!m || !TAIL_END.test(context.text.slice(at + m[0].length, at + m[0].length + 16))) return null;
  const day = Number(m[2]);
  const first = start.get('day')!;
  if (day <= first || day > daysInMonth(start.get('year')!, start.get('month')!)) return null;
  const components = start.clone().assign('day', day);
  // A year after the second day is the first day's too.
  if (m[3]) for (const c of [start, components]) c.assign('year', Number(m[3]));
  return context.createParsingResult(at + m[1]!.length, m[0].slice(m[1]!.length), components);
}

function yearTail(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  const spec = annotations.get(result)?.spec;
  if (spec?.kind !== 'point' || spec.granularity !== 'year' || spec.fields.year === undefined || !/\d{4}$/.test(result.text)) return null;
  const at = result.index + result.text.length;
  const m = context.text.slice(at, at + 12).match(YEAR_TAIL);
  if (!m) return null;
  const first = spec.fields.year;
  let year = first - (first % 100) + Number(m[1]);
  if (year <= first) year += 100;
  if (year - first > 20) return null;
  const tail = context.createParsingResult(at + 1, m[1]!);
  return annotate(tail, { spec: { kind: 'point', type: 'DATE', granularity: 'year', fields: { year } } });
}
