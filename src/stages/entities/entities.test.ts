import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax', 'entities'));
const mentions = (text: string) => pipeline.analyze({ text }).mentions.map((m) => `${m.text}/${m.type}`);

test('names are typed by the tagger, refined by gazetteer and patterns', () => {
  const cases: [string, string[]][] = [
    ['German Chancellor Angela Merkel met French officials in Paris on Monday.', ['German/NORP', 'Angela Merkel/PERSON', 'French/NORP', 'Paris/GPE']],
    ['Japan and India signed the Treaty of Peace and Friendship in Tokyo.', ['Japan/GPE', 'India/GPE', 'Treaty of Peace and Friendship/LAW', 'Tokyo/GPE']],
    ['Veterans of the Vietnam War marched in Washington.', ['Vietnam War/EVENT', 'Washington/GPE']],
    ['The Comprehensive Nuclear-Test-Ban Treaty (CTBT) was never ratified. The CTBT bans tests.', ['Comprehensive Nuclear-Test-Ban Treaty/LAW', 'CTBT/LAW', 'CTBT/LAW']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('mentions carry ids in text order, exact offsets, a source and no entity yet', () => {
  const text = 'Kenyan President William Ruto spoke in Nairobi.';
  const doc = pipeline.analyze({ text });
  assert.deepEqual(doc.mentions.map((m) => m.id), doc.mentions.map((_, i) => `m${i + 1}`));
  for (const m of doc.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.entity, null);
    assert.equal(m.nominal, false);
    assert.ok(['tagger', 'gazetteer', 'pattern'].includes(m.source));
  }
});

test('lower-case words and pronouns are not names', () => {
  for (const text of ['they told us that the war was over.', 'the treaty was signed by both sides.', '']) {
    assert.deepEqual(mentions(text), [], text);
  }
});
