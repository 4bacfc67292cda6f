import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gunzipAhead, takeGunzipped } from './read-ahead.ts';

describe('gunzipAhead', () => {
  it('gives a file unzipped once; nothing for one taken before it was ready, missing or not gzip', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-ahead-'));
    try {
      const [good, plain, missing, other] = ['a.gz', 'b.gz', 'c.gz', 'd.gz'].map((f) => path.join(dir, f)) as [string, string, string, string];
      writeFileSync(good, gzipSync('the words\n'));
      writeFileSync(plain, 'not gzip');
      writeFileSync(other, gzipSync('not asked'));
      await gunzipAhead([good, plain, missing]);
      assert.equal(takeGunzipped(good)?.toString(), 'the words\n');
      assert.equal(takeGunzipped(good), undefined, 'taken once');
      // Taken before it was ready: the bytes that come later are not kept.
      const late = gunzipAhead([other]);
      assert.equal(takeGunzipped(other), undefined);
      await late;
      assert.equal(takeGunzipped(other), undefined, 'dropped when they came');
      assert.equal(takeGunzipped(plain), undefined);
      assert.equal(takeGunzipped(missing), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
