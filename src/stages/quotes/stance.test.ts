import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { stanceOf } from './stance.ts';

const pipeline = buildPipeline(stagesNamed('segment'));
const lex = loadQuoteLexicons();
const stance = (text: string) => {
  const doc = pipeline.analyze({ text });
  return stanceOf(doc.text, doc.tokens.map((t) => ({ ...t, lower: t.text.toLowerCase() })), lex);
};

test('stanceOf labels hedged, certain, positive, negative and neutral content, with the words that drove it', () => {
  const cases: [string, string, string[]][] = [
    ['it was quite possible theoretically', 'hedged', ['quite possible', 'theoretically']],
    ['the alliance is very remote', 'hedged', ['very remote']],
    ['the idea was very difficult to come true', 'hedged', ['very difficult']],
    ['it was a sign of goodwill and solidarity', 'positive', ['goodwill', 'solidarity']],
    ['both are targets of criticism', 'negative', ['criticism']],
    ['this is not a threat', 'positive', ['threat']],
    ['they will certainly sign', 'certain', ['will', 'certainly']],
    ['the meeting is on Tuesday', 'neutral', []],
  ];
  for (const [text, label, cues] of cases) {
    const s = stance(text);
    assert.equal(s.label, label, text);
    assert.deepEqual(s.cues.map((c) => c.text), cues, text);
  }
});

test('stanceOf scores polarity between -1 and 1', () => {
  for (const text of ['goodwill goodwill goodwill goodwill', 'war war war war violence']) {
    const { score } = stance(text);
    assert.ok(score >= -1 && score <= 1, text);
  }
});
