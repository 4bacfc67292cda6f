import type { InputMessage } from '../limits.ts';

/** What an input said about an article besides its text. */
export interface ArticleFields {
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

/** What a reader yields: an article with what the input said about it, or a problem with one input. */
export interface RawArticle extends ArticleFields {
  /** where it came from: file, file:line, feed item, WARC record */
  name: string;
  text: string;
  /** problems of the input itself (invalid UTF-8, a cut at the size limit, a damaged record) */
  messages: InputMessage[];
}

/**
 * A web page whose text is still to be taken out: extraction is heavy and a hostile page can make it slow,
 * so it runs in an analysis worker, under the article's time limit, not in the reader.
 */
export interface RawPage {
  name: string;
  html: string;
  /** what the reader knows that wins over the page's own metadata (a feed item's link) */
  prefer: Partial<ArticleFields>;
  /** what the reader knows that the page's own metadata wins over (a crawl date, a feed's title) */
  fallback: Partial<ArticleFields>;
  /** the text to take when the page has none (a feed item's own description) */
  fallbackText?: string;
  messages: InputMessage[];
}

export type ReadItem = (
  | { kind: 'article'; article: RawArticle }
  | { kind: 'page'; page: RawPage }
  /** an input or part of one that was skipped */
  | { kind: 'error'; name: string; message: string }
  /** something wrong that did not stop the reading (a damaged record kept, a link not followed) */
  | { kind: 'warning'; name: string; message: string }
) & { bytes?: number };

export const FORMATS = ['text', 'html', 'feed', 'jsonl', 'warc'] as const;
export type Format = (typeof FORMATS)[number];

export function article(fields: Partial<RawArticle> & { name: string; text: string }): ReadItem {
  return { kind: 'article', article: { title: null, url: null, source: null, published: null, messages: [], ...fields } };
}

export function page(fields: Partial<RawPage> & { name: string; html: string }): ReadItem {
  return { kind: 'page', page: { prefer: {}, fallback: {}, messages: [], ...fields } };
}

export function failure(name: string, message: string): ReadItem {
  return { kind: 'error', name, message };
}

export function warning(name: string, message: string): ReadItem {
  return { kind: 'warning', name, message };
}

/** The host of a URL as the outlet name, or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A page's fields with the reader's: `prefer` over the page's, the page's over `fallback`. */
export function mergeFields(found: ArticleFields, reader: Pick<RawPage, 'prefer' | 'fallback'>): ArticleFields {
  const pick = (key: keyof ArticleFields) => reader.prefer[key] ?? found[key] ?? reader.fallback[key] ?? null;
  return { title: pick('title'), url: pick('url'), source: pick('source'), published: pick('published') };
}
