import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributions } from './check-layout.ts';
import { transcriptTurns } from './transcript.ts';

test('transcript: each speaker turn of a transcript is a direct record by its label', () => {
  const text = 'AFP: Can you confirm the visit? Will it happen soon?\nMao Ning: This is not a question about foreign affairs.';
  assert.deepEqual(attributions(text).filter(([layout]) => layout === 'transcript'), [
    ['transcript', 'Can you confirm the visit? Will it happen soon?', 'AFP', ':'],
    ['transcript', 'This is not a question about foreign affairs.', 'Mao Ning', ':'],
  ]);
  assert.deepEqual(attributions('Q: Will you run again?\nA: I have not decided.').map(([, content, speaker]) => [content, speaker]), [
    ['Will you run again?', 'Q'],
    ['I have not decided.', 'A'],
  ]);
});

test('transcript: a lone label, a quoted turn, a long or lower-case label are no transcript', () => {
  const cases: [string[], number][] = [
    [['Note: the bill is dead.', 'The vote is on Monday.'], 0],
    [['Brexit: what happens next', 'Johnson wins the vote.'], 0],
    [['Senator Jane Doe: "This bill is dead."', 'Mayor: "We were misled."'], 0],
    [['The agenda of the meeting: trade.', 'the minister: yes.'], 0],
    [['Q: Will you run?', 'A: No.'], 2],
  ];
  for (const [paragraphs, n] of cases) assert.equal(transcriptTurns(paragraphs.map((text) => ({ text }))).size, n, paragraphs.join(' / '));
});
