import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineDate, readDateline } from './dateline.ts';

describe('readDateline', () => {
  const cases: [string, [string, number | null, number | null, number | null] | null][] = [
    ['OTTAWA, March 14 (Reuters) - Canada said', ['OTTAWA', 3, 14, null]],
    ['WASHINGTON, Oct. 22, 2020 (AP) — The', ['WASHINGTON', 10, 22, 2020]],
    ['KYIV, Ukraine, Sept 3 (Reuters) - Troops', ['KYIV', 9, 3, null]],
    ['BEIJING, 22 October 2020 (Xinhua) -- China', ['BEIJING', 10, 22, 2020]],
    ['NEW YORK, Jan 5 - Stocks fell', ['NEW YORK', 1, 5, null]],
    ['LONDON (Reuters) - Britain', ['LONDON', null, null, null]],
    ['Geneva, May 2 (AFP) - Talks', ['Geneva', 5, 2, null]],
    // Not datelines: no dash, a sentence, a mixed-case place without an agency, an impossible day.
    ['OTTAWA, March 14 was cold.', null],
    ['Canada said on March 14 - and', null],
    ['Paris, March 14 - a day to remember', null],
    ['OTTAWA, February 30 (Reuters) - x', null],
    ['The talks went on.', null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const d = readDateline(text);
      assert.deepEqual(d && [d.place, d.month, d.day, d.year], expected);
    });
  }

  it('points at the date it read', () => {
    const text = 'OTTAWA, March 14 (Reuters) - Canada said';
    const d = readDateline(text)!;
    assert.equal(text.slice(d.start, d.end), 'March 14');
  });
});

describe('datelineDate', () => {
  const modified = new Date('2024-03-20T10:00:00Z');
  const cases: [string, string, Date | null, string | null, boolean | null, RegExp | null][] = [
    ['a stated year', 'WASHINGTON, Oct. 22, 2020 (AP) — Talks.', modified, '2020-10-22', false, /read from the dateline/],
    ['the year of the dates written in the text', 'OTTAWA, March 14 (Reuters) - A deal signed on Feb. 2, 2019 and in March 2019 ended.', modified, '2019-03-14', true, /dates written in the text \(2 in 2019\)/],
    ['the file year when the date is before it', 'OTTAWA, March 14 (Reuters) - Canada said.', modified, '2024-03-14', true, /modification time \(2024-03-20\)/],
    ['the year before when the date is after the file', 'OTTAWA, Dec 30 (Reuters) - Canada said.', modified, '2023-12-30', true, /modification time/],
    ['no year anywhere', 'OTTAWA, March 14 (Reuters) - Canada said.', null, null, null, null],
    ['no date in the dateline', 'LONDON (Reuters) - Britain said.', modified, null, null, null],
  ];
  for (const [name, text, mtime, published, inferred, message] of cases) {
    it(name, () => {
      const d = datelineDate(text, mtime);
      assert.equal(d?.published ?? null, published);
      if (d) {
        assert.equal(d.inferred, inferred);
        assert.match(d.message.text, message!);
        assert.equal(d.message.rule, inferred ? 'dateline-year-inferred' : 'dateline-date');
      }
    });
  }
});
