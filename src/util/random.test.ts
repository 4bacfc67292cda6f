import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32, mulberry32Uint } from './random.ts';

test('mulberry32Uint: the same seed gives the same sequence, a known one (changing it would change MinHash signatures)', () => {
  const next = mulberry32Uint(1);
  assert.deepEqual([next(), next(), next()], [2693262067, 11749833, 2265367787]);
  const again = mulberry32Uint(1);
  assert.equal(again(), 2693262067);
});

test('mulberry32: floats in [0, 1) from the same sequence; other seeds differ', () => {
  for (const seed of [0, 1, 42, 0x9e3779b9]) {
    const ints = mulberry32Uint(seed);
    const floats = mulberry32(seed);
    for (let i = 0; i < 1000; i++) {
      const x = floats();
      assert.ok(x >= 0 && x < 1);
      assert.equal(x, ints() / 4294967296);
    }
  }
  assert.notEqual(mulberry32(1)(), mulberry32(2)());
});
