import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import { pageArticle } from '../analyze-article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES as MAX } from '../limits.ts';
import { detectFormat, expandPaths, readInputs } from '../read-inputs.ts';
import type { ReadItem } from './article.ts';
import { readFeed } from './feed.ts';
import { extractHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
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

  it('reads standard input with --format forced', async () => {
    const events = [];
    for await (const e of readInputs(['-'], { format: 'text', stdin: () => Readable.from([Buffer.from('{"text": "not JSON here"}')]) })) events.push(e);
    const [first] = events;
    assert.equal(first!.item?.kind, 'article');
    assert.equal((first!.item as any).article.text, '{"text": "not JSON here"}');
  });
});
