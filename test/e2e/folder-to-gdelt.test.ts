/**
 * Issue 18, as a new user goes: a folder of wire stories (datelines, one story with no date), a README and a
 * script beside them → ingest → the undated story dated with --published → every event dated, and the
 * timeline, GDELT and PLOVER exports carry them all. Then the CLI in pipes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GDELT_COLUMNS } from '../../src/export/gdelt.ts';
import type { EventRow } from '../../src/store/rows.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../src/store/test-fixtures.ts';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { cli } from './ingest-corpus.ts';

const STORIES: Record<string, string> = {
  // The year is not written: the file's modification time (2024-03-20) gives it.
  'ottawa.txt': 'OTTAWA, March 14 (Reuters) - Canada expelled two Russian diplomats on Thursday, Foreign Minister Melanie Joly said.\n'
    + '"We will not tolerate interference in our democracy," Joly told reporters.\n',
  // The year is written.
  'kyiv.txt': 'KYIV, Ukraine, March 12, 2024 (AP) — Ukraine accused Russia of attacking its power grid overnight.\n'
    + 'President Volodymyr Zelenskyy urged allies to send more air defense systems.\n',
  // The year is not written in the dateline: the dates in the text (March 2024) give it.
  'geneva.txt': 'GENEVA, March 15 (Reuters) - Iran rejected a proposal from the European Union on its nuclear programme, officials said.\n'
    + 'The talks, which began in March 2024, will resume in Vienna.\n',
  // No date at all until ingested with --published.
  'undated.txt': 'Germany praised France for its support of the new trade agreement.\nThe two governments signed the deal in Berlin.\n',
};
const EXPECTED_DAYS: Record<string, string> = {
  'ottawa.txt': '2024-03-14', 'kyiv.txt': '2024-03-12', 'geneva.txt': '2024-03-15', 'undated.txt': '2024-03-18',
};

let dir: string;
let input: string;
let db: string;

async function run(...args: string[]) {
  const result = await cli([...args, '--db', db]).done;
  assert.equal(result.code, 0, `newsgraph ${args.join(' ')}: ${result.stderr}`);
  return result;
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-folder-'));
  input = path.join(dir, 'wire');
  db = path.join(dir, 'corpus.db');
  mkdirSync(input);
  for (const [name, text] of Object.entries(STORIES)) writeFileSync(path.join(input, name), text);
  const saved = new Date('2024-03-20T09:00:00Z');
  for (const name of Object.keys(STORIES)) utimesSync(path.join(input, name), saved, saved);
  writeFileSync(path.join(input, 'README.md'), '# Wire stories\n\nSaved from the agency feed; one story per file.\n');
  writeFileSync(path.join(input, 'fetch.ts'), 'export const feed = "https://example.com/wire";\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of wire stories to a timeline, GDELT and PLOVER', { timeout: 300_000 }, () => {
  it('dates the stories by their datelines, and the undated one with --published', async () => {
    const first = await run('ingest', input);
    assert.match(first.stderr, /dates: 1 from datelines, 2 from datelines with the year inferred .*, 1 added with no date/);
    assert.match(first.stderr, /passed over 2 files that are not articles/);
    const status = await run('status');
    assert.match(status.stdout, /undated\.txt/);

    const second = await run('ingest', path.join(input, 'undated.txt'), '--published', EXPECTED_DAYS['undated.txt']!);
    assert.match(second.stderr, /1 filled in on articles stored without one \(their events re-dated\)/);
    const store = openSqliteStore(db);
    try {
      const stories = new Map<string, string>();
      for await (const a of store.exportArticles()) if (a.name?.endsWith('.txt')) stories.set(a.id, path.basename(a.name));
      assert.equal(stories.size, 4);
      const doc = await store.getDoc([...stories].find(([, name]) => name === 'ottawa.txt')![0]);
      assert.ok(doc!.messages.some((m) => m.rule === 'dateline-year-inferred' && /modification time \(2024-03-20\)/.test(m.text)));
      let events = 0;
      for await (const e of store.exportEvents()) {
        const name = stories.get(e.article);
        if (!name) continue;
        events += 1;
        assert.equal(e.date, EXPECTED_DAYS[name], `${name} ${e.code} "${e.trigger}"`);
      }
      assert.ok(events >= 4, `every story has an event (${events})`);
    } finally {
      await store.close();
    }
  });

  it('lists every dated event on the timeline and in the GDELT and PLOVER exports', async () => {
    const store = openSqliteStore(db);
    const stories: EventRow[] = [];
    try {
      const names = new Map<string, string>();
      for await (const a of store.exportArticles()) if (a.name?.endsWith('.txt')) names.set(a.id, a.name);
      for await (const e of store.exportEvents()) if (names.has(e.article)) stories.push(e);
    } finally {
      await store.close();
    }
    const listed = (await run('events', '--all', '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l) as EventRow);
    for (const e of stories) assert.ok(listed.some((x) => x.article === e.article && x.id === e.id && x.date === e.date));

    const timeline = (await run('timeline', '--a', 'Germany', '--b', 'France', '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(timeline.map((r) => r.period), ['2024-03-18']);

    const gdelt = await run('export', '--format', 'gdelt');
    assert.doesNotMatch(gdelt.stderr, /passed over/);
    const rows = gdelt.stdout.trim().split('\n').map((l) => l.split('\t'));
    const col = (row: string[], name: string) => row[GDELT_COLUMNS.indexOf(name)]!;
    for (const e of stories) {
      const day = e.date!.replaceAll('-', '');
      assert.ok(rows.some((r) => col(r, 'Day') === day && col(r, 'EventCode') === e.code), `GDELT has ${e.date} ${e.code}`);
    }
    for (const r of rows) {
      assert.equal(r.length, 61);
      assert.notEqual(col(r, 'ActionGeo_Type'), '0', 'every row is placed');
    }

    const plover = await run('export', '--format', 'plover');
    assert.doesNotMatch(plover.stderr, /of undated articles/);
    const records = plover.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.ok(records.length > 0);
    for (const e of stories.filter((x) => x.ploverEvent && x.modality !== 'negated')) {
      assert.ok(records.some((r) => r.id === `${e.article}-${e.id}` && r.date === e.date), `PLOVER has ${e.article.slice(0, 12)}:${e.id}`);
    }
  });

  it('passes over the README and the script', async () => {
    const store = openSqliteStore(db);
    try {
      const names: string[] = [];
      for await (const a of store.exportArticles()) names.push(path.basename(a.name ?? ''));
      assert.deepEqual(names.sort(), Object.keys(STORIES).sort());
    } finally {
      await store.close();
    }
  });
});

describe('the CLI in pipes', { timeout: 300_000 }, () => {
  let corpus: string;
  before(async () => {
    corpus = path.join(dir, 'pipes.db');
    const seed = path.join(REPO_ROOT, 'examples/seed-article.txt');
    const ingest = await cli(['ingest', seed, path.join(REPO_ROOT, 'examples/corpus'), '--published', '2020-10-23', '--db', corpus]).done;
    assert.equal(ingest.code, 0, ingest.stderr);
    // Enough quotes that the reader closes the pipe long before the writer is done (past the 64 KiB pipe buffer).
    const store = openSqliteStore(corpus);
    for (let i = 0; i < 2000; i += 1) await store.putArticle(fixtureArticle(putinArticle('2021-01-01', ` number ${i}`)));
    await store.close();
  });

  const bin = path.join(REPO_ROOT, 'bin/newsgraph.js');
  const cases: [string, number][] = [['quotes | head -3', 3], ['search alliance | head -1', 1], ['quotes --all | head -3', 3], ['quotes --all --format jsonl | head -1', 1]];
  for (const [pipeline, lines] of cases) {
    it(`newsgraph ${pipeline} exits 0 with nothing on stderr`, () => {
      const [command, head] = pipeline.split(' | ');
      const shell = `set -o pipefail; "${process.execPath}" "${bin}" ${command} --db "${corpus}" | ${head}`;
      const result = spawnSync('bash', ['-c', shell], { encoding: 'utf8' });
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
      assert.equal(result.stdout.trimEnd().split('\n').length, lines);
    });
  }
});
