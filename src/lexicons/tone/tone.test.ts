import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tone } from './tone.ts';

describe('tone (positive minus negative words per 100 words)', () => {
  const cases: [string, number | null][] = [
    ['The talks were a great success.', 100 * 2 / 6],
    ['Troops killed ten people in a brutal attack.', -37.5],
    ['Officials met on Tuesday.', 0],
    ['Peace, not war.', 0],
    ['The ministers praised the deal.', 20],
    // "didn’t" is one word, whatever its apostrophe.
    ['They didn’t fail.', -100 / 3],
    // Words whose news senses are not judgements count for nothing.
    ['The United States and the Justice Ministry, like others.', 0],
    ['', null],
    ['2020 — 3.5%', null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const t = tone(text);
      if (expected === null) assert.equal(t, null);
      else assert.ok(t !== null && Math.abs(t - expected) < 1e-9, `${t} ≠ ${expected}`);
    });
  }
});
