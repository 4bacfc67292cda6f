// Shared by the layout tests: read a text through segment, syntax and dates, then the quotes stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../pipeline/pipeline.ts';
import { stagesNamed } from '../../../pipeline/presets.ts';
import { loadQuoteLexicons } from '../../../lexicons/quotes/quotes-lexicons.ts';
import { findQuotes } from '../quotes.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax', 'dates'));

/** The attributions of a text as [layout, content, speaker, cue]. */
export function attributions(text: string): [string, string, string | null, string | null][] {
  const doc = pipeline.analyzeWorking({ text, published: '2020-10-23' });
  findQuotes(doc, loadQuoteLexicons(), { report() {} });
  return doc.quotes.map((q) => [q.layout, q.content.map((c) => c.text).join(' | '), q.speaker.mention?.text ?? null, q.cue?.text ?? null]);
}

/**
 * A layout's table: each positive text gives exactly the attribution listed (with this layout); no negative
 * text gives an attribution of this layout.
 */
export function checkLayout(layouts: string[], positives: [string, [string, string, string | null, string | null]][], negatives: string[]): void {
  test(`${layouts.join('/')}: finds what it is for`, () => {
    for (const [text, expected] of positives) assert.deepEqual(attributions(text), [expected], text);
  });
  test(`${layouts.join('/')}: leaves alone what it is not for`, () => {
    for (const text of negatives) assert.deepEqual(attributions(text).filter(([layout]) => layouts.includes(layout)), [], text);
  });
}
