import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { unpairedBrackets } from './unpaired-bracket.ts';

const lex = loadTranslationLexicons();

test('unpaired-bracket: flags a bracket closed with none open, and not pairs, nesting or list enumerators', () => {
  const cases: [string, number[]][] = [
    ['Professor (Dennis V). Hickey) said the report was wrong.', [28]],
    ['The Central African Republic (CAR) said (on Monday (local time)) that it would.', []],
    ['The plan has two parts: 1) talks and 2) a ceasefire; a) first, b) second.', []],
    // a bracket opened at one line's end closes on the next (an aside broken over lines); one line later a stray close is still read
    ['He said (in Geneva\non Monday) that talks would resume.', []],
    ['He said (in Geneva\non Monday) that talks\nwould resume on Friday).', [63]],
    [':) and the end)', [1, 14]],
    // a table's row or a results listing is no sentence; the same stray bracket in a sentence is
    ['FRANKFURT 2,555.16 - 2.10 2,583.49) 2,284.86', []],
    ['Magnus Larsson (Sweden) beat David Nainkin (South Africa)) 6-4 6-1 6-1', []],
    ['The minister said the talks on North Korea\'s nuclear program) would resume.', [60]],
  ];
  for (const [text, expected] of cases) {
    const found = unpairedBrackets.check(paragraphDoc(text), lex).map((f) => f.start);
    assert.deepEqual(found, expected, text);
  }
});
