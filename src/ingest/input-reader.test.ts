import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { READ_HERE_MAX_FILES, readArticleInputs, readableHere, readInWorker } from './input-reader.ts';
import type { InputEvent } from './read-inputs.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'input-reader-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};
const text = file('a.txt', 'MOSCOW -- The minister said on Tuesday that talks would resume.\n');
const page = file('b.html', '<html><body><p>A page.</p></body></html>');
const feed = file('c.rss', '<rss><channel><item><title>T</title><description>D</description></item></channel></rss>');
const lines = file('d.jsonl', '{"text": "One."}\n');
const folder = path.join(dir, 'folder');
mkdirSync(folder);

test('a few regular text or HTML files are read in this thread; anything else in a reader thread', () => {
  const cases: [string, string[], boolean][] = [
    ['a text file', [text], true],
    ['text and HTML', [text, page], true],
    ['as many as the bound', Array(READ_HERE_MAX_FILES).fill(text), true],
    ['more than the bound', Array(READ_HERE_MAX_FILES + 1).fill(text), false],
    ['a feed (a library, many articles)', [text, feed], false],
    ['JSON Lines', [lines], false],
    ['standard input (may never end)', ['-'], false],
    ['a folder', [folder], false],
    ['a missing file', [path.join(dir, 'none.txt')], false],
  ];
  for (const [name, files, here] of cases) assert.equal(readableHere(files, undefined), here, name);
  assert.equal(readableHere([lines], 'text'), true, 'a format forced to text');
});

test('read in this thread, the inputs give the events the reader thread gives', async () => {
  const options = { maxBytes: 1 << 20, stdin: () => Readable.from([]), budgetMs: 0 };
  const events = async (source: AsyncIterable<InputEvent>) => {
    const all: InputEvent[] = [];
    for await (const e of source) all.push(e);
    return all;
  };
  const here = await events(readArticleInputs([text, page], options));
  assert.deepEqual(here, await events(readInWorker([text, page], options)));
  assert.equal(here.filter((e) => e.item).length, 2);
});
