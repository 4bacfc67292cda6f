import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocSchema } from '../../src/model/index.ts';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { runCli } from '../../src/cli/test-io.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const seed = path.join(REPO_ROOT, 'examples/seed-article.txt');

test('analyze --format json prints a document that parses with the Doc schema', async () => {
  const { code, out, err } = await runCli(['analyze', seed, '--published', '2020-10-23', '--format', 'json']);
  assert.equal(code, 0, err);
  const doc = DocSchema.parse(JSON.parse(out));
  assert.equal(doc.published, '2020-10-23');
  assert.equal(doc.paragraphs.length, 19);
});

test('analyze text report shows paragraphs and their messages', async () => {
  const { code, out } = await runCli(['analyze', seed]);
  assert.equal(code, 0);
  assert.match(out, /¶2 {2}When asked about/);
  assert.match(out, /warning {2}truncated: paragraph 2/);
});

test('analyze --format jsonl prints one document per line for several files', async () => {
  const a = file('a.txt', 'Officials met on Monday.');
  const b = file('b.txt', 'Talks resumed.');
  const { code, out } = await runCli(['analyze', a, b, '--format', 'jsonl']);
  assert.equal(code, 0);
  assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).text), ['Officials met on Monday.', 'Talks resumed.']);
});

test('invalid UTF-8 is decoded with replacement, and the document carries a warning', async () => {
  const bad = file('latin1.txt', Buffer.from([0x53, 0x61, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0xe9, 0x2e]));
  const { code, out, err } = await runCli(['analyze', bad, '--format', 'json']);
  assert.equal(code, 0);
  const doc = JSON.parse(out);
  assert.match(doc.text, /\uFFFD/);
  assert.equal(doc.messages[0].rule, 'invalid-utf8');
  assert.match(err, /not valid UTF-8/);
});

test('a file over --max-article-mb is cut at a paragraph end, and the document and stderr say so', async () => {
  const big = file('big.txt', 'Officials met in Vienna on Monday to talk about trade.\n'.repeat(4000));
  const { code, out, err } = await runCli(['analyze', big, '--max-article-mb', '0.05', '--format', 'json']);
  assert.equal(code, 0, err);
  const doc = JSON.parse(out);
  assert.ok(doc.text.length <= 0.05 * 2 ** 20 && doc.text.endsWith('trade.'), `${doc.text.length} characters`);
  assert.equal(doc.messages[0].rule, 'truncated-input');
  assert.match(err, /big\.txt: the article is longer than the limit of 52 KB \(215 KB\): only its first 52 KB are read, up to a paragraph end/);
});

const badInput: [string, () => string[], RegExp][] = [
  ['a missing file', () => ['analyze', path.join(dir, 'nope.txt')], /nope\.txt: no such file; check the path/],
  ['a directory', () => ['analyze', dir], /is a directory; pass the article files inside it/],
  ['an empty file', () => ['analyze', file('empty.txt', '')], /is empty; pass a file that holds the article text/],
  ['a blank file', () => ['analyze', file('blank.txt', ' \n\t\n')], /is empty/],
  ['binary data', () => ['analyze', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))], /looks like binary data/],
  ['a NUL byte after the first 8 KiB', () => ['analyze', file('late-nul.txt', Buffer.concat([Buffer.from('Officials met. '.repeat(1000)), Buffer.from([0])]))], /late-nul\.txt: looks like binary data/],
  ['an empty file whose name holds a newline', () => ['analyze', file('two\nlines.txt', '')], /two\\nlines\.txt: is empty/],
  ['a bad --max-article-mb', () => ['analyze', seed, '--max-article-mb', 'big'], /--max-article-mb: expected a size in MB/],
  ['a bad --published value', () => ['analyze', seed, '--published', 'yesterday'], /--published: expected a date as YYYY-MM-DD/],
  ['an impossible --published date', () => ['analyze', seed, '--published', '2021-02-30'], /--published: not a calendar date/],
  ['an unknown flag', () => ['analyze', seed, '--colour'], /unknown flag --colour; run `newsgraph analyze --help`/],
  ['a bad --format', () => ['analyze', seed, '--format', 'xml'], /--format: .*text.*json/],
  ['no input at all', () => ['analyze'], /no input; pass an article file, or - to read standard input/],
  ['an unknown command', () => ['analyse', seed], /unknown command "analyse"; run `newsgraph --help`/],
  ['eval without a task', () => ['eval'], /name a task, one of ner, timex, quotes, events/],
  ['eval with a missing file', () => ['eval', 'timex', path.join(dir, 'gold.jsonl')], /no such file/],
];

for (const [what, argv, message] of badInput) {
  test(`bad input: ${what} gives one line on stderr, exit code 2, no output`, async () => {
    const { code, out, err } = await runCli(argv());
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, message);
    assert.equal(err.trim().split('\n').length, 1, err);
    assert.doesNotMatch(err, /\n\s+at /);
  });
}

test('the installed bin reads standard input and exits 2 with one line on a bad flag', () => {
  const bin = path.join(REPO_ROOT, 'bin/newsgraph.js');
  const ok = spawnSync(process.execPath, [bin, 'analyze', '-', '--format', 'json'], { input: 'Putin spoke on Monday.', encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).text, 'Putin spoke on Monday.');
  const bad = spawnSync(process.execPath, [bin, 'analyze', '--nope'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});

test('every command answers --help and -h with its usage, exit 0', async () => {
  const { COMMANDS } = await import('../../src/cli/commands/index.ts');
  for (const entry of COMMANDS) {
    const command = await entry.load();
    for (const flag of ['--help', '-h']) {
      const { code, out } = await runCli([command.name, flag]);
      assert.equal(code, 0, `${command.name} ${flag}`);
      assert.equal(out, `${command.usage}\n`);
    }
  }
});
