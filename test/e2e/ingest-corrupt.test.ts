/** Corrupt inputs are reported one line each and skipped; the rest is ingested; the exit code says so. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { article, cli } from './ingest-corpus.ts';

let dir: string;
let input: string;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-corrupt-'));
  input = path.join(dir, 'in');
  mkdirSync(input);
  writeFileSync(path.join(input, 'good.txt'), article(1).text);
  writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]));
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'lines.jsonl'), [
    JSON.stringify({ text: article(2).text, published: '2021-05-01' }),
    '{"text": "cut off in the midd',
    JSON.stringify({ title: 'no text field' }),
    JSON.stringify({ text: article(3).text, url: 'https://example.org/a3' }),
  ].join('\n'));
  // A gzip stream cut in half: the WARC reader must report it, not crash.
  const warc = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n`;
  const gz = gzipSync(Buffer.from(warc + 'x'.repeat(4000)));
  writeFileSync(path.join(input, 'cut.warc.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(path.join(input, 'not-a-feed.rss'), '<?xml version="1.0"?><html><body>oops</body></html>');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest corrupt input', { timeout: 120_000 }, () => {
  it('reports and skips each bad input, ingests the rest and exits 1', async () => {
    const db = path.join(dir, 'corpus.db');
    const run = await cli(['ingest', input, '--db', db]).done;
    assert.equal(run.code, 1, run.stderr);
    const problems = run.stderr.split('\n').filter((l) => l.startsWith('newsgraph ingest: ') && !/ read, /.test(l));
    const expected: [string, RegExp][] = [
      ['binary.txt', /binary data/],
      ['empty.txt', /is empty/],
      ['lines.jsonl:2', /not valid JSON/],
      ['lines.jsonl:3', /"text"/],
      ['cut.warc.gz', /WARC/],
      ['not-a-feed.rss', /not an RSS or Atom feed/],
    ];
    for (const [name, message] of expected) {
      const line = problems.find((l) => l.includes(name));
      assert.ok(line, `no report for ${name} in:\n${run.stderr}`);
      assert.match(line, message);
    }
    assert.match(run.stderr, /3 read, 3 added .* 6 errors/);
    const store = openSqliteStore(db);
    try {
      assert.equal((await store.stats()).articles, 3);
      const rows = (await store.listArticles()).items;
      assert.deepEqual(rows.map((r) => r.published).sort(), ['2021-05-01', null, null]);
    } finally {
      await store.close();
    }
  });

  it('refuses a path that does not exist with exit 2 and stores nothing', async () => {
    const run = await cli(['ingest', path.join(dir, 'missing'), '--db', path.join(dir, 'other.db')]).done;
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no such file or folder/);
  });
});
