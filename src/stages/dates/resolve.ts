import {
  addDays, addMonths, type Day, daysInMonth, dayValue, isValidDay, pad, quarterOf, seasonOf, weekday, weekValue,
} from './calendar.ts';
import type { Fields, PointSpec } from './draft.ts';
import type { Tense } from './tense.ts';

export interface Resolved {
  value: string | null;
  implied: string[];
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'] as const;

/**
 * The TIMEX3 value of a point, given the day it is anchored on (null: nothing anchors it, so unknown
 * fields stay X) and the tense of its governing verb for names without a year ("in July", "Friday").
 */
export function resolvePoint(spec: PointSpec, anchor: Day | null, tense: Tense): Resolved {
  const f = { ...spec.fields };
  const stated = new Set(Object.keys(f));
  if (spec.shift) {
    if (!anchor) return { value: null, implied: [] };
    if (spec.shift.n === null) return { value: null, implied: [] };
    const base = shiftDay(anchor, spec.shift.unit, spec.shift.n + (weekendIsBehind(spec, anchor, tense) ? -1 : 0));
    fill(f, base, spec.granularity);
  } else if (anchor) {
    pickOccurrence(f, spec, anchor, tense);
  }
  const implied = Object.keys(f).filter((k) => !stated.has(k) && k !== 'weekday' && k !== 'utc');
  return { value: format(f, spec.granularity), implied };
}

/**
 * A point after "since" began at or before the anchor ("have risen since December", "up since year-end" told in
 * October are last December, last year's end): a month or day whose year was filled in and that lies after the
 * anchor moves a year back. Other values are left as they are.
 */
export function notAfterAnchor(value: string, anchor: Day, implied: readonly string[]): string {
  if (!implied.includes('year')) return value;
  // A month or a day, with or without a time after it; weeks, quarters and seasons ("2020-W42", "2020-SU") never match.
  const date = value.match(/^\d{4}-\d\d(?:-\d\d)?/)?.[0];
  if (!date || date <= dayValue(anchor).slice(0, date.length)) return value;
  return `${pad(Number(value.slice(0, 4)) - 1, 4)}${value.slice(4)}`;
}

/** "(over) the weekend" told on a weekday, and not in the future, is the one just past, not the coming one. */
function weekendIsBehind(spec: PointSpec, anchor: Day, tense: Tense): boolean {
  const day = weekday(anchor);
  return spec.granularity === 'weekend' && spec.relation === 'latest' && tense !== 'future' && day >= 1 && day <= 5;
}

/** The anchor moved by n units; quarters move by three months, decades by ten years. */
export function shiftDay(anchor: Day, unit: string, n: number): Day {
  switch (unit) {
    case 'day': return addDays(anchor, n);
    case 'week': return addDays(anchor, 7 * n);
    case 'month': return addMonths(anchor, n);
    case 'quarter': return addMonths(anchor, 3 * n);
    case 'year': return addMonths(anchor, 12 * n);
    case 'decade': return addMonths(anchor, 120 * n);
    default: return addMonths(anchor, 1200 * n);
  }
}

/** Fill the fields a granularity needs from a day. */
function fill(f: Fields, d: Day, granularity: PointSpec['granularity']): void {
  f.year ??= d.year;
  if (granularity === 'century') f.century ??= Math.floor(d.year / 100);
  if (granularity === 'decade') f.decade ??= Math.floor(d.year / 10);
  if (granularity === 'quarter') f.quarter ??= quarterOf(d.month);
  if (granularity === 'half') f.half ??= d.month <= 6 ? 1 : 2;
  if (granularity === 'season') f.season ??= seasonOf(d.month);
  if (['month', 'week', 'weekend', 'day', 'partOfDay', 'time'].includes(granularity)) f.month ??= d.month;
  if (['week', 'weekend', 'day', 'partOfDay', 'time'].includes(granularity)) f.day ??= d.day;
}

/** For a name without a year (or a weekday without a date), choose the occurrence the tense points to. */
function pickOccurrence(f: Fields, spec: PointSpec, anchor: Day, tense: Tense): void {
  if (f.weekday !== undefined && f.day === undefined && f.month === undefined) {
    const direction = spec.relation === 'last' ? -1 : spec.relation === 'next' ? 1 : tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
    const d = weekdayNear(anchor, f.weekday, direction, spec.relation);
    fill(f, d, spec.granularity);
    return;
  }
  if (f.year !== undefined || f.decade !== undefined || f.century !== undefined) return;
  if (f.day !== undefined && f.month === undefined) {
    // A day of the month alone ("on the 26th"): the anchor's month, the month before for a later day told in the
    // past, the month after for an earlier day told ahead.
    const shift = tense === 'past' && f.day > anchor.day ? -1 : tense === 'future' && f.day < anchor.day ? 1 : 0;
    const { year, month } = addMonths({ ...anchor, day: 1 }, shift);
    fill(f, { year, month, day: f.day }, spec.granularity);
    return;
  }
  // How many months the named period lies after the anchor's, within the same year (-11 … 11).
  let diff: number | null = null;
  if (f.month !== undefined) diff = f.month - anchor.month;
  else if (f.quarter !== undefined) diff = 3 * (f.quarter - quarterOf(anchor.month));
  else if (f.half !== undefined) diff = 6 * (f.half - (anchor.month <= 6 ? 1 : 2));
  else if (f.season !== undefined) diff = 3 * (SEASON_ORDER.indexOf(f.season) - SEASON_ORDER.indexOf(seasonOf(anchor.month)));
  let year = anchor.year;
  if (diff !== null) {
    if (spec.relation === 'last' && diff >= 0) year--;
    else if (spec.relation === 'next' && diff <= 0) year++;
    else if (spec.relation === undefined) {
      // A past verb reaches back a year only for periods well after the anchor's; the same for the future.
      const [back, ahead] = tense === 'past' ? [4, 12] : tense === 'future' ? [12, 4] : [4, 6];
      if (diff > back) year--;
      else if (diff < -ahead) year++;
    }
  }
  const month = f.month ?? anchor.month;
  fill(f, { year, month, day: f.day ?? (spec.holiday ? ruledDay(year, month, spec.holiday) : anchor.day) }, spec.granularity);
}

/** The day of a weekday-ruled holiday: T4 = fourth Thursday, M1 = first Monday, ML = last Monday. */
export function ruledDay(year: number, month: number, rule: string): number {
  const target = rule[0] === 'T' ? 4 : 1;
  if (rule[1] === 'L') {
    const last = daysInMonth(year, month);
    return last - ((weekday({ year, month, day: last }) - target + 7) % 7);
  }
  const first = (target - weekday({ year, month, day: 1 }) + 7) % 7 + 1;
  return first + 7 * (Number(rule[1]) - 1);
}

function weekdayNear(anchor: Day, target: number, direction: number, relation: PointSpec['relation']): Day {
  const today = weekday(anchor);
  if (relation === 'this') return addDays(anchor, ((target + 6) % 7) - ((today + 6) % 7));
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  if (direction > 0) return addDays(anchor, relation === 'next' && ahead === 0 ? 7 : ahead);
  if (direction < 0) return addDays(anchor, relation === 'last' && back === 0 ? -7 : -back);
  return back <= ahead ? addDays(anchor, -back) : addDays(anchor, ahead);
}

const X = (n: number | undefined, width: number) => (n === undefined ? 'X'.repeat(width) : pad(n, width));

/** Write the fields at a granularity as TimeML does; unknown fields become X. */
export function format(f: Fields, granularity: PointSpec['granularity']): string | null {
  const year = X(f.year, 4);
  switch (granularity) {
    case 'century': return f.century !== undefined ? pad(f.century, 2) : 'XX';
    case 'decade': return f.decade !== undefined ? pad(f.decade, 3) : 'XXX';
    case 'year': return year;
    case 'half': return `${year}-H${f.half ?? 'X'}`;
    case 'quarter': return `${year}-Q${f.quarter ?? 'X'}`;
    case 'season': return `${year}-${f.season ?? 'XX'}`;
    case 'month': return `${year}-${X(f.month, 2)}`;
  }
  if (granularity === 'week' || granularity === 'weekend') {
    if (f.year === undefined || f.month === undefined || f.day === undefined) return `${year}-WXX${granularity === 'weekend' ? '-WE' : ''}`;
    return `${weekValue({ year: f.year, month: f.month, day: f.day })}${granularity === 'weekend' ? '-WE' : ''}`;
  }
  let day: string;
  if (f.year !== undefined && f.month !== undefined && f.day !== undefined) {
    if (!isValidDay({ year: f.year, month: f.month, day: f.day })) return null;
    day = dayValue({ year: f.year, month: f.month, day: f.day });
  } else if (f.month === undefined && f.day === undefined && f.weekday !== undefined) {
    day = `${year}-WXX-${f.weekday || 7}`;
  } else {
    day = `${year}-${X(f.month, 2)}-${X(f.day, 2)}`;
  }
  if (granularity === 'partOfDay') return `${day}T${f.partOfDay ?? 'XX'}`;
  const seconds = f.second === undefined ? '' : `:${pad(f.second, 2)}`;
  if (granularity === 'time') return `${day}T${X(f.hour, 2)}:${pad(f.minute ?? 0, 2)}${seconds}${f.utc ? 'Z' : ''}`;
  return day;
}
