import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BuiltParts, KeyTable } from './key-table.ts';

test('a key table answers as the Map of its entries does, in its order', () => {
  const entries: [string, number][] = [['UNITED STATES', 1], ['UNITED', 4], ['Zürich', 2], ['', 8], ['UNITED', 5], ['😀 face', 0]];
  const map = new Map(entries);
  const table = KeyTable.from(entries);
  assert.equal(table.size, map.size);
  assert.deepEqual([...table], [...map]);
  const cases: [string, number | undefined][] = [['UNITED', 5], ['UNITED STATES', 1], ['Zürich', 2], ['', 8], ['😀 face', 0], ['UNITE', undefined], ['UNITED STATE', undefined], ['united', undefined], ['UNITED STATES ', undefined]];
  for (const [key, value] of cases) {
    assert.equal(table.get(key), value, key);
    assert.equal(table.has(key), value !== undefined, key);
  }
});

test('a set of keys is found and nothing else', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `W${i}`);
  const table = KeyTable.ofKeys(keys);
  assert.ok(keys.every((k) => table.has(k)));
  assert.ok(!table.has('W5000') && !table.has('W') && !table.has('w1'));
  assert.deepEqual([...table.keys()], keys);
});

test('tables and arrays written one after another read back the same; bytes that do not hold them give null', () => {
  const a = KeyTable.from([['ALPHA', 3], ['BETA', 7]]);
  const b = KeyTable.ofKeys(['é', 'GAMMA DELTA']);
  const bytes = new BuiltParts().add(a).add(Int32Array.of(5, -1, 9)).add(b).add(KeyTable.ofKeys([])).add('{"é": 1}').add(Float32Array.of(0.5)).encode();
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  const parts = new BuiltParts(aligned);
  const [a2, ints, b2, empty, text, floats] = [parts.table(), parts.array(), parts.table(), parts.table(), parts.string(), parts.array()];
  assert.ok(parts.done);
  assert.equal(text, '{"é": 1}');
  assert.deepEqual([...new Float32Array(floats!.buffer, floats!.byteOffset, floats!.length)], [0.5]);
  assert.deepEqual([...a2!], [...a]);
  assert.deepEqual([...ints!], [5, -1, 9]);
  assert.deepEqual([...b2!], [...b]);
  assert.equal(empty!.size, 0);
  assert.equal(a2!.get('BETA'), 7);
  assert.equal(a2!.keyAt(1), 'BETA');
  assert.ok(b2!.has('é') && !b2!.has('e'));
  assert.equal(parts.table(), null, 'past the end');
  const short = new BuiltParts(aligned.subarray(0, aligned.length - 4));
  assert.ok(short.table() && short.array() && short.table() && short.table() && short.string(), 'the parts before the cut');
  assert.equal(short.array(), null, 'cut short');
});

test('a key may hold the newline that follows each key in the table\'s text', () => {
  const table = KeyTable.ofKeys(['\n', 'a\nb', 'a', 'b']);
  assert.deepEqual([...table.keys()], ['\n', 'a\nb', 'a', 'b']);
  assert.ok(table.has('\n') && table.has('a\nb') && !table.has('a\n') && !table.has('\nb'));
});
