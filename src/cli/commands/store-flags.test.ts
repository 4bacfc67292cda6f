import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../store/test-fixtures.ts';
import { main } from '../main.ts';

let dir: string;
let db: string;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c) => { o += c; });
  err.on('data', (c) => { e += c; });
  const code = await main(argv, { out, err, stdin: new PassThrough() });
  return { code, out: o, err: e };
}

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));
  db = path.join(dir, 'corpus.db');
  const store = openSqliteStore(db);
  for (const day of ['2020-10-20', '2020-10-22', '2020-10-29']) await store.putArticle(fixtureArticle(putinArticle(day, ` ${day}`)));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus query commands', () => {
  const cases: [string, string[], (out: string) => void][] = [
    ['quotes by words, as text', ['quotes', 'sanctions'], (out) => assert.equal(out.trim().split('\n').length, 3)],
    ['quotes by speaker alias, as jsonl', ['quotes', '--speaker', 'Putin', '--format', 'jsonl'], (out) => {
      const rows = out.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(rows.length, 3);
      assert.equal(rows[0].speaker, 'Vladimir Putin');
    }],
    ['quotes in a date range, as json', ['quotes', '--from', '2020-10-21', '--format', 'json'], (out) => assert.equal(JSON.parse(out).length, 2)],
    ['quotes with a limit', ['quotes', '--limit', '1', '--format', 'jsonl'], (out) => assert.equal(out.trim().split('\n').length, 1)],
    ['quotes with no match', ['quotes', 'elephant'], (out) => assert.match(out, /no quotes match/)],
    ['sentences by words, as text', ['search', 'tariffs'], (out) => assert.equal(out.trim().split('\n').length, 3)],
    ['sentences by phrase in a date range, as jsonl', ['search', '"consulted China"', '--from', '2020-10-21', '--format', 'jsonl'], (out) => {
      const rows = out.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(rows.map((r) => [r.published, r.text]), [['2020-10-22', 'Russia consulted China on trade.'], ['2020-10-29', 'Russia consulted China on trade.']]);
    }],
    ['sentences with no match', ['search', 'elephant'], (out) => assert.match(out, /no sentences match/)],
    ['entities as csv', ['entities', '--format', 'csv'], (out) => {
      const lines = out.trim().split('\r\n');
      assert.match(lines[0]!, /^id,name,type,country/);
      assert.equal(lines.length, 5);
    }],
    ['entities by type', ['entities', '--type', 'person'], (out) => assert.match(out, /Vladimir Putin .*3 articles/)],
    ['events by dyad', ['events', '--source', 'RUS', '--target', 'CHN', '--format', 'jsonl'], (out) => assert.equal(out.trim().split('\n').length, 3)],
    ['events by root, as text', ['events', '--root', '11'], (out) => assert.match(out, /RUS → USA {2}111/)],
    ['dyad timeline per week', ['timeline', '--a', 'RUS', '--b', 'USA', '--per', 'week', '--format', 'jsonl'], (out) => {
      assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).period), ['2020-10-19', '2020-10-26']);
    }],
    ['speaker timeline as text', ['timeline', '--speaker', 'Vladimir Putin'], (out) => assert.match(out, /2020-10-20 +1 {2}stance -0\.50/)],
    ['network as json edges', ['network', '--format', 'jsonl', '--kind', 'quotes'], (out) => {
      const edge = JSON.parse(out.trim());
      assert.equal(edge.sourceLabel, 'Vladimir Putin');
      assert.equal(edge.count, 3);
    }],
  ];
  for (const [name, argv, check] of cases) {
    it(name, async () => {
      const { code, out, err } = await run(...argv, '--db', db);
      assert.equal(code, 0, err);
      check(out);
    });
  }

  const failures: [string, string[], RegExp][] = [
    ['a missing corpus', ['quotes', '--db', '/nonexistent/x.db'], /no corpus there/],
    ['a bad date', ['quotes', '--from', '2020-02-30', '--db', 'DB'], /not a calendar date/],
    ['a search without words', ['quotes', '!!', '--db', 'DB'], /no words/],
    ['a sentence search without words', ['search', '--db', 'DB'], /no words/],
    ['a timeline with both a dyad and a speaker', ['timeline', '--a', 'RUS', '--b', 'USA', '--speaker', 'x', '--db', 'DB'], /not both/],
    ['a timeline with half a dyad', ['timeline', '--a', 'RUS', '--db', 'DB'], /dyad/],
    ['a bad CAMEO code', ['events', '--cameo', '4x', '--db', 'DB'], /CAMEO code/],
    ['an unknown format', ['entities', '--format', 'xml', '--db', 'DB'], /--format/],
  ];
  for (const [name, argv, message] of failures) {
    it(`refuses ${name} with one line and exit 2`, async () => {
      const { code, err } = await run(...argv.map((a) => (a === 'DB' ? db : a)));
      assert.equal(code, 2);
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length, 1);
    });
  }
});
