import type { ParsingResult } from 'chrono-node';
import type { TimexType } from '../../model/index.ts';

export type Granularity =
  | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'partOfDay' | 'time';
export type ShiftUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** What the text stated about a point in time; everything else is filled in from the anchor. */
export interface Fields {
  century?: number;
  decade?: number;
  year?: number;
  half?: number;
  quarter?: number;
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  month?: number;
  day?: number;
  weekday?: number;
  partOfDay?: 'MO' | 'AF' | 'EV' | 'NI';
  hour?: number;
  minute?: number;
  second?: number;
  /** The clock time was stated in UTC ("16:08 UTC", "0735 GMT"): ISO 8601 writes it with Z. */
  utc?: boolean;
}

/**
 * A point (DATE or TIME) as read from the text, before anchoring:
 * `shift` moves the anchor ("last week", "three years ago"); `relation` picks which occurrence of a
 * named period is meant ("last April", "next Friday"); `anaphoric` anchors it on an earlier timex.
 */
export interface PointSpec {
  kind: 'point';
  type: 'DATE' | 'TIME';
  granularity: Granularity;
  fields: Fields;
  shift?: { unit: ShiftUnit; n: number | null };
  relation?: 'last' | 'this' | 'next' | 'latest';
  anaphoric?: boolean;
  /** "a year earlier", "the 1988 period" next to a quarter mean that quarter in that year (financial news). */
  inheritsQuarter?: boolean;
  /** Weekday rule of a holiday whose day depends on the year: T4 = fourth Thursday, ML = last Monday. */
  holiday?: string;
  mod?: string;
  /** The DURATION value this reads as unless its verb points ahead: "will resume in two weeks" is a date, "rose 5% in two weeks" a duration. */
  durationUnlessFuture?: string;
  /** The DURATION value this reads as when no earlier date anchors it: "A few days later" opening a story is PXD. */
  durationUnlessAnchored?: string;
  /** The last point of a range written as one expression ("June 15-16", "2019-2022"): its own stated fields. */
  through?: Fields;
}

/** A value the text gives whole: durations, sets, PRESENT_REF and friends. */
export interface LiteralSpec {
  kind: 'literal';
  type: TimexType;
  /** null when the text names a date that cannot exist ("February 30"). */
  value: string | null;
  mod?: string;
  /** A duration that ends at the publication date ("over the past year"): anchored on it. */
  anchored?: boolean;
  /** As a point's: "will meet in a few weeks" is FUTURE_REF, "grew in a few weeks" a duration. */
  durationUnlessFuture?: string;
}

export type Spec = PointSpec | LiteralSpec;

export interface Annotation {
  spec?: Spec;
  mod?: string;
}

/**
 * TIMEX3 readings our parsers and refiners attach to chrono results. Chrono's results carry calendar
 * components, not granularity or durations, so the reading travels beside them, keyed by the result.
 */
export const annotations = new WeakMap<ParsingResult, Annotation>();

export function annotate(result: ParsingResult, annotation: Annotation): ParsingResult {
  annotations.set(result, { ...annotations.get(result), ...annotation });
  return result;
}
