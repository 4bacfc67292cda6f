import type { ParsingOption } from 'chrono-node';
import { addDays, compareDays, isValidDay, weekday, type Day } from './calendar.ts';

export type DayOrder = 'day-first' | 'month-first';

/** What a document shows about how its outlet writes numeric dates (23/10/2020 or 10/23/2020). */
export interface Convention {
  /** The order its own unambiguous numeric dates show: 23/10/2020 is day-first, 10/23/2020 month-first. */
  own: DayOrder | null;
  /** The order of its dateline's country: month-first in the US and the Philippines, day-first elsewhere. */
  dateline: DayOrder | null;
}

/** The per-document hints chrono's parse option carries to the numeric-date refiner. */
export interface DateHints {
  published: Day | null;
  /** Read on first use: most documents have no ambiguous numeric date. */
  convention(): Convention;
  /** The years the document ties to named events ("the Marshall Plan in 1948"), read on first use (an anniversary needs them). */
  eventYears(): ReadonlyMap<string, number>;
}

export interface DateOption extends ParsingOption {
  hints: DateHints;
}

/** What sits beside one numeric date: a stated weekday, and its own form. */
export interface NumericCues {
  weekday: number | null;
  /** Dotted dates (03.11.2020) are never American; a 12-hour clock after the date (9/5/2023 4:40 PM) is. */
  form: DayOrder | null;
}

export interface NumericReading {
  month: number;
  day: number;
  /** Which cue decided the order (for tests and for the message when the weekday fits neither reading). */
  by: 'only reading' | 'weekday' | 'form' | 'own dates' | 'publication date' | 'dateline' | 'default';
}

/** A reading within this many days of the publication date is the likelier one: news is about the days around it. */
const NEAR_PUBLICATION = 7;

/**
 * Day and month of a numeric date whose order the text leaves open (03/11/2020). The order comes from, first to
 * last: the only calendar reading; a stated weekday that fits one reading; the date's own form; the document's
 * unambiguous numeric dates; a reading within a week of the publication date when the other is not; the
 * dateline's country; else month first. Null when neither reading is a calendar date.
 */
export function readNumericDate(first: number, second: number, year: number, cues: NumericCues, hints: Pick<DateHints, 'published' | 'convention'>): NumericReading | null {
  const dayFirst = { month: second, day: first };
  const monthFirst = { month: first, day: second };
  const valid = [dayFirst, monthFirst].filter((r) => isValidDay({ year, ...r }));
  if (valid.length === 0) return null;
  if (valid.length === 1 || first === second) return { ...valid[0]!, by: 'only reading' };
  const pick = (order: DayOrder, by: NumericReading['by']): NumericReading => ({ ...(order === 'day-first' ? dayFirst : monthFirst), by });
  if (cues.weekday !== null) {
    const fitting = valid.filter((r) => weekday({ year, ...r }) === cues.weekday);
    if (fitting.length === 1) return { ...fitting[0]!, by: 'weekday' };
  }
  if (cues.form) return pick(cues.form, 'form');
  const convention = hints.convention();
  if (convention.own) return pick(convention.own, 'own dates');
  if (hints.published) {
    const near = valid.filter((r) => withinDays({ year, ...r }, hints.published!, NEAR_PUBLICATION));
    if (near.length === 1) return { ...near[0]!, by: 'publication date' };
  }
  if (convention.dateline) return pick(convention.dateline, 'dateline');
  return pick('month-first', 'default');
}

function withinDays(a: Day, b: Day, days: number): boolean {
  return compareDays(a, addDays(b, -days)) >= 0 && compareDays(a, addDays(b, days)) <= 0;
}

/** A numeric date with a year, not part of a longer run of digits (not inside 1996-08-22 or a phone number). */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-]?\d)/g;
/** How the document writes numeric dates: from its own unambiguous ones, and from the place names of its dateline (city, then regions), if any. */
export function readConvention(text: string, datelinePlaces: readonly string[] | null, monthFirstPlaces: ReadonlySet<string>): Convention {
  return { own: ownOrder(text), dateline: datelineOrder(datelinePlaces, monthFirstPlaces) };
}

function ownOrder(text: string): DayOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  return dayFirst > monthFirst ? 'day-first' : monthFirst > dayFirst ? 'month-first' : null;
}

function datelineOrder(places: readonly string[] | null, monthFirstPlaces: ReadonlySet<string>): DayOrder | null {
  if (!places) return null;
  const names = places.map((n) => n.trim().toLowerCase().replace(/^the\s+/, ''));
  return names.some((n) => monthFirstPlaces.has(n)) ? 'month-first' : 'day-first';
}
