import { z } from 'zod';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD that exists (2021-02-30 does not): publication dates, query ranges. */
export const CalendarDateSchema = z
  .string()
  .regex(SHAPE, 'expected a date as YYYY-MM-DD')
  // zod runs every check, so this one must not assume the shape held.
  .refine((s) => !SHAPE.test(s) || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
