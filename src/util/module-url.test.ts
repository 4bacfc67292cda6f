import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleUrl } from './module-url.ts';

test('moduleUrl takes the extension of the module that asks', () => {
  const cases: [string, string, string][] = [
    ['./analyze-worker', 'file:///p/src/ingest/analysis-pool.ts', 'file:///p/src/ingest/analyze-worker.ts'],
    ['./analyze-worker', 'file:///p/dist/src/ingest/analysis-pool.js', 'file:///p/dist/src/ingest/analyze-worker.js'],
    ['../../eval/ner', 'file:///p/dist/src/cli/commands/eval.js', 'file:///p/dist/src/eval/ner.js'],
    ['../../eval/ner', 'file:///p/src/cli/commands/eval.ts', 'file:///p/src/eval/ner.ts'],
  ];
  for (const [relative, base, expected] of cases) assert.equal(moduleUrl(relative, base).href, expected);
});
