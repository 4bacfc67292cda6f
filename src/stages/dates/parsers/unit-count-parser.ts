import type { LiteralSpec, PointSpec, ShiftUnit } from '../draft.ts';
import { wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

const DETERMINER = 'the|these|those|its|their|his|her|our|my|your';
const ADJECTIVE =
  'past|last|next|first|final|coming|previous|latest|remaining|following|initial|preceding|ensuing|recent|additional|further|other|prior|subsequent|early|few|future';
const BEFORE = /^(ago|earlier)$/i;
/** An amount just before "a year" makes it a rate: a number or number word, maybe with its noun. */
const AMOUNT_BEFORE = /(?:\d|million|billion|thousand|hundred|dozen)(?:\s+[a-z]+)?\s+$/i;

/** Words before a bare plural unit that make it a measure word, not a period ("a matter of days"). */
const BARE_BEFORE = /\b(?:matter\s+of|(?:hundreds|thousands|dozens)\s+of|such)\s+$/i;

const SHIFT_UNITS: Record<string, ShiftUnit> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century' };

/**
 * Counted units. "three years", "the past two months", "a few days", "two-year" are durations;
 * "three years ago" and "a year earlier" are dates shifted from the anchor.
 */
export const unitCountParser = ({ COUNT, UNIT, VAGUE, readCount, unitCode }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(?:(${DETERMINER})\\s+)?(?:(${ADJECTIVE})\\s+)?(?:(${COUNT}|${VAGUE})(\\s+and\\s+a\\s+half)?(?:\\s+(?:or|to)\\s+(?:so|more|${COUNT}))?[\\s-]+)?(?:(?:more|additional|consecutive|straight|trading|business|calendar|working|full|fiscal)\\s+)?(${UNIT})(s)?(?!-old)(\\s+(?:or|and)\\s+(?:${UNIT})s)?(-?long)?(\\s+and\\s+a\\s+half)?(?:\\s+(or\\s+so))?(?:\\s+(ago|earlier|later|from\\s+now|hence))?`,
    (match, context) => {
      const [, determiner, adjective, countText, halfBefore, unitText, plural, coordinated, long, halfAfter, orSo, tail] = match;
      // "two and a half years" and "two years and a half" both add a half.
      const half = halfBefore ?? halfAfter;
      // "weeks or months", "recent weeks and months": one vague period, read by its first unit.
      if (coordinated && (countText || !plural)) return null;
      // "coming 17 days after", "following 32 years of rule": a participle or preposition, not "the coming days".
      if (!determiner && countText && /^(?:coming|following)$/i.test(adjective ?? '')) return null;
      const code = unitCode(unitText!);
      const isTimeUnit = /^(second|minute|hour)$/i.test(unitText!);
      // "weeklong", "the month-long strike": one unit long.
      if (!countText && !plural && !long) return null;
      if (!countText && !determiner && !adjective && !plural) return null;
      // "a second" is an ordinal more often than a unit; "second" alone is never counted here.
      if (/^seconds?$/i.test(unitText!) && (!countText || /^an?$/i.test(countText))) return null;
      const at = match.index ?? 0;
      const after = context.text.slice(at + match[0].length, at + match[0].length + 8);
      // "52 years old" is an age, not a period.
      if (plural && /^\s+old\b/i.test(after)) return null;
      // "$2 million a year", "four flights a week", "24 hours a day": rates of an amount, not periods.
      if (!determiner && !adjective && !tail && /^an?$/i.test(countText ?? '') && AMOUNT_BEFORE.test(context.text.slice(Math.max(0, at - 30), at))) return null;
      // "three-quarters of", "a quarter of": fractions, not periods.
      if (/^quarter/i.test(unitText!) && (/-/.test(match[0]) && plural || /^\s+of\b/.test(context.text.slice((match.index ?? 0) + match[0].length)))) return null;
      // "in recent years", "future quarters": TimeBank reads these as the vague past or future, not as durations.
      if (!determiner && !countText && plural && !tail) {
        // "a matter of days", "hundreds of years", "such quarters", "minutes apart": idioms of measure, not periods.
        if (!adjective && (BARE_BEFORE.test(context.text.slice(Math.max(0, at - 20), at)) || /^\s+apart\b/i.test(after))) return null;
        if (/^(recent|past)$/i.test(adjective ?? '') && /^years?$/i.test(unitText!)) return { kind: 'literal', type: 'DATE', value: 'PAST_REF' };
        if (/^future$/i.test(adjective ?? '')) return { kind: 'literal', type: 'DATE', value: 'FUTURE_REF' };
      }
      const whole = countText ? readCount(countText) : long && !plural ? 1 : null;
      // "a minute and a half", "two hours and a half".
      const count = whole !== null && half ? whole + 0.5 : whole;
      // "a few years later" moves from an earlier date in the text; "three years ago" from the publication date.
      // "three days later" is the span "three days" in TimeBank (a duration); "a few years later" has no count
      // to measure, so it is read as the date it points at, after the earlier date in the text.
      const later = /^later$/i.test(tail ?? '');
      const spec = tail && !(later && count !== null)
        ? shifted(count, code, BEFORE.test(tail) ? -1 : 1, isTimeUnit, /^(later|earlier)$/i.test(tail) && count === null)
        : duration(count, code, isTimeUnit);
      // "the past two years" ends at the publication date, like "over the past year".
      if (spec.kind === 'literal' && /^(?:past|last)$/i.test(adjective ?? '') && /^the$/i.test(determiner ?? '')) spec.anchored = true;
      return orSo ? { ...spec, mod: 'APPROX' } : spec;
    },
    // The unit follows a space, a hyphen or the match's start, never a letter ("today", "Monday", "midnight").
    /(?<![a-z])(?:second|minute|hour|day|week|month|quarter|year|decade|centur|fortnight|night)/i,
  );

export function shifted(count: number | null, code: string, sign: number, isTimeUnit: boolean, anaphoric: boolean): PointSpec | LiteralSpec {
  const unit = SHIFT_UNITS[code];
  if (anaphoric && unit && !isTimeUnit) {
    const granularity = unit === 'decade' || unit === 'century' ? 'year' : unit;
    return {
      kind: 'point', type: 'DATE', granularity, fields: {}, shift: { unit, n: null }, anaphoric: true, ...(sign < 0 ? { relation: 'last' } : { relation: 'next' }),
      durationUnlessAnchored: durationValue(count, code, false),
    };
  }
  if (count === null || !unit || isTimeUnit || !Number.isInteger(count)) {
    return { kind: 'literal', type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
  // "two weeks ago", "in two weeks" point at a day (TimeBank: 1998-03-08), not at a week.
  const granularity = unit === 'decade' || unit === 'century' ? 'year' : unit === 'week' ? 'day' : unit;
  const spec: PointSpec = { kind: 'point', type: 'DATE', granularity, fields: {}, shift: { unit, n: sign * count } };
  if (unit === 'year' && count === 1 && sign < 0) spec.inheritsQuarter = true;
  return spec;
}

const SMALLER: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['M', 60] };

/** TIMEX3 duration value: P3Y, PT2H, P2Y6M for two and a half years, P6M for half a year, PXY when the count is vague. */
export function durationValue(count: number | null, code: string, isTimeUnit: boolean): string {
  // Minutes and months share the letter M; a fraction of a minute is seconds.
  const smaller = isTimeUnit && code === 'M' ? (['S', 60] as const) : SMALLER[code];
  if (count !== null && !Number.isInteger(count) && smaller) {
    // A fraction goes to the next smaller unit, as TimeML writes it: 5 1/2 hours = PT5H30M.
    const whole = Math.floor(count);
    const head = whole ? `${whole}${code}` : '';
    const rest = `${Math.round((count - whole) * smaller[1])}${smaller[0]}`;
    if (isTimeUnit) return `PT${head}${rest}`;
    return smaller[0] === 'H' ? `P${head}T${rest}` : `P${head}${rest}`;
  }
  let n: number | string = count ?? 'X';
  let unit = code;
  if (unit === 'DE') [n, unit] = [typeof n === 'number' ? n * 10 : n, 'Y'];
  if (unit === 'CE') [n, unit] = [typeof n === 'number' ? n * 100 : n, 'Y'];
  return isTimeUnit ? `PT${n}${unit}` : `P${n}${unit}`;
}

function duration(count: number | null, code: string, isTimeUnit: boolean): LiteralSpec {
  return { kind: 'literal', type: 'DURATION', value: durationValue(count, code, isTimeUnit) };
}
