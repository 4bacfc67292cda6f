import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { WARCRecord, WARCSerializer } from 'warcio';
import { pageArticle } from '../analyze-article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES as MAX } from '../limits.ts';
import { detectFormat, expandPaths, readInputs } from '../read-inputs.ts';
import type { ReadItem } from './article.ts';
import { localPage, readFeed } from './feed.ts';
import { blockText, extractHtml, MAX_HTML_DEPTH, nestingDepth } from './html.ts';
import { boundedLines, readJsonl } from './jsonl.ts';
import { readWarc } from './warc.ts';

const BODY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the minister said the talks on trade and energy would continue next week in the capital.</p>`).join('\n');

function page(head: string): string {
  return `<!doctype html><html><head>${head}</head><body><nav>Home | World | Sport</nav><article><h1>Talks go on</h1>${BODY}</article><footer>© Example</footer></body></html>`;
}

/** Every item, pages taken out as an analysis worker does, so a test sees the articles a reader gives. */
async function all(items: AsyncIterable<ReadItem> | Iterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) {
    if (item.kind !== 'page') out.push(item);
    else {
      const read = pageArticle(item.page, MAX);
      out.push('article' in read ? { kind: 'article', article: read.article } : { kind: 'error', name: item.page.name, message: read.problem });
    }
  }
  return out;
}

describe('extractHtml', () => {
  it('keeps the article paragraphs and drops navigation and footer', () => {
    const a = extractHtml(page('<title>Talks go on - Example News</title>'))!;
    assert.equal(a.text.split('\n').length, 6);
    assert.match(a.text, /^Paragraph 1: the minister said/);
    assert.doesNotMatch(a.text, /Home \| World|© Example/);
  });

  const metadata: [string, string, Partial<ReturnType<typeof extractHtml> & object>][] = [
    ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks go on","datePublished":"2020-10-22T23:30:00-05:00","url":"https://news.example.com/talks","publisher":{"@type":"Organization","name":"Example News"}}</script>',
      { title: 'Talks go on', published: '2020-10-22', url: 'https://news.example.com/talks', source: 'Example News' }],
    ['JSON-LD inside @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"Article","headline":"H","datePublished":"2019-01-05"}]}</script>',
      { title: 'H', published: '2019-01-05' }],
    ['Open Graph and article meta', '<meta property="og:title" content="OG title"><meta property="og:url" content="https://og.example.com/a"><meta property="article:published_time" content="2021-03-04T10:00:00Z"><meta property="og:site_name" content="OG News">',
      { title: 'OG title', url: 'https://og.example.com/a', published: '2021-03-04', source: 'OG News' }],
    ['canonical link over og:url, host as source', '<link rel="canonical" href="https://www.canon.example.org/x"><meta property="og:url" content="https://other/x">',
      { url: 'https://www.canon.example.org/x', source: 'canon.example.org' }],
    ['a broken JSON-LD block is ignored', '<script type="application/ld+json">{not json</script><meta name="pubdate" content="20200102">', { published: '2020-01-02' }],
    ['no metadata at all', '', { title: null, url: null, published: null, source: null }],
  ];
  for (const [name, head, expected] of metadata) {
    it(`reads ${name}`, () => {
      const a = extractHtml(page(head))!;
      for (const [key, value] of Object.entries(expected)) assert.equal(a[key as keyof typeof a], value, key);
    });
  }

  it('returns null for a page without text', () => assert.equal(extractHtml('<html><body><script>x()</script></body></html>'), null));

  it('reads a plain text file named .html as its text (found by the fuzz suite: it threw)', () => {
    assert.equal(extractHtml('Officials met on Monday.\nTalks went on.')?.text, 'Officials met on Monday. Talks went on.');
    assert.equal(extractHtml(''), null);
  });

  const depths: [string, string, number][] = [
    ['a flat page', '<html><body><p>a<p>b<br><img src=x></body></html>', 2],
    ['nested divs', `${'<div>'.repeat(30)}x${'</div>'.repeat(30)}`, 30],
    ['markup in a script or a comment does not count', `<script>${'<div>'.repeat(500)}</script><!--${'<div>'.repeat(500)}--><div></div>`, 1],
    ['unclosed <p> and <li> do not nest', `<ul>${'<li><p>item'.repeat(500)}</ul>`, 1],
  ];
  for (const [what, html, depth] of depths) it(`nestingDepth: ${what} → ${depth}`, () => assert.equal(nestingDepth(html), depth));

  it(`reads a page nested deeper than ${MAX_HTML_DEPTH} as plain text, with a message, at any depth`, () => {
    const deep = (n: number) => `<!doctype html><html><head><title>Deep &amp; far</title><style>p{}</style></head><body>${'<div>'.repeat(n)}<p>The minister said &quot;no&quot;.</p><p>Talks end.</p>${'</div>'.repeat(n)}</body></html>`;
    // No timing here (these machines are noisy): a reading worse than linear would not finish 200,000 levels.
    for (const n of [MAX_HTML_DEPTH + 1, 10_000, 200_000]) {
      const a = extractHtml(deep(n))!;
      assert.equal(a.text, 'The minister said "no".\nTalks end.');
      assert.equal(a.title, 'Deep & far');
      assert.deepEqual(a.messages.map((m) => m.rule), ['deep-html']);
    }
  });

  it('blockText walks a DOM deeper than the call stack would allow', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let node = document.body;
    for (let i = 0; i < 50_000; i += 1) node = node.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    node.appendChild(document.createTextNode('bottom'));
    assert.equal(blockText(document.body), 'bottom');
  });
});

describe('readFeed', () => {
  it('reads RSS items with dates, and the item page when it is saved beside the feed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-feed-'));
    try {
      writeFileSync(path.join(dir, 'talks.html'), page('<meta property="og:site_name" content="Saved">'));
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Feed</title>
        <item><title>Talks</title><link>https://news.example.com/world/talks</link><pubDate>Thu, 22 Oct 2020 08:00:00 GMT</pubDate><description>short</description></item>
        <item><title>Second</title><link>https://news.example.com/world/second</link><pubDate>Fri, 23 Oct 2020 08:00:00 GMT</pubDate>
          <content:encoded><![CDATA[<p>The second story says <b>more</b>.</p><p>Another paragraph.</p>]]></content:encoded></item>
        <item><title>Empty</title><link>https://news.example.com/empty</link></item>
      </channel></rss>`;
      const items = await all(readFeed('feed.rss', rss, dir, MAX));
      assert.equal(items.length, 3);
      const [first, second, third] = items as [any, any, any];
      assert.equal(first.kind, 'article');
      assert.equal(first.article.published, '2020-10-22');
      assert.equal(first.article.url, 'https://news.example.com/world/talks');
      assert.match(first.article.text, /Paragraph 6/, 'the saved page, not the description');
      assert.equal(second.article.text, 'The second story says more.\nAnother paragraph.');
      assert.equal(second.article.source, 'Example Feed');
      assert.equal(third.kind, 'error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads Atom entries', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
      <entry><title>One</title><link rel="alternate" href="https://atom.example.com/one"/><published>2022-02-03T12:00:00+01:00</published>
      <content type="html">&lt;p&gt;Entry text here.&lt;/p&gt;</content></entry></feed>`;
    const [item] = (await all(readFeed('a.atom', atom, null, MAX))) as any[];
    assert.equal(item.article.url, 'https://atom.example.com/one');
    assert.equal(item.article.published, '2022-02-03');
    assert.equal(item.article.text, 'Entry text here.');
  });

  it('follows an item link only to a page saved inside the feed\'s folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-links-'));
    try {
      const feedDir = path.join(root, 'feed');
      mkdirSync(path.join(feedDir, 'sub'), { recursive: true });
      mkdirSync(path.join(feedDir, 'folder.html'));
      writeFileSync(path.join(feedDir, 'page.html'), '<p>x</p>');
      writeFileSync(path.join(feedDir, 'sub/inner.html'), '<p>x</p>');
      writeFileSync(path.join(feedDir, 'story.html'), '<p>x</p>');
      writeFileSync(path.join(root, 'outside.html'), '<p>secret</p>');
      symlinkSync(path.join(root, 'outside.html'), path.join(feedDir, 'link-out.html'));
      symlinkSync('/dev/zero', path.join(feedDir, 'zero.html'));
      const cases: [string | null, string][] = [
        ['page.html', 'file page.html'],
        ['sub/inner.html', 'file inner.html'],
        ['https://news.example.com/world/story', 'file story.html'],
        ['https://news.example.com/world/page.html?x=1', 'file page.html'],
        ['https://news.example.com/world/missing', 'none'],
        ['missing.html', 'none'],
        ['file:///etc/passwd', 'refused: file: links'],
        [`file://${path.join(feedDir, 'page.html')}`, 'refused: file: links'],
        ['../outside.html', 'refused: out of the feed'],
        ['sub/../../outside.html', 'refused: out of the feed'],
        ['%2e%2e/outside.html', 'refused: out of the feed'],
        ['/etc/passwd', 'refused: out of the feed'],
        ['link-out.html', 'refused: a link out'],
        ['zero.html', 'refused: a link out'],
        ['folder.html', 'refused: not a regular file'],
        ['https://news.example.com/%2e%2e', 'none'],
        ['data:text/html,<p>x</p>', 'none'],
        [null, 'none'],
      ];
      for (const [link, expected] of cases) {
        const found = localPage(link, feedDir);
        const got = !found ? 'none' : 'file' in found ? `file ${path.basename(found.file)}` : `refused: ${found.refused}`;
        if (expected.startsWith('refused')) assert.ok(got.startsWith('refused') && got.includes(expected.slice(9)), `${link}: ${got}`);
        else assert.equal(got, expected, String(link));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports a refused link as a bad item and keeps the others', async () => {
    const rss = `<rss version="2.0"><channel><title>W</title>
      <item><title>Bad</title><link>file:///etc/passwd</link><description>x</description></item>
      <item><title>Good</title><link>https://w.example/a</link><description>Good text.</description></item></channel></rss>`;
    // A folder of its own: a file named like the good item's link ("a") in a shared one would be read as its page.
    const feedDir = mkdtempSync(path.join(tmpdir(), 'feed-'));
    try {
      const items = (await all(readFeed('f.rss', rss, feedDir, MAX))) as any[];
      assert.deepEqual(items.map((i) => i.kind), ['error', 'article']);
      assert.match(items[0].message, /file: links are not followed/);
      assert.equal(items[1].article.text, 'Good text.');
    } finally {
      rmSync(feedDir, { recursive: true, force: true });
    }
  });

  it('reports a document that is not a feed', async () => {
    const [item] = (await all(readFeed('x.xml', '<?xml version="1.0"?><html/>', null, MAX))) as any[];
    assert.equal(item.kind, 'error');
  });
});

describe('readJsonl', () => {
  it('reads each line, reports bad ones with their line number', async () => {
    const input = Readable.from([
      `${JSON.stringify({ id: 7, text: 'First.', title: 'T', url: 'https://www.example.com/a', published: '2020-10-22T10:00:00Z' })}\n`,
      '\n{bad json}\n',
      `${JSON.stringify({ text: '' })}\n${JSON.stringify({ text: 'Second.', source: 'Wire' })}\n`,
    ]);
    const items = (await all(readJsonl('in.jsonl', input, MAX))) as any[];
    assert.deepEqual(items.map((i) => i.kind), ['article', 'error', 'error', 'article']);
    assert.deepEqual(items[0].article, { name: '7', text: 'First.', title: 'T', url: 'https://www.example.com/a', published: '2020-10-22', source: 'example.com', messages: [] });
    assert.equal(items[1].name, 'in.jsonl:3');
    assert.match(items[2].message, /empty/);
    assert.equal(items[3].article.source, 'Wire');
  });
});

describe('boundedLines and long lines', () => {
  it('gives each line and its bytes, a line over the bound as null, never holding it whole', async () => {
    const input = Readable.from([Buffer.from('short\r\n'), Buffer.from('x'.repeat(50)), Buffer.from('y'.repeat(50)), Buffer.from('\nlast')]);
    const lines = [];
    for await (const l of boundedLines(input, 60)) lines.push(l);
    assert.deepEqual(lines, [{ line: 'short', bytes: 7 }, { line: null, bytes: 101 }, { line: 'last', bytes: 4 }]);
  });

  it('reports a line far over the article limit and cuts a text over it, with a message', async () => {
    const big = JSON.stringify({ text: `${'Para one. '.repeat(20)}\n${'Para two. '.repeat(20)}` });
    const input = Readable.from([`${JSON.stringify({ text: 'ok' })}\n${'z'.repeat(70_000)}\n${big}\n`]);
    const items = (await all(readJsonl('in.jsonl', input, 250))) as any[];
    assert.deepEqual(items.map((i) => i.kind), ['article', 'error', 'article']);
    assert.match(items[1].message, /the line is 69 KB, over twice the article limit/);
    assert.equal(items[2].article.text, 'Para one. '.repeat(20).trimEnd());
    assert.equal(items[2].article.messages[0].rule, 'truncated-input');
  });
});

describe('readWarc', () => {
  it('reads HTML responses of a gzipped WARC with their target URI, passing over other records', async () => {
    const records = [
      WARCRecord.create({ url: 'https://news.example.com/talks', date: '2020-10-23T00:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
        [new TextEncoder().encode(page('<meta property="article:published_time" content="2020-10-22">'))]),
      WARCRecord.create({ url: 'https://news.example.com/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, [new Uint8Array([1, 2, 3])]),
      WARCRecord.create({ url: 'https://news.example.com/nodate', date: '2020-11-01T00:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html' } },
        [new TextEncoder().encode(page(''))]),
    ];
    const chunks: Uint8Array[] = [];
    for (const r of records) chunks.push(await WARCSerializer.serialize(r, { gzip: true }));
    const items = (await all(readWarc('c.warc.gz', Readable.from([Buffer.concat(chunks)]), MAX))) as any[];
    assert.equal(items.length, 2);
    assert.equal(items[0].article.url, 'https://news.example.com/talks');
    assert.equal(items[0].article.published, '2020-10-22');
    assert.match(items[0].article.text, /\nParagraph 1: the minister/);
    assert.equal(items[1].article.published, '2020-11-01', 'the crawl date when the page states none');
  });
});

describe('readWarc on damaged files', () => {
  const html = (i: number) => page(`<title>Story ${i}</title>`);
  async function records(gzip: boolean): Promise<Buffer[]> {
    return Promise.all([0, 1, 2].map(async (i) => Buffer.from(await WARCSerializer.serialize(WARCRecord.create(
      { url: `https://w.example/${i}`, date: '2021-01-01T00:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html' } },
      [new TextEncoder().encode(html(i))],
    ), { gzip }))));
  }
  const read = (bytes: Buffer, name = 'x.warc') => all(readWarc(name, Readable.from([bytes]), MAX)) as Promise<any[]>;
  const summary = (items: any[]) => items.map((i) => (i.kind === 'article' ? `article ${i.article.messages.map((m: any) => m.rule).join('+') || 'clean'}` : `${i.kind} ${i.name.replace(/^.*?(#\d+|\(offset \d+\)).*$/, '$1')}: ${i.message}`));

  it('keeps a truncated record with a message that gives its offset', async () => {
    const whole = Buffer.concat(await records(false));
    const items = await read(whole.subarray(0, whole.length - 200));
    assert.deepEqual(summary(items).map((s) => s.split(':')[0]), ['article clean', 'article clean', 'article damaged-record']);
    assert.match(items[2].article.messages[0].text, /the record at offset \d+ is truncated: \d+ of its \d+ bytes are missing/);
  });

  it('says when a Content-Length is too small (the library\'s warning in our words) and keeps reading', async () => {
    const [a, b, c] = await records(false);
    const shorter = Buffer.from(a!.toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) - 40}`), 'latin1');
    const items = await read(Buffer.concat([shorter, b!, c!]));
    assert.equal(items.filter((i) => i.kind === 'article').length, 3);
    assert.match(items[0].article.messages[0].text, /the record at offset 0 has a Content-Length too small: 40 more bytes follow it/);
  });

  it('skips a record whose header was eaten by a Content-Length too large, with a message', async () => {
    const [a, b, c] = await records(false);
    const longer = Buffer.from(a!.toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) + 60}`), 'latin1');
    const items = await read(Buffer.concat([longer, b!, c!]));
    assert.deepEqual(items.map((i) => i.kind), ['article', 'error', 'article']);
    assert.match(items[1].message, /damaged WARC record \(no WARC\/ version line/);
    assert.match(items[1].name, /#2 \(offset \d+\)/);
  });

  it('reports the bytes after the last whole record of a cut or damaged .warc.gz', async () => {
    const [a, b, c] = await records(true);
    const cut = Buffer.concat([a!, b!, c!.subarray(0, c!.length - 30)]);
    const items = await read(cut, 'x.warc.gz');
    assert.deepEqual(items.map((i) => i.kind), ['article', 'article', 'error']);
    assert.match(items[2].message, /\d+ bytes after the last whole record could not be read/);
    assert.match(items[2].name, /\(offset \d+\)/);
    const garbled = await read(Buffer.concat([a!, Buffer.from('garbage in the middle'), b!]), 'x.warc.gz');
    assert.deepEqual(garbled.map((i) => i.kind), ['article', 'error']);
  });

  const unusable: [string, string][] = [
    ['a header and then garbage', 'WARC/1.0\r\nWARC-Type: response\r\n\r\ngarbage garbage'],
    ['a version line and then garbage', 'WARC/1.0\r\ngarbage garbage garbage'],
    ['nothing', ''],
  ];
  for (const [what, text] of unusable) {
    it(`reports ${what} as an error, never as zero articles read`, async () => {
      const items = await read(Buffer.from(text));
      assert.ok(items.length > 0 && items.every((i) => i.kind === 'error'), JSON.stringify(items));
    });
  }
});

describe('detectFormat and readInputs', () => {
  const cases: [string, string, string][] = [
    ['a.txt', 'Plain words.', 'text'],
    ['a.dat', '<!DOCTYPE html><html></html>', 'html'],
    ['a.txt', '<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['a.xml', '<?xml version="1.0"?><!-- c --><feed xmlns="x">', 'feed'],
    ['a.log', '{"text": "x"}', 'jsonl'],
    ['a.bin', 'WARC/1.0\r\n', 'warc'],
    ['a.htm', 'no markup yet', 'html'],
    ['a.ndjson', '', 'jsonl'],
  ];
  for (const [name, head, expected] of cases) {
    it(`${name} starting ${JSON.stringify(head.slice(0, 16))} → ${expected}`, () => assert.equal(detectFormat(name, Buffer.from(head)), expected));
  }
  it('detects gzip as WARC', () => assert.equal(detectFormat('x', Buffer.from([0x1f, 0x8b, 8])), 'warc'));

  it('walks folders in name order, skips hidden files and reports missing paths', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-walk-'));
    try {
      for (const f of ['b.txt', 'a.txt', '.hidden']) writeFileSync(path.join(dir, f), 'x');
      const { files, missing } = expandPaths([dir, path.join(dir, 'nope')]);
      assert.deepEqual(files.map((f) => path.basename(f)), ['a.txt', 'b.txt']);
      assert.equal(missing.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes article files only, by extension or by content, counts what it passes over, and always reads a file named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-kinds-'));
    try {
      const files: [string, string][] = [
        ['story.txt', 'Text.'], ['page.html', '<p>x</p>'], ['feed.rss', '<rss/>'], ['lines.jsonl', '{}'], ['crawl.warc.gz', 'x'],
        ['saved-page', '<!doctype html><html><body>x</body></html>'], ['wire.dat', '{"text": "A story.", "title": "T"}\n'],
        ['crawl.bin', 'WARC/1.0\r\n'], ['README.md', '# Read me'], ['demo.ts', 'export {};'], ['config.json', '{"name": "x"}'],
        ['LICENSE', 'MIT License'], ['logo.png', '\x89PNG'], ['data.tar.gz', '\x1f\x8b\x08'], ['sitemap.xml', '<?xml version="1.0"?><urlset/>'],
      ];
      for (const [name, content] of files) writeFileSync(path.join(dir, name), content, 'latin1');
      const { files: taken, passedOver } = expandPaths([dir, path.join(dir, 'README.md')]);
      assert.deepEqual(taken.map((f) => path.basename(f)).sort(),
        ['README.md', 'crawl.bin', 'crawl.warc.gz', 'feed.rss', 'lines.jsonl', 'page.html', 'saved-page', 'story.txt', 'wire.dat'].sort());
      assert.deepEqual(Object.fromEntries(passedOver), { '.gz': 1, '.json': 1, '.md': 1, '.png': 1, '.ts': 1, '.xml': 1, 'no extension': 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('walks through symbolic link cycles and dangling links, reading each folder once and saying what it went around', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cycles-'));
    try {
      mkdirSync(path.join(dir, 'a/b'), { recursive: true });
      writeFileSync(path.join(dir, 'a/b/story.txt'), 'x');
      writeFileSync(path.join(dir, 'top.txt'), 'x');
      symlinkSync('../..', path.join(dir, 'a/b/up'));
      symlinkSync('.', path.join(dir, 'a/here'));
      symlinkSync('gone.txt', path.join(dir, 'a/dangling.txt'));
      symlinkSync('loop2', path.join(dir, 'loop1'));
      symlinkSync('loop1', path.join(dir, 'loop2'));
      const { files, warnings } = expandPaths([dir]);
      assert.deepEqual(files.map((f) => path.relative(dir, f)), ['a/b/story.txt', 'top.txt']);
      assert.equal(warnings.filter((w) => /symbolic link cycle/.test(w)).length, 2, warnings.join('\n'));
      assert.equal(warnings.filter((w) => /dangling symbolic link/.test(w)).length, 1);
      assert.equal(warnings.filter((w) => /symbolic link loop/.test(w)).length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads standard input with --format forced', async () => {
    const events = [];
    for await (const e of readInputs(['-'], { format: 'text', stdin: () => Readable.from([Buffer.from('{"text": "not JSON here"}')]) })) events.push(e);
    const [first] = events;
    assert.equal(first!.item?.kind, 'article');
    assert.equal((first!.item as any).article.text, '{"text": "not JSON here"}');
  });
});
