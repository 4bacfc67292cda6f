import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';
import { joinDurations } from './compound-duration-refiner.ts';

const JOINS: [string, string, string | null][] = [
  ['P2Y', 'P3M', 'P2Y3M'],
  ['PT1H', 'PT20M', 'PT1H20M'],
  ['P1D', 'PT6H', 'P1DT6H'],
  ['P1Y', 'P10D', 'P1Y10D'],
  // Negative cases: the same unit twice, the smaller first, weeks, vague counts, halves already written in two units.
  ['P2Y', 'P3Y', null],
  ['PT20M', 'PT1H', null],
  ['P2W', 'P3D', null],
  ['PXY', 'P3M', null],
  ['P2Y6M', 'P3D', null],
];

for (const [larger, smaller, joined] of JOINS) {
  test(`compound duration: ${larger} and ${smaller} → ${joined ?? 'not one'}`, () => assert.equal(joinDurations(larger, smaller), joined));
}

// Published 2020-10-23.
const CASES: [string, string[]][] = [
  ['The flight took an hour and 20 minutes.', ['an hour and 20 minutes|DURATION|PT1H20M']],
  ['He served two years and three months.', ['two years and three months|DURATION|P2Y3M']],
  ['It took about two hours and 15 minutes.', ['about two hours and 15 minutes|DURATION|PT2H15M|APPROX']],
  // Not one length: no "and" between them, or "and" joining two clauses.
  ['They stayed three days, two of them in Paris.', ['three days|DURATION|P3D']],
  ['They met for three hours and then left for two days.', ['three hours|DURATION|PT3H', 'two days|DURATION|P2D']],
];

for (const [text, expected] of CASES) {
  test(`compound duration: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => assert.deepEqual(found(text), expected));
}
