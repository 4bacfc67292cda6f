/** What a reader yields: an article with what the input said about it, or a problem with one input. */
export interface RawArticle {
  /** where it came from: file, file:line, feed item, WARC record */
  name: string;
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

export type ReadItem = (
  | { kind: 'article'; article: RawArticle }
  | { kind: 'error'; name: string; message: string }
) & { bytes?: number };

export const FORMATS = ['text', 'html', 'feed', 'jsonl', 'warc'] as const;
export type Format = (typeof FORMATS)[number];

export function article(fields: Partial<RawArticle> & { name: string; text: string }): ReadItem {
  return { kind: 'article', article: { title: null, url: null, source: null, published: null, ...fields } };
}

export function failure(name: string, message: string): ReadItem {
  return { kind: 'error', name, message };
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
