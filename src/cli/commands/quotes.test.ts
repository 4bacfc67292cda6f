import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { fixtureArticle, PUTIN } from '../../store/test-fixtures.ts';
import { runCli } from '../test-io.ts';

let dir: string;
let db: string;

const run = (...argv: string[]) => runCli([...argv, '--db', db]);

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-quotes-'));
  db = path.join(dir, 'corpus.db');
  const store = openSqliteStore(db);
  // One quote put without a form (a Doc from before forms): a statement.
  await store.putArticle(fixtureArticle({
    text: 'Putin said sanctions would fail. Putin asked whether talks could resume. Putin believes Russia will win. Putin said nothing else.',
    published: '2020-11-02', entities: [{ ...PUTIN, surfaces: ['Putin'] }],
    quotes: [
      { content: 'sanctions would fail', speaker: 0, form: 'statement' }, { content: 'whether talks could resume', speaker: 0, form: 'question' },
      { content: 'Russia will win', speaker: 0, form: 'belief' }, { content: 'nothing else', speaker: 0 },
    ],
  }));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph quotes --form', () => {
  const cases: [string, string[], string[]][] = [
    ['statements by default, without a form on the line', [], ['Vladimir Putin: “sanctions would fail”', 'Vladimir Putin: “nothing else”']],
    ['one other form, named on the line', ['--form', 'question'], ['Vladimir Putin [question]: “whether talks could resume”']],
    ['two forms', ['--form', 'belief,statement'], [
      'Vladimir Putin [statement]: “sanctions would fail”', 'Vladimir Putin [belief]: “Russia will win”', 'Vladimir Putin [statement]: “nothing else”']],
    ['every attribution with its form', ['--form', 'all'], [
      'Vladimir Putin [statement]: “sanctions would fail”', 'Vladimir Putin [question]: “whether talks could resume”',
      'Vladimir Putin [belief]: “Russia will win”', 'Vladimir Putin [statement]: “nothing else”']],
    ['a form with words', ['win', '--form', 'all'], ['Vladimir Putin [belief]: “Russia will win”']],
    ['a form no quote has', ['--form', 'evidence'], []],
  ];
  for (const [name, argv, lines] of cases) {
    it(name, async () => {
      const { code, out, err } = await run('quotes', ...argv);
      assert.equal(code, 0, err);
      const rows = out.trim().split('\n').slice(0, -1).map((l) => l.replace(/^\S+ {2}/, '').replace(/ {2}\[.*$/, ''));
      assert.deepEqual(rows, lines);
      assert.match(out, lines.length === 0 ? /no quotes match\n$/ : new RegExp(`showing ${lines.length} of ${lines.length} quotes\\n$`));
    });
  }

  it('carries the form in machine formats', async () => {
    const { out } = await run('quotes', '--form', 'all', '--format', 'jsonl');
    assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).form), ['statement', 'question', 'belief', 'statement']);
  });

  const failures: [string, string[], RegExp][] = [
    ['an unknown form', ['--form', 'rumour'], /^newsgraph quotes: --form: unknown form "rumour"; expected statement, question, belief, stance, evidence, other/],
    ['an empty form', ['--form', 'statement,'], /--form: an empty form/],
    ['a missing value', ['--form'], /--form/],
  ];
  for (const [name, argv, message] of failures) {
    it(`refuses ${name} with one line and exit 2`, async () => {
      const { code, err } = await run('quotes', ...argv);
      assert.equal(code, 2);
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length, 1);
    });
  }
});
