import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { toDay } from '../dates.ts';
import { article, failure, hostOf, type ReadItem } from './article.ts';
import { extractHtml, htmlFragmentText } from './html.ts';

function child(el: any, ...names: string[]): any {
  for (const name of names) {
    const found = [...el.childNodes].find((n: any) => n.nodeType === 1 && n.tagName.toLowerCase() === name);
    if (found) return found;
  }
  return null;
}

function childText(el: any, ...names: string[]): string | null {
  return child(el, ...names)?.textContent.trim() || null;
}

/** The item's page saved beside the feed: a relative link, a file: URL, or the URL's last path segment. */
function localPage(link: string | null, feedDir: string | null): string | null {
  if (!link || !feedDir) return null;
  const candidates: string[] = [];
  if (link.startsWith('file:')) candidates.push(fileURLToPath(link));
  else if (!/^[a-z]+:/i.test(link)) candidates.push(path.resolve(feedDir, link));
  else {
    try {
      const last = new URL(link).pathname.split('/').filter(Boolean).pop();
      if (last) candidates.push(path.join(feedDir, last), path.join(feedDir, `${last}.html`));
    } catch {
      // not a URL: nothing local
    }
  }
  return candidates.find((c) => existsSync(c) && !c.endsWith(path.sep)) ?? null;
}

/**
 * RSS 2.0 / RSS 1.0 items and Atom entries: title, link, date, and the text of the item's page when it is
 * saved beside the feed, else of its content or description.
 */
export function* readFeed(name: string, xml: string, feedDir: string | null): Iterable<ReadItem> {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (!root || !/^(rss|feed|rdf:rdf)$/i.test(root.tagName)) {
    yield failure(name, 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root); use --format to read it as something else');
    return;
  }
  const items = [...document.getElementsByTagName('item'), ...document.getElementsByTagName('entry')];
  const site = childText(child(root, 'channel') ?? root, 'title');
  for (const [i, item] of items.entries()) {
    const where = `${name}#${i + 1}`;
    const linkEl = child(item, 'link');
    const link = linkEl?.getAttribute('href') || linkEl?.textContent.trim() || childText(item, 'guid') || null;
    const title = childText(item, 'title');
    const published = toDay(childText(item, 'pubdate', 'dc:date', 'published', 'updated', 'dcterms:issued'));
    const page = localPage(link, feedDir);
    if (page) {
      const html = extractHtml(readFileSync(page, 'utf8'), link);
      if (html) {
        yield article({ name: `${where} (${path.basename(page)})`, ...html, title: html.title ?? title, url: link ?? html.url,
          published: html.published ?? published, source: html.source ?? site });
        continue;
      }
    }
    const body = childText(item, 'content:encoded', 'content', 'description', 'summary');
    const text = body ? htmlFragmentText(body) : '';
    if (text === '') {
      yield failure(where, 'feed item has no text and its page is not saved beside the feed; skipped');
      continue;
    }
    yield article({ name: where, text, title, url: link, published, source: site ?? hostOf(link) });
  }
}
