import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { printReport } from './eval.ts';
import { EvalFiguresSchema, prf } from '../../eval/scorer.ts';

function capture(): { io: { out: PassThrough; err: PassThrough; stdin: PassThrough }; text: () => string } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { io: { out, err: new PassThrough(), stdin: new PassThrough() }, text: () => Buffer.concat(chunks).toString() };
}

test('an eval report is a readable table whose last line is one JSON object of figures', () => {
  const { io, text } = capture();
  printReport({
    title: 'timex on gold.jsonl',
    header: ['measure', 'P', 'R', 'F1'],
    rows: [['strict', 90.5, 88, 89.23], ['relaxed', 95, 93.1, 94.04]],
    figures: { task: 'timex', strictF1: 89.23, relaxedF1: 94.04 },
  }, io);
  const lines = text().trimEnd().split('\n');
  assert.equal(lines[0], 'timex on gold.jsonl');
  assert.match(lines[1]!, /^measure\s+P\s+R\s+F1$/);
  assert.match(lines[3]!, /^strict\s+90\.5\s+88\s+89\.23$/);
  assert.deepEqual(EvalFiguresSchema.parse(JSON.parse(lines.at(-1)!)), { task: 'timex', strictF1: 89.23, relaxedF1: 94.04 });
});

test('with --errors the listed records come first, a blank line after each, and the figures line stays last', () => {
  const report = {
    title: 'events on gold.jsonl',
    header: ['level', 'correct'],
    rows: [['country, full code', 1]],
    figures: { task: 'events' as const, correct: 1 },
    errors: [['r1: A text.', '  expected: USA RUS 042'], ['r2: Another.', '  expected: none (statement)']],
  };
  const listed = capture();
  printReport(report, listed.io, true);
  const lines = listed.text().trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 6), ['r1: A text.', '  expected: USA RUS 042', '', 'r2: Another.', '  expected: none (statement)', '']);
  assert.equal(lines[6], 'events on gold.jsonl');
  assert.deepEqual(JSON.parse(lines.at(-1)!), { task: 'events', correct: 1 });
  // without the flag the errors are not printed
  const plain = capture();
  printReport(report, plain.io);
  assert.equal(plain.text().split('\n')[0], 'events on gold.jsonl');
});

test('prf gives percentages and is zero, not NaN, when nothing was predicted or expected', () => {
  const cases: [[number, number, number], { precision: number; recall: number; f1: number }][] = [
    [[8, 10, 16], { precision: 80, recall: 50, f1: 61.54 }],
    [[0, 0, 5], { precision: 0, recall: 0, f1: 0 }],
    [[0, 3, 0], { precision: 0, recall: 0, f1: 0 }],
    [[5, 5, 5], { precision: 100, recall: 100, f1: 100 }],
  ];
  for (const [args, expected] of cases) assert.deepEqual(prf(...args), expected);
});
