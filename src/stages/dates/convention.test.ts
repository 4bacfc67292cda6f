import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConvention, readNumericDate, type Convention, type DayOrder, type NumericCues } from './convention.ts';
import type { Day } from './calendar.ts';

const hints = (published: Day | null, convention: Convention = { own: null, dateline: null }) => ({ published, convention: () => convention });
const cues = (weekday: number | null = null, form: DayOrder | null = null): NumericCues => ({ weekday, form });
const OCT_23: Day = { year: 2020, month: 10, day: 23 };

// [first, second, year, cues, hints] → "month-day by cue"
const READINGS: [string, [number, number, number, NumericCues, ReturnType<typeof hints>], string | null][] = [
  ['23/10/2020 has one calendar reading', [23, 10, 2020, cues(), hints(OCT_23)], '10-23 by only reading'],
  ['3/20/2021 has one calendar reading', [3, 20, 2021, cues(), hints(OCT_23)], '3-20 by only reading'],
  ['5/5/2020 reads the same either way', [5, 5, 2020, cues(), hints(OCT_23)], '5-5 by only reading'],
  ['Tuesday, 03/11/2020: 3 November 2020 is a Tuesday', [3, 11, 2020, cues(2), hints(null)], '11-3 by weekday'],
  ['Wednesday, 03/11/2020: 11 March 2020 is a Wednesday', [3, 11, 2020, cues(3), hints(null)], '3-11 by weekday'],
  ['a weekday that fits neither reading leaves the order to the next cue', [3, 11, 2020, cues(5, 'day-first'), hints(null)], '11-3 by form'],
  ['03.11.2020: dots are day-first', [3, 11, 2020, cues(null, 'day-first'), hints(null)], '11-3 by form'],
  ['9/5/2023 4:40 PM: a 12-hour clock is month-first', [9, 5, 2023, cues(null, 'month-first'), hints(null)], '9-5 by form'],
  ['the document writes 23/10/2020 elsewhere', [3, 11, 2020, cues(), hints(null, { own: 'day-first', dateline: 'month-first' })], '11-3 by own dates'],
  ['12-07-2006 published on 7 December 2006', [12, 7, 2006, cues(), hints({ year: 2006, month: 12, day: 7 }, { own: null, dateline: 'day-first' })], '12-7 by publication date'],
  ['07-12-2006 published on 7 December 2006', [7, 12, 2006, cues(), hints({ year: 2006, month: 12, day: 7 })], '12-7 by publication date'],
  ['03/11/2020 under a Moscow dateline, far from the publication date', [3, 11, 2020, cues(), hints(OCT_23, { own: null, dateline: 'day-first' })], '11-3 by dateline'],
  ['03/11/2020 under a US dateline', [3, 11, 2020, cues(), hints(OCT_23, { own: null, dateline: 'month-first' })], '3-11 by dateline'],
  ['03/11/2020 with no cue at all', [3, 11, 2020, cues(), hints(null)], '3-11 by default'],
  ['31/31/2020 is no date', [31, 31, 2020, cues(), hints(OCT_23)], null],
  ['30/2/2020 and 2/30/2020 are no dates', [30, 2, 2020, cues(), hints(OCT_23)], null],
];

for (const [name, [first, second, year, c, h], expected] of READINGS) {
  test(`numeric date order: ${name}`, () => {
    const r = readNumericDate(first, second, year, c, h);
    assert.equal(r && `${r.month}-${r.day} by ${r.by}`, expected);
  });
}

const PLACES = new Set(['washington', 'n.y.', 'new york', 'philippines']);
// The dateline's places as the syntax stage reads them (city, then regions) → the order of numeric dates.
const DATELINES: [string, string[] | null, DayOrder | null][] = [
  ['a city and its country', ['SEOUL', 'South Korea'], 'day-first'],
  ['a city alone', ['ANKARA'], 'day-first'],
  ['a mixed-case city', ['Jakarta'], 'day-first'],
  ['a US city and its state', ['BUFFALO', 'N.Y.'], 'month-first'],
  ['a US city alone', ['WASHINGTON'], 'month-first'],
  ['a city of the Philippines', ['CEBU', 'Philippines'], 'month-first'],
  ['no dateline', null, null],
];

for (const [name, places, expected] of DATELINES) {
  test(`dateline convention: ${name}`, () => {
    assert.equal(readConvention('', places, PLACES).dateline, expected);
  });
}

const OWN: [string, DayOrder | null][] = [
  ['Signed on 23/10/2020, in force on 03/11/2020.', 'day-first'],
  ['Signed on 10/23/2020, in force on 03/11/2020.', 'month-first'],
  ['In force on 03/11/2020.', null],
  ['Dated 1996-08-22, phone 751-613, score 6-3.', null],
];

for (const [text, expected] of OWN) {
  test(`own numeric dates: ${JSON.stringify(text)} → ${expected}`, () => {
    assert.equal(readConvention(text, null, PLACES).own, expected);
  });
}
