import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { Progress, type IngestCounts } from './progress.ts';

const counts: IngestCounts = { read: 100, added: 90, skipped: 10, duplicates: 3, notEnglish: 1, errors: 2 };

function capture(): PassThrough & { text(): string } {
  const s = new PassThrough();
  let t = '';
  s.on('data', (c) => { t += c; });
  return Object.assign(s, { text: () => t });
}

describe('Progress', () => {
  it('draws a bar with rate, ETA and errors on a terminal', () => {
    const out = capture();
    const p = new Progress(out, true, 1000, 0);
    p.update(counts, 250, 10_000);
    assert.match(out.text(), /\r\x1b\[K\[######\.+\] 25% 90 added, 10 skipped, 3 near-duplicates, 2 errors; 10\.0 articles\/s, ETA 30s/);
  });

  it('writes plain lines at most every few seconds otherwise', () => {
    const out = capture();
    const p = new Progress(out, false, 0, 0, 5);
    p.update(counts, 0, 6_000);
    p.update(counts, 0, 7_000);
    p.update(counts, 0, 12_000);
    const lines = out.text().trim().split('\n');
    assert.equal(lines.length, 2);
    assert.doesNotMatch(lines[0]!, /ETA|\[/, 'no total: no bar, no ETA');
    assert.match(lines[0]!, /^newsgraph ingest: 90 added/);
  });
});
