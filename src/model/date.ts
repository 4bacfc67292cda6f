import { z } from 'zod';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD that exists (2021-02-30 does not): publication dates, query ranges. */
export const CalendarDateSchema = z
  .string()
  .regex(SHAPE, 'expected a date as YYYY-MM-DD')
  // zod runs every check, so this one must not assume the shape held; month 13 is an invalid Date, not a throw.
  .refine((s) => !SHAPE.test(s) || isCalendarDay(s), 'not a calendar date (month 01–12, a day the month has)');

function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
