import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beginLocked } from './store.ts';

describe('beginLocked', () => {
  const ids = (sql: string) => /'\{([^}]*)\}'/.exec(sql)?.[1]?.split(',').map(BigInt) ?? [];
  const cases: [string, string[], number][] = [
    ['no locks: BEGIN alone', [], 0],
    ['one key', ['band\u0000a'], 1],
    ['a key given twice is locked once', ['band\u0000a', 'band\u0000a'], 1],
    ['several keys', ['band\u0000a', 'entity\u0000PERSON\u0000putin', 'band\u0000b'], 3],
  ];
  for (const [name, locks, count] of cases) {
    it(name, () => {
      const sql = beginLocked(locks);
      assert.match(sql, /^BEGIN/);
      const got = ids(sql);
      assert.equal(got.length, count);
      assert.deepEqual(got, [...got].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'in one global order');
    });
  }
  it('takes the same order whatever order the keys come in', () => {
    assert.equal(beginLocked(['x', 'y', 'z']), beginLocked(['z', 'x', 'y']));
  });
  it('holds nothing but integers in the statement, whatever the keys', () => {
    assert.match(beginLocked(["'); DROP TABLE articles; --", '}{']), /unnest\('\{-?\d+,-?\d+\}'::bigint\[\]\)/);
  });
});
