import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readHead } from '../decode-article.ts';
import { toDay } from '../dates.ts';
import { sizeText, type InputMessage } from '../limits.ts';
import { article, failure, hostOf, page, type ReadItem } from './article.ts';
import { dom, htmlFragmentText, MAX_HTML_DEPTH, nestingDepth } from './html.ts';

function child(el: any, ...names: string[]): any {
  for (const name of names) {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.tagName.toLowerCase() === name) return n;
  }
  return null;
}

function childText(el: any, ...names: string[]): string | null {
  return child(el, ...names)?.textContent.trim() || null;
}

/** Where an item's link points on disk: a file to read, a link refused (why), or nothing saved there. */
type LocalPage = { file: string } | { refused: string } | null;

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The item's page saved beside the feed: a relative link to a file inside the feed's folder, or a web link's
 * last path segment (with or without .html) in that folder. Never a file: URL, a path out of the folder (by
 * "..", an absolute path or a symbolic link), a device or a folder: a feed must not make ingest read local
 * files it was not given.
 */
export function localPage(link: string | null, feedDir: string | null): LocalPage {
  if (!link || !feedDir) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase();
  let candidates: string[];
  if (scheme === 'file') return { refused: 'file: links are not followed; only pages saved beside the feed are read' };
  if (scheme === 'http' || scheme === 'https') {
    let last: string | undefined;
    try {
      last = decodeURIComponent(new URL(link).pathname.split('/').filter(Boolean).pop() ?? '');
    } catch {
      return null;
    }
    if (!last || last === '..' || last === '.' || /[\\/\0]/.test(last)) return null;
    candidates = [path.join(feedDir, last), path.join(feedDir, `${last}.html`)];
  } else if (scheme) {
    return null;
  } else {
    let relative: string;
    try {
      relative = decodeURIComponent(link.replace(/[?#].*$/, ''));
    } catch {
      relative = link;
    }
    const file = path.resolve(feedDir, relative);
    if (relative.includes('\0') || path.isAbsolute(relative) || !inside(feedDir, file)) {
      return { refused: `the link leads out of the feed's folder (${relative}); only pages saved beside the feed are read` };
    }
    candidates = [file];
  }
  for (const file of candidates) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      continue; // not saved here
    }
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      continue;
    }
    if (!inside(realpathSync(feedDir), real)) return { refused: `the linked file ${path.basename(file)} is a link out of the feed's folder; it is not followed` };
    if (!stat.isFile()) return { refused: `the linked ${path.basename(file)} is not a regular file (a folder or a device); it is not read` };
    return { file };
  }
  return null;
}

/** The first `maxBytes` of a saved page, with a message when it was longer. */
function readPage(file: string, maxBytes: number): { html: string; messages: InputMessage[] } {
  const { bytes, more } = readHead(file, maxBytes);
  const html = new TextDecoder('utf-8').decode(bytes, { stream: more });
  return {
    html,
    messages: more ? [{ level: 'warning', rule: 'truncated-input', text: `the page is larger than the limit of ${sizeText(maxBytes)}: only its first ${sizeText(maxBytes)} are read; raise --max-article-mb to read it whole` }] : [],
  };
}

/**
 * RSS 2.0 / RSS 1.0 items and Atom entries: title, link, date, and the text of the item's page when it is
 * saved beside the feed (see localPage), else of its content or description. A bad item is reported alone.
 */
export function* readFeed(name: string, xml: string, feedDir: string | null, maxBytes: number): Iterable<ReadItem> {
  const depth = nestingDepth(xml);
  if (depth > MAX_HTML_DEPTH) {
    yield failure(name, `the feed nests elements ${depth} levels deep (more than ${MAX_HTML_DEPTH}); it is not read`);
    return;
  }
  const document = new (dom().DOMParser)().parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (!root || !/^(rss|feed|rdf:rdf)$/i.test(root.tagName)) {
    yield failure(name, 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root); use --format to read it as something else');
    return;
  }
  const items = [...document.getElementsByTagName('item'), ...document.getElementsByTagName('entry')];
  const site = childText(child(root, 'channel') ?? root, 'title');
  for (const [i, item] of items.entries()) {
    const where = `${name}#${i + 1}`;
    try {
      yield* readItem(item, where, site, feedDir, maxBytes);
    } catch (error) {
      yield failure(where, `cannot read the item (${error instanceof Error ? error.message : String(error)}); skipped`);
    }
  }
}

function* readItem(item: any, where: string, site: string | null, feedDir: string | null, maxBytes: number): Iterable<ReadItem> {
  const linkEl = child(item, 'link');
  const link = linkEl?.getAttribute('href') || linkEl?.textContent.trim() || childText(item, 'guid') || null;
  const title = childText(item, 'title');
  const published = toDay(childText(item, 'pubdate', 'dc:date', 'published', 'updated', 'dcterms:issued'));
  const body = childText(item, 'content:encoded', 'content', 'description', 'summary');
  const text = body ? htmlFragmentText(body) : '';
  const local = localPage(link, feedDir);
  if (local && 'refused' in local) {
    yield failure(where, `${local.refused}; the item is skipped`);
    return;
  }
  if (local) {
    const { html, messages } = readPage(local.file, maxBytes);
    yield page({
      name: `${where} (${path.basename(local.file)})`, html, messages, fallbackText: text || undefined,
      prefer: { url: link ?? undefined }, fallback: { title: title ?? undefined, published: published ?? undefined, source: site ?? undefined },
    });
    return;
  }
  if (text === '') {
    yield failure(where, 'feed item has no text and its page is not saved beside the feed; skipped');
    return;
  }
  yield article({ name: where, text, title, url: link, published, source: site ?? hostOf(link) });
}
