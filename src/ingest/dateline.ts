/**
 * The dateline a wire story opens with ("OTTAWA, March 14 (Reuters) -", "KYIV, Ukraine, Oct. 3, 2022 (AP) —",
 * "LONDON (Reuters) -"): its place, and the publication date it gives. A dateline usually gives a month and a
 * day without the year; the year is then inferred from the dates written in the text, else from when the
 * file was last modified, and a message on the document says so.
 */
import type { InputMessage } from './limits.ts';
import { calendarDay, monthNumber } from './dates.ts';
import { firstDateline } from '../stages/syntax/datelines.ts';
import { entityLexicons } from '../lexicons/entities/entity-lexicons.ts';

/** Dates written with a month and a year anywhere in the text (the story's own time, unlike bare years). */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WRITTEN_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+${MONTH},?\s+)((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-\d{2}-\d{2}\b`, 'gu');

export interface Dateline {
  /** the place as written ("OTTAWA"), without the region that may follow it */
  place: string;
  month: number | null;
  day: number | null;
  year: number | null;
  /** the span of the date in the text (the whole dateline when it has no date) */
  start: number;
  end: number;
}

const isPlace = (name: string) => entityLexicons().places.has(name.toUpperCase());

/**
 * The dateline of the text (on its first line, or after a headline), as the syntax stage reads it, with its
 * date as numbers; null when there is none or its date is no calendar day ("February 30").
 */
export function readDateline(text: string): Dateline | null {
  const line = firstDateline(text, isPlace);
  if (!line) return null;
  const month = line.date ? monthNumber(line.date.month) : null;
  const day = line.date ? Number(line.date.day) : null;
  if (line.date && (!month || !day || !calendarDay(2000, month, day))) return null;
  const year = line.date?.year ? Number(line.date.year) : null;
  const span = line.date ?? line;
  return { place: text.slice(line.place.start, line.place.end), month, day, year, start: span.start, end: span.end };
}

export interface DatelineDate {
  published: string;
  /** true when the year was not written and had to be inferred */
  inferred: boolean;
  message: InputMessage;
}

/**
 * The publication date a dateline gives, the year inferred when it has none: the year the text's dates with a
 * month are most often in (ties: the one nearest the file's year, else the latest), else the year that puts
 * the date on or before the file's modification time. Null when the text has no dated dateline, or no year
 * can be inferred.
 */
export function datelineDate(text: string, modified: Date | null): DatelineDate | null {
  const line = readDateline(text);
  if (!line || line.month === null || line.day === null) return null;
  const written = text.slice(line.start, line.end);
  const message = (level: InputMessage['level'], rule: string, what: string): InputMessage =>
    ({ level, rule, start: line.start, end: line.end, text: what });
  if (line.year !== null) {
    const published = calendarDay(line.year, line.month, line.day);
    return published ? { published, inferred: false, message: message('info', 'dateline-date', `publication date ${published} read from the dateline "${written}"`) } : null;
  }
  const fromText = yearOfWrittenDates(text, line, modified);
  const fromFile = modified ? yearBefore(line.month, line.day, modified) : null;
  const year = fromText?.year ?? fromFile;
  if (year === null) return null;
  const published = calendarDay(year, line.month, line.day);
  if (!published) return null;
  const why = fromText
    ? `the dates written in the text (${fromText.count} in ${year})`
    : `the file's modification time (${modified!.toISOString().slice(0, 10)})`;
  return {
    published,
    inferred: true,
    message: message('warning', 'dateline-year-inferred',
      `the dateline "${written}" gives no year: publication date ${published}, the year inferred from ${why}; pass --published YYYY-MM-DD to set it`),
  };
}

function yearOfWrittenDates(text: string, line: Dateline, modified: Date | null): { year: number; count: number } | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(WRITTEN_DATE)) {
    if (m.index! < line.end) continue;
    const year = Number(m[1] ?? m[2]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const near = modified?.getUTCFullYear() ?? Infinity;
  let best: { year: number; count: number } | null = null;
  for (const [year, count] of counts) {
    const closer = best && Math.abs(year - near) < Math.abs(best.year - near);
    const later = best && Math.abs(year - near) === Math.abs(best.year - near) && year > best.year;
    if (!best || count > best.count || (count === best.count && (closer || later))) best = { year, count };
  }
  return best;
}

/** The year that puts month/day on the day of `modified` or in the twelve months before it. */
function yearBefore(month: number, day: number, modified: Date): number {
  const year = modified.getUTCFullYear();
  const sameYear = calendarDay(year, month, day);
  return sameYear !== null && sameYear <= modified.toISOString().slice(0, 10) ? year : year - 1;
}
