import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicationDate, titleFromText } from './ingest.ts';
import type { RawArticle } from './readers/article.ts';

const raw = (text: string, published: string | null = null): RawArticle => ({ name: 'a.txt', text, title: null, url: null, source: null, published, messages: [] });
const modified = new Date('2024-03-20T00:00:00Z');

describe('publicationDate: the input own date, a dateline with its year, --published, a dateline with the year inferred', () => {
  const cases: [string, RawArticle, string | null, string | null, string | null, string | null][] = [
    ['the input date wins', raw('OTTAWA, March 14, 2023 (Reuters) - x', '2023-03-15'), '2024-01-01', '2023-03-15', 'input', null],
    ['a dateline with its year wins over the flag', raw('OTTAWA, March 14, 2023 (Reuters) - x'), '2024-01-01', '2023-03-14', 'dateline', 'dateline-date'],
    ['the flag wins over an inferred year', raw('OTTAWA, March 14 (Reuters) - x'), '2024-01-01', '2024-01-01', 'flag', null],
    ['an inferred year without the flag', raw('OTTAWA, March 14 (Reuters) - x'), null, '2024-03-14', 'inferred', 'dateline-year-inferred'],
    ['the flag for a text with no dateline', raw('Canada said so.'), '2024-01-01', '2024-01-01', 'flag', null],
    ['nothing at all', raw('Canada said so.'), null, null, null, null],
  ];
  for (const [name, input, flag, published, source, rule] of cases) {
    it(name, () => {
      const d = publicationDate(input, flag, modified);
      assert.deepEqual([d.published, d.source, d.messages[0]?.rule ?? null], [published, source, rule]);
    });
  }
});

describe('titleFromText', () => {
  const cases: [string, string | null][] = [
    ['Canada expels diplomats\nOTTAWA (Reuters) - Canada', 'Canada expels diplomats'],
    ['\n\n  First line here  \nsecond', 'First line here'],
    ['OTTAWA, March 14 (Reuters) - Canada expelled two diplomats.', 'Canada expelled two diplomats.'],
    [`${'word '.repeat(40)}end`, `${'word '.repeat(24).trim()}…`],
    ['   \n ', null],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text.slice(0, 40)), () => assert.equal(titleFromText(text), expected));
});
