/**
 * The fuzz suite: fast-check properties over the readers and the pipeline, on random bytes, random HTML,
 * random feeds, damaged WARC files, random JSON Lines, and text full of quotes, brackets and long lines.
 * Every case must end in a clear message or a Doc whose spans are exact, within a CPU-time bound; the
 * suite reports the cases run, the slowest case and the peak memory. `npm test` runs it with small budgets
 * (fuzz.test.ts), `npm run fuzz` with long ones (run.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { WARCRecord, WARCSerializer } from 'warcio';
import { InputError } from '../../src/errors.ts';
import { decodeArticle } from '../../src/ingest/decode-article.ts';
import { pageArticle } from '../../src/ingest/analyze-article.ts';
import type { ReadItem } from '../../src/ingest/readers/article.ts';
import { readFeed } from '../../src/ingest/readers/feed.ts';
import { readJsonl } from '../../src/ingest/readers/jsonl.ts';
import { readWarc } from '../../src/ingest/readers/warc.ts';
import { DocSchema, type Doc } from '../../src/model/index.ts';
import { defaultPipeline } from '../../src/pipeline/presets.ts';

const MAX_BYTES = 256 * 1024;
/** CPU time a case may take: a fixed allowance and a generous rate per character of input. */
const boundMs = (size: number) => 5000 + size * 0.25;

// ---- what the cases are made of -------------------------------------------------------------------------

const WORDS = ['Putin', 'said', 'the', 'minister', 'Russia', 'China', 'on', 'Monday', 'talks', 'U.S.', 'Dr.', 'last', 'week', 'in', 'July',
  '2020', '10,000', 'according', 'to', 'officials', 'President', 'Xi', 'Jinping', 'New', 'START', 'treaty', 'signed', 'attacked', 'and', 'not'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', '.', ',', ';', ':', '?', '!', '—', '-', '…', '/', '\\', '&', '#'];
const ODD = ['\n', '\r\n', '\n\n', '\t', '\u00a0', '\u200b', '\u2028', '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'ـ', 'שלום', '日本', '\uFEFF', '\u0007', '\uFFFD'];
/** A unit repeated into a long run: the shapes that made tokenizers and regexes quadratic. */
const RUN_UNITS = ['"', "'", '-', '!', 'a', 'A.', '(', 'http://a.b/', '1', 'Mr. ', 'said ', 'the ', '<p>', '&amp;', '“', ' ', 'O\'', 'word '];

const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
  { weight: 6, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 50, max: 8000 })).map(([u, n]) => u.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** News-like words with quotes, brackets, odd characters and, now and then, a long run. */
export const messyText = fc.array(piece, { minLength: 1, maxLength: 300 }).map((parts) => parts.join(''));

const TAGS = ['div', 'p', 'span', 'article', 'section', 'a', 'b', 'i', 'ul', 'li', 'table', 'tr', 'td', 'script', 'style', 'h1', 'br', 'img', 'svg', 'noscript', 'meta', 'title'];
const attr = fc.oneof(fc.constant(''), fc.constantFrom(' class="content"', " id='main'", ' href="http://x/?a=1&b=2"', ' data-x=">"', ' style="display:none"', ' itemprop=datePublished content="2020-10-23"', ' "', " ='"));
const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    messyText.map((t) => t.slice(0, 400)),
    fc.tuple(fc.constantFrom(...TAGS), attr, fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, a, children, close]) => `<${tag}${a}>${children.join('')}${close ? `</${tag}>` : ''}`),
    fc.constantFrom('<!-- comment -->', '<!--', '-->', '<![CDATA[x]]>', '<!doctype html>', '</div>', '<', '&nbsp;', '&#x1F600;', '&bogus;'),
  ),
})).node;
const deepChain = fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom('div', 'span', 'b', 'td', 'li'), messyText)
  .map(([n, tag, text]) => `${`<${tag}>`.repeat(n)}${text.slice(0, 300)}${`</${tag}>`.repeat(n)}`);
/** Whole pages: random markup trees, deep chains, and the two mixed. */
export const randomHtml = fc.tuple(fc.array(fc.oneof(htmlTree, deepChain), { maxLength: 4 }), fc.boolean())
  .map(([parts, wrap]) => (wrap ? `<!doctype html><html><head><title>T</title></head><body>${parts.join('')}</body></html>` : parts.join('')));

const link = fc.oneof(fc.constantFrom('file:///etc/passwd', '../secret.txt', '../../secret.txt', '/etc/passwd', 'page.html', 'sub/../page.html',
  '%2e%2e/secret.txt', 'https://w.example/world/page', 'https://w.example/world/..', 'dir', 'javascript:alert(1)', ''), fc.string({ maxLength: 30 }));
const item = fc.tuple(fc.constantFrom('item', 'entry'), link, messyText, fc.boolean()).map(([tag, href, text, useHref]) =>
  `<${tag}><title>${text.slice(0, 40).replace(/[<&]/g, ' ')}</title>${useHref ? `<link href="${href.replace(/["<&]/g, '')}"/>` : `<link>${href.replace(/[<&]/g, '')}</link>`}<description>${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</description></${tag}>`);
/** Feeds whose items link anything, including local files outside the feed's folder. */
export const randomFeed = fc.tuple(fc.array(item, { maxLength: 8 }), fc.constantFrom('rss', 'feed', 'rdf:RDF', 'html'), fc.option(fc.string({ maxLength: 50 })))
  .map(([items, root, junk]) => `<?xml version="1.0"?><${root}><channel><title>F</title>${items.join('')}</channel></${root}>${junk ?? ''}`);

/** A small WARC file, then cut, overwritten, or given a wrong Content-Length. */
export function damagedWarc(whole: Buffer): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.integer({ min: 0, max: whole.length }).map((n) => whole.subarray(0, n)),
    fc.tuple(fc.integer({ min: 0, max: whole.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 40 }))
      .map(([at, bytes]) => Buffer.concat([whole.subarray(0, at), bytes, whole.subarray(Math.min(whole.length, at + bytes.length))])),
    fc.integer({ min: -300, max: 300 }).map((d) => Buffer.from(whole.toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Math.max(0, Number(n) + d)}`), 'latin1')),
    fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.concat([Buffer.from('WARC/1.0\r\n'), b])),
  );
}

export const jsonLines = fc.array(fc.oneof(
  messyText.map((text) => JSON.stringify({ text, title: text.slice(0, 10) })),
  fc.string({ maxLength: 100 }),
  fc.constantFrom('{}', '[]', 'null', '{"text": 5}', '{"text": ""}', '{"text": "x", "published": "not a date"}', '{"text":'),
  fc.integer({ min: 1000, max: 600_000 }).map((n) => JSON.stringify({ text: 'long '.repeat(n / 5) })),
), { maxLength: 12 }).map((lines) => lines.join('\n'));

// ---- what must hold ------------------------------------------------------------------------------------

/** The document's layers point at exactly the text they say, and the Doc passes its schema. */
export function checkDoc(doc: Doc, text: string): void {
  const parsed = DocSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`the Doc fails its schema: ${parsed.error.issues[0]!.message} at ${parsed.error.issues[0]!.path.join('.')}`);
  if (doc.text !== text) throw new Error('the Doc rewrote the text');
  const spans = [...doc.paragraphs, ...doc.sentences, ...doc.tokens, ...doc.mentions, ...doc.timexes, ...doc.quotes.flatMap((q) => q.content),
    ...doc.events.map((e) => e.trigger)];
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`a span [${s.start}, ${s.end}) says ${JSON.stringify(s.text)}`);
  }
}

/** A reader's items: each an article, a page, or a one-line message that names what it is about. */
function checkItems(items: ReadItem[]): void {
  for (const item of items) {
    if (item.kind === 'error' || item.kind === 'warning') {
      if (!item.message || /\n/.test(item.message) || !item.name) throw new Error(`an unclear message: ${JSON.stringify(item)}`);
    } else if (item.kind === 'article' && item.article.text.trim() === '') throw new Error('an article with no text');
    else if (item.kind === 'page') {
      const read = pageArticle(item.page, MAX_BYTES);
      if ('article' in read && read.article.text.trim() === '') throw new Error('a page read to no text');
      if ('problem' in read && !read.problem) throw new Error('a page with an empty problem');
    }
  }
}

async function collect(items: AsyncIterable<ReadItem> | Iterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

// ---- the targets ---------------------------------------------------------------------------------------

export interface Target {
  name: string;
  arbitrary: fc.Arbitrary<any>;
  /** the size of a case, for its time bound */
  size(value: any): number;
  check(value: any): Promise<void>;
}

export async function targets(scratch: string): Promise<Target[]> {
  const pipeline = defaultPipeline();
  const feedDir = path.join(scratch, 'feed');
  mkdirSync(path.join(feedDir, 'dir'), { recursive: true });
  writeFileSync(path.join(scratch, 'secret.txt'), 'SECRET-MARKER outside the feed');
  writeFileSync(path.join(feedDir, 'page.html'), '<html><body><p>The saved page says the ministers met.</p></body></html>');
  const records = await Promise.all([0, 1].map(async (i) => Buffer.from(await WARCSerializer.serialize(WARCRecord.create(
    { url: `https://w.example/${i}`, date: '2021-01-01T00:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html' } },
    [new TextEncoder().encode(`<html><head><title>${i}</title></head><body><p>${'The talks went on. '.repeat(20)}</p></body></html>`)],
  ), { gzip: i === 1 }))));
  return [
    {
      name: 'pipeline on messy text',
      arbitrary: messyText,
      size: (t: string) => t.length,
      async check(text: string) {
        if (text.trim() === '') return;
        checkDoc(pipeline.analyze({ text, published: '2021-03-01' }), text);
      },
    },
    {
      name: 'decoding random bytes',
      arbitrary: fc.uint8Array({ maxLength: 20_000 }).map((b) => Buffer.from(b)),
      size: (b: Buffer) => b.length,
      async check(bytes: Buffer) {
        try {
          const { text } = decodeArticle('random.bin', bytes);
          if (text.trim() === '') throw new Error('decoded to no text');
        } catch (error) {
          if (!(error instanceof InputError) || /\n/.test(error.message)) throw error;
        }
      },
    },
    {
      name: 'HTML pages',
      arbitrary: randomHtml,
      size: (h: string) => h.length,
      async check(html: string) {
        checkItems([{ kind: 'page', page: { name: 'p.html', html, prefer: {}, fallback: {}, messages: [] } }]);
      },
    },
    {
      name: 'feeds linking anything',
      arbitrary: randomFeed,
      size: (x: string) => x.length,
      async check(xml: string) {
        const items = await collect(readFeed('f.rss', xml, feedDir, MAX_BYTES));
        checkItems(items);
        for (const i of items) {
          const html = i.kind === 'page' ? i.page.html : i.kind === 'article' ? i.article.text : '';
          if (html.includes('SECRET-MARKER') || html.includes('root:x:0')) throw new Error('a feed read a local file outside its folder');
        }
      },
    },
    {
      name: 'damaged WARC files',
      arbitrary: fc.oneof(damagedWarc(records[0]!), damagedWarc(records[1]!), damagedWarc(Buffer.concat(records))),
      size: (b: Buffer) => b.length,
      async check(bytes: Buffer) {
        const items = await collect(readWarc('x.warc', Readable.from([bytes]), MAX_BYTES));
        if (items.length === 0) throw new Error('a WARC file read to nothing, and nothing said');
        checkItems(items);
      },
    },
    {
      name: 'JSON Lines',
      arbitrary: jsonLines,
      size: (t: string) => t.length,
      async check(text: string) {
        checkItems(await collect(readJsonl('x.jsonl', Readable.from([Buffer.from(text)]), MAX_BYTES)));
      },
    },
  ];
}

// ---- running them ---------------------------------------------------------------------------------------

export interface TargetReport {
  name: string;
  cases: number;
  failed: boolean;
  /** fast-check's account of the failing case, shrunk */
  failure: string | null;
  slowestMs: number;
  slowestSize: number;
}

export interface FuzzReport {
  targets: TargetReport[];
  cases: number;
  slowest: { target: string; ms: number; size: number };
  peakRssMb: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Run every target for `seconds` each (or `runs` cases each, whichever ends first). */
export async function fuzz(options: { seconds: number; runs: number; seed: number }): Promise<FuzzReport> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'newsgraph-fuzz-'));
  try {
    const reports: TargetReport[] = [];
    for (const target of await targets(scratch)) {
      let slowestMs = 0;
      let slowestSize = 0;
      const property = fc.asyncProperty(target.arbitrary, async (value) => {
        const start = cpuMs();
        await target.check(value);
        const ms = cpuMs() - start;
        const size = target.size(value);
        if (ms > slowestMs) [slowestMs, slowestSize] = [ms, size];
        if (ms > boundMs(size)) throw new Error(`took ${ms.toFixed(0)} ms of CPU for ${size} characters (bound ${boundMs(size).toFixed(0)} ms)`);
      });
      const details = await fc.check(property, { numRuns: options.runs, seed: options.seed, interruptAfterTimeLimit: options.seconds * 1000, markInterruptAsFailure: false });
      reports.push({
        name: target.name, cases: details.numRuns, failed: details.failed, slowestMs, slowestSize,
        failure: details.failed ? `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n${fc.defaultReportMessage(details) ?? ''}` : null,
      });
    }
    const slowest = reports.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
    return {
      targets: reports,
      cases: reports.reduce((n, r) => n + r.cases, 0),
      slowest: { target: slowest.name, ms: slowest.slowestMs, size: slowest.slowestSize },
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The report as lines to read. */
export function describeFuzz(r: FuzzReport): string {
  return [
    ...r.targets.map((t) => `${t.failed ? 'FAIL' : 'ok  '} ${t.name}: ${t.cases} cases, slowest ${t.slowestMs.toFixed(0)} ms (${t.slowestSize} characters)${t.failure ? `\n${t.failure}` : ''}`),
    `${r.cases} cases; slowest ${r.slowest.ms.toFixed(0)} ms of CPU (${r.slowest.target}, ${r.slowest.size} characters); peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  ].join('\n');
}
