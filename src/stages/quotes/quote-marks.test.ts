import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairQuoteMarks } from './quote-marks.ts';

const inner = (text: string, nextOpens = false) => {
  const { segments, problems } = pairQuoteMarks(text, 0, text.length, nextOpens);
  return { quotes: segments.map((s) => [s.depth, text.slice(s.innerStart, s.innerEnd), s.closed, s.runsOn]), problems: problems.length };
};

test('pairQuoteMarks pairs straight, curly, guillemet and low-9 marks', () => {
  const cases: [string, unknown[]][] = [
    ['He said "yes" and "no".', [[0, 'yes', true, false], [0, 'no', true, false]]],
    ['He said “yes” today.', [[0, 'yes', true, false]]],
    ['Il a dit «oui».', [[0, 'oui', true, false]]],
    ['Er sagte „ja“.', [[0, 'ja', true, false]]],
    ['"He told me \'never\' twice," she said.', [[0, "He told me 'never' twice,", true, false], [1, 'never', true, false]]],
    ["It's the group's view.", []],
    // Doubled apostrophes are a double mark (PTB-style archives); a lone apostrophe stays one.
    ["''We will win,'' she said of the ''Russian card''.", [[0, 'We will win,', true, false], [0, 'Russian card', true, false]]],
    ["The soldiers' ''mistake,'' he said.", [[0, 'mistake,', true, false]]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(inner(text).quotes, expected, text);
});

test('pairQuoteMarks reads an unclosed quote to the paragraph end, with a problem unless it runs on', () => {
  assert.deepEqual(inner('He was "ready to fight.'), { quotes: [[0, 'ready to fight.', false, false]], problems: 1 });
  assert.deepEqual(inner('"The quote runs on', true), { quotes: [[0, 'The quote runs on', false, true]], problems: 0 });
});

test('pairQuoteMarks reports a closing mark that closes nothing', () => {
  assert.deepEqual(inner('He said yes” and no.'), { quotes: [], problems: 1 });
});

test('pairQuoteMarks keeps quotes inside quotes inside quotes, and no deeper', () => {
  const text = '“a ‘b “c «d» c” b’ a”';
  const depths = pairQuoteMarks(text, 0, text.length, false).segments.map((s) => s.depth);
  assert.deepEqual(depths.sort(), [0, 1, 2]);
});
