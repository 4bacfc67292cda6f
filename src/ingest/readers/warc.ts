import type { Readable } from 'node:stream';
import { WARCParser } from 'warcio';
import { toDay } from '../dates.ts';
import { article, failure, type ReadItem } from './article.ts';
import { extractHtml } from './html.ts';

/**
 * HTML responses of a WARC or WARC.gz file (Common Crawl, CC-NEWS): each page through the HTML reader,
 * with the record's target URI as the URL. Non-HTML records are passed over; a truncated file is reported.
 */
export async function* readWarc(name: string, input: Readable): AsyncIterable<ReadItem> {
  let n = 0;
  try {
    for await (const record of new WARCParser(input)) {
      n += 1;
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type') ?? '';
      if (!/html/i.test(type)) continue;
      const uri = record.warcTargetURI ?? null;
      const where = `${name}#${n}${uri ? ` ${uri}` : ''}`;
      const page = extractHtml(await record.contentText(), uri);
      if (!page) {
        yield failure(where, 'HTML page with no text; skipped');
        continue;
      }
      // The crawl date is not the publication date: it is used only when the page states none.
      yield article({ name: where, ...page, url: page.url ?? uri, published: page.published ?? toDay(record.warcDate) });
    }
  } catch (error) {
    yield failure(`${name}#${n + 1}`, `unreadable WARC record (${error instanceof Error ? error.message : String(error)}); the rest of the file is skipped`);
  }
  if (n === 0) yield failure(name, 'no WARC records found; is it a WARC file?');
}
