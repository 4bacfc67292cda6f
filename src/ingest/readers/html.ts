import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toDay } from '../dates.ts';
import { hostOf } from './article.ts';

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'BR', 'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Text of a DOM subtree with one line per block element, so paragraphs survive as newlines. */
export function blockText(root: any): string {
  const out: string[] = [];
  const walk = (node: any) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) out.push(child.textContent.replace(/\s+/g, ' '));
      else if (child.nodeType === 1 && !SKIP.has(child.tagName)) {
        const block = BLOCK.has(child.tagName);
        if (block) out.push('\n');
        walk(child);
        if (block) out.push('\n');
      }
    }
  };
  walk(root);
  return out.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

/** Plain text of an HTML fragment (feed descriptions). */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
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

/**
 * Main text (Readability) and metadata (JSON-LD first, then meta tags, then <time>) of a news page.
 * Null when the page holds no text.
 */
export function extractHtml(html: string, fallbackUrl: string | null = null): HtmlArticle | null {
  const { document } = parseHTML(html);
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
    const parsed = new Readability(document as any, { charThreshold: 200 }).parse();
    if (parsed?.content) text = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  } catch {
    // fall back to the body text below
  }
  if (text.length < 100) text = blockText(parseHTML(html).document.body ?? document);
  if (title && text.startsWith(`${title}\n`)) text = text.slice(title.length + 1);
  return text.trim() === '' ? null : { text, title, url, source, published };
}
