import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../store/test-fixtures.ts';
import { runCli } from '../test-io.ts';

let dir: string;
let db: string;

const run = (...argv: string[]) => runCli(argv);

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));
  db = path.join(dir, 'corpus.db');
  const store = openSqliteStore(db);
  for (const day of ['2020-10-20', '2020-10-22', '2020-10-29']) await store.putArticle(fixtureArticle(putinArticle(day, ` ${day}`)));
  await store.putArticle(fixtureArticle(putinArticle(null, ' on a day nobody wrote down')));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus query commands', () => {
  const cases: [string, string[], (out: string) => void][] = [
    ['quotes by words, as text, with the count', ['quotes', 'sanctions'], (out) => {
      const lines = out.trim().split('\n');
      assert.equal(lines.length, 5);
      assert.equal(lines[4], 'showing 4 of 4 quotes');
      assert.match(lines[0]!, /^2020-10-20 {2}Vladimir Putin: “We will never accept sanctions against Russia” {2}\[[0-9a-f]{12}:q1 Putin on sanctions 2020-10-20\]$/);
    }],
    ['quotes cut at --limit say how many there are and how to see all', ['quotes', '--limit', '2'], (out) => {
      assert.match(out.trim().split('\n').at(-1)!, /^showing 2 of 4 quotes; --all lists them all/);
    }],
    ['quotes with --all', ['quotes', '--all'], (out) => assert.match(out, /showing 4 of 4 quotes\n$/)],
    ['quotes in a range say what undated ones they left out', ['quotes', '--from', '2020-10-21'], (out) => {
      assert.match(out.trim().split('\n').at(-1)!, /^showing 2 of 2 quotes; 1 undated quotes left out \(add --include-undated/);
    }],
    ['quotes in a range with the undated ones', ['quotes', '--from', '2020-10-21', '--include-undated'], (out) => {
      assert.match(out, /showing 3 of 3 quotes\n$/);
      assert.match(out, /^-{10} {2}Vladimir Putin/m);
    }],
    ['quotes by a speaker named as the corpus knows him', ['quotes', '--speaker', 'Putin', '--format', 'jsonl'], (out) => assert.equal(out.trim().split('\n').length, 4)],
    ['quotes by speaker alias, as jsonl', ['quotes', '--speaker', 'Putin', '--format', 'jsonl'], (out) => {
      const rows = out.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(rows.length, 4);
      assert.equal(rows[0].speaker, 'Vladimir Putin');
    }],
    ['quotes in a date range, as json', ['quotes', '--from', '2020-10-21', '--format', 'json'], (out) => assert.equal(JSON.parse(out).length, 2)],
    ['quotes as csv: no float noise, no JSON in cells', ['quotes', '--format', 'csv'], (out) => {
      assert.doesNotMatch(out, /\d\.\d{5,}|\[|\{/);
      assert.match(out.split('\r\n')[1]!, /,-0\.5,ent_rus,14\.2857,/);
    }],
    ['quotes with a limit', ['quotes', '--limit', '1', '--format', 'jsonl'], (out) => assert.equal(out.trim().split('\n').length, 1)],
    ['quotes with no match', ['quotes', 'elephant'], (out) => assert.match(out, /no quotes match/)],
    ['sentences by words, as text, with date and title', ['search', 'tariffs'], (out) => {
      const lines = out.trim().split('\n');
      assert.equal(lines.length, 5);
      assert.match(lines[0]!, /^2020-10-20 {2}Russia criticised the United States over tariffs\. {2}\[[0-9a-f]{12}:s4 Putin on sanctions 2020-10-20\]$/);
      assert.equal(lines[4], 'showing 4 of 4 sentences');
    }],
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
    ['events as csv: actors in flat columns, no JSON in cells', ['events', '--format', 'csv'], (out) => {
      const [header, row] = out.split('\r\n');
      assert.match(header!, /sources\.code,sources\.country,sources\.name,sources\.entity/);
      assert.doesNotMatch(out, /[[{]/);
      assert.match(row!, /,RUS,RUS,Russia,ent_rus,CHN,CHN,China,ent_chn,/);
    }],
    ['events of an actor named by name', ['events', '--actor', 'Russia'], (out) => {
      assert.match(out, /^actor: Russia = RUS\n/);
      assert.match(out, /showing 8 of 8 events\n$/);
    }],
    ['events of a person named by alias', ['events', '--source', 'Putin', '--format', 'jsonl'], (out) => assert.equal(out, '')],
    ['events of a dyad by names, in a range', ['events', '--source', 'Russia', '--target', 'China', '--from', '2020-10-22'], (out) => {
      assert.match(out.trim().split('\n').at(-1)!, /^showing 2 of 2 events; 1 undated events left out/);
    }],
    ['entities by type', ['entities', '--type', 'person'], (out) => assert.match(out, /Vladimir Putin .*4 articles/)],
    ['events by dyad', ['events', '--source', 'RUS', '--target', 'CHN', '--format', 'jsonl'], (out) => assert.equal(out.trim().split('\n').length, 4)],
    ['events by root, as text', ['events', '--root', '11'], (out) => assert.match(out, /RUS → USA {2}111/)],
    ['dyad timeline per week', ['timeline', '--a', 'RUS', '--b', 'USA', '--per', 'week', '--format', 'jsonl'], (out) => {
      assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).period), ['2020-10-19', '2020-10-26']);
    }],
    ['dyad timeline by names, undated events counted apart', ['timeline', '--a', 'Russia', '--b', 'United States'], (out) => {
      assert.match(out, /^dyad: Russia = RUS ↔ United States = USA\n2020-10-20 +1 {2}Goldstein -2\.00 {2}tone +0\.00\n/);
      assert.match(out.trim().split('\n').at(-1)!, /^showing 3 of 3 periods; 1 undated events left out \(no date to place them by/);
    }],
    ['speaker timeline as text', ['timeline', '--speaker', 'Vladimir Putin'], (out) => assert.match(out, /2020-10-20 +1 {2}stance -0\.50 {2}tone \+14\.29/)],
    ['network as jsonl edges', ['network', '--format', 'jsonl', '--kind', 'quotes'], (out) => {
      const edge = JSON.parse(out.trim());
      assert.equal(edge.sourceLabel, 'Vladimir Putin');
      assert.equal(edge.count, 4);
    }],
    ['network as json: {nodes, edges}', ['network', '--format', 'json'], (out) => {
      const net = JSON.parse(out);
      assert.deepEqual(Object.keys(net), ['nodes', 'edges']);
      assert.equal(net.nodes.length, 4);
      assert.equal(net.edges.length, 3);
    }],
    ['network as text, heaviest edges first', ['network', '--from', '2020-10-22'], (out) => {
      const lines = out.trim().split('\n');
      assert.deepEqual(lines.slice(0, 3).map((l) => l.replace(/ {2}tone.*/, '')), [
        'Russia → China  acts on  ×2', 'Russia → United States  acts on  ×2', 'Vladimir Putin → Russia  speaks of  ×2']);
      assert.match(lines[3]!, /^showing 3 of 3 edges; 3 undated events and quotes left out/);
    }],
    ['network limited to the heaviest edge', ['network', '--limit', '1', '--format', 'json'], (out) => {
      const net = JSON.parse(out);
      assert.equal(net.edges.length, 1);
      assert.equal(net.nodes.length, 2);
    }],
    ['status lists the undated articles', ['status'], (out) => {
      assert.match(out, /: 4 articles \(0 syndicated copies, 0 not English, 1 undated\), 4 quotes, 8 events, 4 entities\n/);
      assert.match(out, /\n[0-9a-f]{12} {2}-{10} {2}Putin on sanctions on a day nobody wrote down\n/);
      assert.match(out, /showing 1 of 1 undated articles\n$/);
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
    ['an impossible month', ['events', '--from', '2024-99-01', '--db', 'DB'], /--from: not a calendar date/],
    ['a range that ends before it starts', ['network', '--from', '2024-05-01', '--to', '2024-04-01', '--db', 'DB'], /after --to/],
    ['--limit and --all together', ['entities', '--limit', '3', '--all', '--db', 'DB'], /not both/],
    ['a negative limit', ['search', 'x', '--limit', '-1', '--db', 'DB'], /--limit/],
    ['an actor name nobody has', ['events', '--actor', 'Atlantis', '--db', 'DB'], /no actor named "Atlantis"/],
    ['an actor code as a speaker', ['quotes', '--speaker', 'RUSGOV', '--db', 'DB'], /actor code/],
    ['an article id too short', ['show', 'abc', '--db', 'DB'], /not an article id/],
    ['an article id nobody has', ['show', '000000000000', '--db', 'DB'], /no article id starts with/],
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
