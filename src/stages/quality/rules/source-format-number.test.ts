import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyWord, loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { sourceFormatNumbers } from './source-format-number.ts';

const lex = loadTranslationLexicons();

test('source-format-number: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['The 11 daily report of Hongkong said', ['The 11 daily']],
    ['The Pentagon media director Manning, 9, said, "yes".', ['9']],
    ['it will happen on July NINE, he said', ['July NINE']],
    ['signed on May SEVENTEEN and on January TWENTY-FIRST', ['May SEVENTEEN', 'January TWENTY-FIRST']],
    ['talks in July USA TODAY reported', []],
    ['a loss of 2,5 million dollars', ['2,5']],
    ['John Smith, 45, said the plan failed.', []],
    ['on July 9 and for 9 days', []],
    ['the ministry said 9 days that the talks would go on', ['9 days']],
    ['the ministry said 9 days ago that it would', []],
    ['2,500 people and 1,200,000 dollars', []],
    ['met in Davos in the morning of 23 am (Japanese time)', ['23 am']],
    ['talks began at 23 p.m. local time', ['23 p.m.']],
    ['talks began at 11 am, 12 pm and 10:23 am, on 23 April at 9 pm', []],
    ['the documents of 1997 and 2008 years; the War of 1941–1945 years', ['1997 and 2008 years', '1941–1945 years']],
    ['2000 years of history, 1500 years ago, in 1997 and 2008, for 20 years, a fiscal 1996 year estimate, the 1996 year', []],
    // one dotted group of thousands before people or a currency; a decimal before a unit, a version number, a date
    ['Some 20.000 won were paid to 1.200 people.', ['20.000 won', '1.200 people']],
    // a bare number as an event's ordinal; a year, "the 11th", a count before a plain noun, "Group of 20 Summit"
    ['Cavusoglu, covered 11 Ambassadors\' Conference, held a press conference, and opened 3. Party Congress.', ['11', '3.']],
    ['the 2019 Summit, the 11th Ambassadors\' Conference, with 40 Summit participants, the Group of 20 Summit, at G20 Leaders\' Summit', []],
    ['a yield of 1.250 percent, version 2.100 was, on 12.05.2023 people, 1.500 million, 3.14159 people, 0.005 won, 1.125 dinars', []],
  ];
  for (const [text, expected] of cases) {
    const found = sourceFormatNumbers.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('source-format-number: an event\'s bare number is read as its English ordinal', () => {
  const text = 'he opened 3. Party Congress, attended 11 Ambassadors\' Conference and 21 Party Congress, and 2 Youth Festival';
  const readings = sourceFormatNumbers.check(paragraphDoc(text), lex).map((f) => f.text.match(/read "(.*)"$/)?.[1]);
  assert.deepEqual(readings, ['the 3rd', 'the 11th', 'the 21st', 'the 2nd']);
});

test('source-format-number: an event\'s first test (anyWord) finds an event name\'s last word where its alternation does', () => {
  const words = ['Conference', 'Summit', 'Meeting'];
  const test = anyWord(words);
  const cases: [string, boolean][] = [
    ['the 11 Ambassadors\' Conference', true],
    ['Summit', true],
    ['a Summitry of words', true],
    ['at the G20 meeting', false],
    ['SUMMIT', false],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    assert.equal(new RegExp(words.join('|'), 'u').test(text), expected, `pattern: ${text}`);
    assert.equal(test.test(text), expected, text);
  }
});
