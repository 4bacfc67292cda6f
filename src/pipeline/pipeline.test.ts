import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, PipelineError } from './pipeline.ts';
import { defineStage } from './stage.ts';
import { DEFAULT_STAGES } from './presets.ts';

const gives = (name: string, layer: 'tokens' | 'mentions') => defineStage({ name, needs: [], gives: [layer], run() {} });
const needs = (name: string, layer: 'tokens' | 'mentions') => defineStage({ name, needs: [layer], gives: [], run() {} });

test('a stage that needs a layer no earlier stage gives is refused when the pipeline is built', () => {
  assert.throws(() => buildPipeline([needs('reader', 'tokens'), gives('tokenizer', 'tokens')]), {
    name: 'PipelineError',
    message: /stage "reader" needs tokens.*move it after/,
  });
});

test('a stage listed twice is refused', () => {
  assert.throws(() => buildPipeline([gives('a', 'tokens'), gives('a', 'tokens')]), PipelineError);
});

test('stages run in order, are recorded on the document, and report messages with their name', () => {
  const seen: string[] = [];
  const first = defineStage({ name: 'first', needs: [], gives: ['tokens'], run: () => void seen.push('first') });
  const second = defineStage({
    name: 'second', needs: ['tokens'], gives: [],
    run(doc, _r, context) {
      seen.push('second');
      context.report('warning', 'odd', 'something odd', 0, 3);
      context.report('info', 'whole', 'about the document');
    },
  });
  const doc = buildPipeline([first, second]).analyze({ text: 'abc def' });
  assert.deepEqual(seen, ['first', 'second']);
  assert.deepEqual(doc.stages, ['first', 'second']);
  assert.deepEqual(doc.messages, [
    { level: 'warning', rule: 'odd', stage: 'second', text: 'something odd', start: 0, end: 3 },
    { level: 'info', rule: 'whole', stage: 'second', text: 'about the document', start: null, end: null },
  ]);
});

test('setup runs once per pipeline, not once per document', () => {
  let loads = 0;
  const stage = defineStage({ name: 'loader', needs: [], gives: [], setup: () => ++loads, run() {} });
  const pipeline = buildPipeline([stage]);
  pipeline.analyze({ text: 'a' });
  pipeline.analyze({ text: 'b' });
  assert.equal(loads, 1);
});

test('the default stage list is in a valid order', () => {
  assert.doesNotThrow(() => buildPipeline(DEFAULT_STAGES));
});
