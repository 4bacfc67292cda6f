/**
 * Hostile and broken input, through the real CLI: a feed that links local files, symbolic link cycles and a
 * dangling link, a page nested 10,000 deep, a truncated WARC record, files that are not articles, a NUL
 * byte past the first 8 KiB, a file name with a newline, invalid UTF-8, a 100 MB file, and an article that
 * kills its worker. Each is reported on one line (or read), the rest of the run goes on.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Doc } from '../../src/model/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { longText } from '../fuzz/texts.ts';
import { article, cli } from './ingest-corpus.ts';

let dir: string;
let input: string;

const PAGE = (title: string, words: string) => `<!doctype html><html><head><title>${title}</title></head><body><article>${
  Array.from({ length: 5 }, (_, i) => `<p>${words} Paragraph ${i + 1} says the ministers met again on Monday to talk about trade and energy.</p>`).join('')}</article></body></html>`;

async function warc(): Promise<Buffer> {
  const records = [0, 1].map((i) => WARCRecord.create(
    { url: `https://news.example.org/story-${i}`, date: '2021-03-01T00:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html' } },
    [new TextEncoder().encode(PAGE(`Story ${i}`, `Crawled story ${i}.`))],
  ));
  const whole = Buffer.concat(await Promise.all(records.map(async (r) => Buffer.from(await WARCSerializer.serialize(r)))));
  return whole.subarray(0, whole.length - 120); // the second record loses its end
}

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-hostile-'));
  input = path.join(dir, 'in');
  mkdirSync(input);
  const put = (name: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(input, name)), { recursive: true });
    writeFileSync(path.join(input, name), content);
  };
  put('good-1.txt', article(1).text);
  put('good-2.txt', article(2).text);
  // A feed whose items link a file: URL, a path out of its folder, a folder, and pages saved beside it.
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET-OUTSIDE-THE-FEED must never be stored.');
  put('feed/saved.html', PAGE('Saved page', 'Saved beside the feed.'));
  mkdirSync(path.join(input, 'feed/folder.html'));
  put('feed/news.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Passwords</title><link>file:///etc/passwd</link><description>root</description></item>
    <item><title>Up and out</title><link>../../secret.txt</link></item>
    <item><title>A folder</title><link>folder.html</link></item>
    <item><title>Saved</title><link>https://wire.example.com/world/saved</link></item>
    <item><title>Own text</title><link>https://wire.example.com/world/not-saved</link><description>&lt;p&gt;The ministers of five countries met in Vienna on Tuesday to discuss grain exports.&lt;/p&gt;</description></item>
  </channel></rss>`);
  // Two cycles and a dangling link; an article inside the looping folder is still read once.
  put('loops/a/inside.txt', article(3).text);
  symlinkSync('..', path.join(input, 'loops/a/up'));
  symlinkSync('.', path.join(input, 'loops/self'));
  symlinkSync('no-such-target', path.join(input, 'loops/dangling.txt'));
  put('deep.html', `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(10_000)}<p>${article(4).text}</p>${'</div>'.repeat(10_000)}</body></html>`);
  put('cut.warc', await warc());
  put('README.md', '# Notes\nNot an article.');
  put('tool.ts', 'export const x = 1;');
  put('nul-late.txt', Buffer.concat([Buffer.from(`${article(5).text}\n`.repeat(40)), Buffer.from([0]), Buffer.from('tail')]));
  put('bad\nname.txt', '');
  put('latin1.txt', Buffer.concat([Buffer.from(article(6).text), Buffer.from([0x20, 0x53, 0xe3, 0x6f, 0x2e])]));
  writeFileSync(path.join(dir, 'notes.md'), article(7).text);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest of hostile input', { timeout: 300_000 }, () => {
  it('reports each bad input on one line, reads the rest, and stores no local file a feed links', async () => {
    const db = path.join(dir, 'corpus.db');
    const run = await cli(['ingest', input, path.join(dir, 'notes.md'), '--db', db, '--workers', '2']).done;
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.ok(lines.every((l) => l.startsWith('newsgraph ingest: ')), `every report is one line:\n${run.stderr}`);
    const line = (re: RegExp) => lines.find((l) => re.test(l)) ?? assert.fail(`no line matches ${re}:\n${run.stderr}`);
    line(/news\.rss#1: file: links are not followed/);
    line(/news\.rss#2: the link leads out of the feed's folder/);
    line(/news\.rss#3: the linked folder\.html is not a regular file/);
    assert.equal(lines.filter((l) => /symbolic link cycle/.test(l)).length, 2);
    line(/dangling\.txt: dangling symbolic link/);
    assert.equal(lines.filter((l) => /cut\.warc#2 .*: the record at offset \d+ is truncated: \d+ of its \d+ bytes are missing/.test(l)).length, 1, run.stderr);
    line(/nul-late\.txt: looks like binary data/);
    line(/bad\\nname\.txt: is empty/);
    line(/latin1\.txt: the input was not valid UTF-8/);
    line(/passed over 2 files that are not articles \((?=.*1 \.md)(?=.*1 \.ts).*\)/);

    const store = openSqliteStore(db);
    try {
      const docs: Doc[] = [];
      for await (const doc of store.exportDocs()) docs.push(doc);
      // Docs are keyed by content hash; the article rows say where each came from.
      const names = new Map<string, string>();
      for await (const a of store.exportArticles()) names.set(a.id, a.name ?? '');
      const named = (re: RegExp) => docs.find((d) => re.test(names.get(d.id ?? '') ?? '')) ?? assert.fail(`no stored article named ${re}`);
      assert.ok(docs.every((d) => !/SECRET-OUTSIDE|root:x?:?0/.test(d.text)), 'no text of a local file the feed linked');
      assert.match(named(/news\.rss#4 \(saved\.html\)/).text, /Saved beside the feed/);
      assert.match(named(/news\.rss#5/).text, /grain exports/);
      named(/inside\.txt$/);
      assert.deepEqual(named(/deep\.html$/).messages.filter((m) => m.stage === 'input').map((m) => m.rule), ['deep-html']);
      assert.match(named(/cut\.warc#2/).messages.map((m) => m.rule).join(), /damaged-record/);
      assert.equal(named(/latin1\.txt$/).messages[0]!.rule, 'invalid-utf8');
      named(/notes\.md$/);
      assert.equal(docs.filter((d) => /inside\.txt$/.test(names.get(d.id ?? '') ?? '')).length, 1, 'the looping folder is read once');
    } finally {
      await store.close();
    }
  });

  it('cuts a 100 MB file at the size limit with a message within seconds, in bounded memory', async (t) => {
    const big = path.join(dir, 'huge.txt');
    const paragraph = `${article(8).text.replace(/\n/g, ' ')}\n`;
    writeFileSync(big, paragraph.repeat(Math.ceil(100 * 2 ** 20 / paragraph.length)));
    const started = Date.now();
    const run = cli(['ingest', big, '--db', path.join(dir, 'huge.db'), '--workers', '1', '--max-article-mb', '0.25']);
    let peakKb = 0;
    let messageAt: number | null = null;
    let said = '';
    run.child.stderr!.on('data', (chunk) => {
      said += chunk;
      if (messageAt === null && /longer than the limit/.test(said)) messageAt = Date.now();
    });
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${run.child.pid}/status`, 'utf8');
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // ended
      }
    }, 100);
    const done = await run.done;
    clearInterval(poll);
    const seconds = (Date.now() - started) / 1000;
    const toMessage = messageAt === null ? Infinity : (messageAt - started) / 1000;
    t.diagnostic(`100 MB file: message after ${toMessage.toFixed(1)} s, run ${seconds.toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stderr, /huge\.txt: the article is longer than the limit of 256 KB \(100 MB\): only its first \d+ KB are read, up to a paragraph end/);
    assert.match(done.stderr, /1 read, 1 added/);
    assert.ok(toMessage < 30, `the message came after ${toMessage} s`);
    assert.ok(peakKb > 0 && peakKb < 1536 * 1024, `peak RSS ${peakKb} kB`);
  });

  it('an article that exhausts its worker fails alone; the articles around it are stored', async () => {
    const folder = path.join(dir, 'oom');
    mkdirSync(folder);
    for (let i = 0; i < 4; i += 1) writeFileSync(path.join(folder, `a${i}.txt`), article(20 + i).text);
    writeFileSync(path.join(folder, 'b-huge.txt'), longText('news', 800_000));
    writeFileSync(path.join(folder, 'c-after.txt'), article(30).text);
    const run = await cli(['ingest', folder, '--db', path.join(dir, 'oom.db'), '--workers', '1', '--worker-mb', '128']).done;
    assert.equal(run.code, 1, run.stderr);
    const failed = run.stderr.split('\n').filter((l) => /analysis failed/.test(l));
    assert.equal(failed.length, 1, run.stderr);
    assert.match(failed[0]!, /b-huge\.txt: analysis failed: its worker died \(.*memory/);
    assert.match(run.stderr, /6 read, 5 added .* 1 errors/);
  });
});

