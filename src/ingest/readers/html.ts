import { createRequire } from 'node:module';
import { toDay } from '../dates.ts';
import type { InputMessage } from '../limits.ts';
import { hostOf, type ArticleFields } from './article.ts';

const require = createRequire(import.meta.url);
interface Dom {
  parseHTML: typeof import('linkedom').parseHTML;
  DOMParser: typeof import('linkedom').DOMParser;
  Readability: typeof import('@mozilla/readability').Readability;
}
let loaded: Dom | undefined;

/**
 * linkedom and Readability, loaded with the first page or feed read: they are a tenth of a CPU-second that
 * a thread given only plain text (every analysis worker, the CLI's) need not spend at start-up.
 */
export function dom(): Dom {
  if (!loaded) {
    const { parseHTML, DOMParser } = require('linkedom') as typeof import('linkedom');
    const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
    loaded = { parseHTML, DOMParser, Readability };
  }
  return loaded;
}

export interface HtmlArticle extends ArticleFields {
  text: string;
  messages: InputMessage[];
}

/**
 * Deepest element nesting read as a page. Real pages nest a few dozen levels; the DOM builder costs the
 * square of the depth and Readability its cube (2,000 nested divs: 96 s), so a deeper page is read as text.
 */
export const MAX_HTML_DEPTH = 200;

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'BR', 'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Text of a DOM subtree with one line per block element, so paragraphs survive as newlines (no recursion: any depth). */
export function blockText(root: any): string {
  const out: string[] = [];
  // Children are pushed in reverse, so they come off the stack in document order; a block's closing newline is a marker.
  const stack: any[] = [...(root.childNodes ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === '\n') out.push('\n');
    else if (node.nodeType === 3) out.push(node.textContent.replace(/\s+/g, ' '));
    else if (node.nodeType === 1 && !SKIP.has(node.tagName)) {
      const block = BLOCK.has(node.tagName);
      if (block) {
        out.push('\n');
        stack.push('\n');
      }
      const children = node.childNodes ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return out.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Tags a parser closes by itself when the next one opens: they do not nest.
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp', 'iframe', 'noembed', 'noframes']);
const BLOCK_NAMES = new Set([...BLOCK].map((t) => t.toLowerCase()));

/** Tags of an HTML text in one pass, each with where its markup starts and ends; comments and raw text passed over. */
function* tags(html: string): Iterable<{ name: string; closing: boolean; selfClosed: boolean; start: number; end: number }> {
  // Sticky, and no attribute run past a "<": each try ends at the next "<", so the pass stays linear.
  const tag = /<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>|<[!?][^<>]*>/y;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    tag.lastIndex = lt;
    const m = tag.exec(html);
    if (!m || !m[2]) {
      // Not a tag (a lone "<"), or a declaration (<!doctype>, <?xml?>): passed over, the latter as markup.
      if (m) yield { name: '!', closing: false, selfClosed: true, start: lt, end: lt + m[0].length };
      i = m ? lt + m[0].length : lt + 1;
      continue;
    }
    const name = m[2].toLowerCase();
    const found = { name, closing: m[1] === '/', selfClosed: m[3] === '/', start: lt, end: lt + m[0].length };
    yield found;
    i = found.end;
    if (!found.closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = i;
      i = close.exec(html)?.index ?? html.length;
    }
  }
}

/** How deep the page's elements nest (void and self-closing elements do not count). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const t of tags(html)) {
    if (VOID.has(t.name) || SELF_CLOSING.has(t.name) || t.selfClosed) continue;
    depth = Math.max(0, depth + (t.closing ? -1 : 1));
    max = Math.max(max, depth);
  }
  return max;
}

/** The page's text with its markup removed in one pass: a line per block element, raw text (scripts) left out. */
function flatText(html: string): string {
  const out: string[] = [];
  let at = 0;
  let skipping: string | null = null;
  for (const t of tags(html)) {
    if (!skipping) out.push(html.slice(at, t.start));
    at = t.end;
    if (skipping) {
      if (t.closing && t.name === skipping) skipping = null;
      continue;
    }
    if (!t.closing && !t.selfClosed && (SKIP.has(t.name.toUpperCase()) || t.name === 'title')) skipping = t.name;
    else if (BLOCK_NAMES.has(t.name)) out.push('\n');
  }
  if (!skipping) out.push(html.slice(at));
  return decodeEntities(out.join('')).split('\n').map((l: string) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Text with its character references (&amp;, &#8217;) decoded, by the same parser that reads pages. */
function decodeEntities(text: string): string {
  return dom().parseHTML(`<!doctype html><html><body><pre>${text.replace(/</g, '&lt;')}</pre></body></html>`).document.body.textContent ?? '';
}

/** Plain text of an HTML fragment (feed descriptions); a fragment nested too deep is read as flat text. */
export function htmlFragmentText(html: string): string {
  if (nestingDepth(html) > MAX_HTML_DEPTH) return flatText(html);
  const { document } = dom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body);
}

function meta(document: any, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** JSON-LD objects of the page, @graph flattened; broken blocks are ignored. */
function jsonLd(document: any): Record<string, any>[] {
  const out: Record<string, any>[] = [];
  const add = (value: any) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      out.push(value);
      if (value['@graph']) add(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|NewsArticle|BlogPosting|Report|WebPage/;

/** A page's document; text with no element at all (a plain text file named .html) is read as a page's body. */
function parsePage(html: string): any {
  const { document } = dom().parseHTML(html);
  return document.documentElement ? document : dom().parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/**
 * Main text (Readability) and metadata (JSON-LD first, then meta tags, then <time>) of a news page.
 * Null when the page holds no text.
 */
export function extractHtml(html: string, fallbackUrl: string | null = null): HtmlArticle | null {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    const text = flatText(html);
    const title = decodeEntities(/<title[^<>]*>([^<]*)<\/title/i.exec(html.slice(0, 65536))?.[1] ?? '').trim() || null;
    return text === '' ? null : {
      text, title, url: fallbackUrl, source: hostOf(fallbackUrl), published: null,
      messages: [{
        level: 'warning', rule: 'deep-html',
        text: `the page nests elements ${depth} levels deep (more than ${MAX_HTML_DEPTH}): it is read as plain text, without picking out the article, so menus and footers may be in it`,
      }],
    };
  }
  const document = parsePage(html);
  const ld = jsonLd(document);
  const news = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'])) && (o.datePublished || o.headline)) ?? ld.find((o) => o.datePublished) ?? {};
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = canonical ?? meta(document, 'og:url') ?? (typeof news.url === 'string' ? news.url : null) ?? fallbackUrl;
  const published = toDay(news.datePublished ?? null)
    ?? toDay(meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date'))
    ?? toDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const title = (typeof news.headline === 'string' ? news.headline : null) ?? meta(document, 'og:title', 'twitter:title')
    ?? (document.querySelector('title')?.textContent.trim() || null);
  const publisher = news.publisher && typeof news.publisher === 'object' ? news.publisher.name : null;
  const source = meta(document, 'og:site_name') ?? (typeof publisher === 'string' ? publisher : null) ?? hostOf(url);

  // Readability changes the DOM, so it runs after the metadata is read.
  let text = '';
  try {
    const parsed = new (dom().Readability)(document as any, { charThreshold: 200 }).parse();
    if (parsed?.content) text = blockText(dom().parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  } catch {
    // fall back to the body text below
  }
  if (text.length < 100) text = blockText(parsePage(html).body);
  if (title && text.startsWith(`${title}\n`)) text = text.slice(title.length + 1);
  return text.trim() === '' ? null : { text, title, url, source, published, messages: [] };
}
