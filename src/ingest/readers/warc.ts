import type { Readable } from 'node:stream';
import { WARCParser, type WARCRecord } from 'warcio';
import { toDay } from '../dates.ts';
import { sizeText, type InputMessage } from '../limits.ts';
import { failure, page, warning, type ReadItem } from './article.ts';

/** Bytes after the last record that are only its closing blank lines. */
const TRAILER = 4;

/**
 * The decoded content of a record, at most `max` bytes of it kept; the rest is read and dropped. Never
 * warcio's skipFully: on a file cut inside a record its skip waits for bytes that never come.
 */
async function readContent(record: WARCRecord, max: number): Promise<{ bytes: Buffer; more: boolean }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of record) {
    total += chunk.length;
    if (kept < max) {
      chunks.push(Buffer.from(chunk.subarray(0, max - kept)));
      kept += Math.min(chunk.length, max - kept);
    }
  }
  return { bytes: Buffer.concat(chunks, kept), more: total > max };
}

/** Bytes a record still lacked when its input ended (its reader's remaining limit: warcio does not say it otherwise). */
function missingBytes(record: WARCRecord): number {
  const limit = (record as unknown as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof limit === 'number' && limit > 0 ? limit : 0;
}

/** What warcio prints about a record (console.warn) as our words: "Content-Length Too Small: …, Remainder Length: 50, Offset: 862". */
function libraryWarning(text: string, offset: number | null): string {
  const record = offset === null ? 'a record' : `the record at offset ${offset}`;
  const small = /Content-Length Too Small.*Remainder Length: (\d+), Offset: (\d+)/.exec(text);
  if (small) return `${record} has a Content-Length too small: ${small[1]} more bytes follow it (at offset ${small[2]}) before the next record; it is kept as its length says`;
  return `${record}: the WARC reader says "${text}"`;
}

/**
 * HTML responses of a WARC or WARC.gz file (Common Crawl, CC-NEWS): each page goes to the HTML extractor,
 * with the record's target URI as the URL. Non-HTML records are passed over. Damage is reported with its
 * offset: a truncated record is kept with a message, a record with a broken header is skipped, bytes the
 * reader could not get through are reported, and a file with no usable record is an error.
 */
export async function* readWarc(name: string, input: Readable, maxBytes: number): AsyncIterable<ReadItem> {
  let total = 0;
  const counted = (async function* () {
    for await (const chunk of input) {
      total += chunk.length;
      yield chunk as Uint8Array;
    }
  })();
  const parser = new WARCParser(counted);
  const warnings: string[] = [];
  const warn = console.warn;
  // warcio reports a mis-sized record only on the console: take those lines in, as messages of the record.
  console.warn = (...parts: unknown[]) => warnings.push(parts.map(String).join(' '));
  let n = 0;
  let pages = 0;
  let end = 0;
  let pending: { item: ReadItem; offset: number } | null = null;
  // A record is yielded once the next one is parsed: a warning about its length comes only then.
  const flush = function* (): Iterable<ReadItem> {
    for (const w of warnings.splice(0)) {
      const text = libraryWarning(w, pending?.offset ?? null);
      // On the record's page it is said when the page is stored; with no page, here.
      if (pending?.item.kind === 'page') pending.item.page.messages.push({ level: 'warning', rule: 'damaged-record', text });
      else yield warning(name, text);
    }
    if (pending) yield pending.item;
    pending = null;
  };
  try {
    for (;;) {
      let record: WARCRecord | null;
      try {
        record = await parser.parse();
      } catch (error) {
        yield* flush();
        yield failure(`${name}#${n + 1} (offset ${end})`, `unreadable WARC record (${error instanceof Error ? error.message : String(error)}); the rest of the file is skipped`);
        return;
      }
      yield* flush();
      if (!record) break;
      n += 1;
      const at = `${name}#${n} (offset ${parser.offset})`;
      const headers = record.warcHeaders.headers;
      const lacking = [
        !record.warcHeaders.statusline?.startsWith('WARC/') && 'WARC/ version line',
        !record.warcType && 'WARC-Type', !headers.get('Content-Length') && 'Content-Length', !headers.get('WARC-Record-ID') && 'WARC-Record-ID',
      ].filter(Boolean);
      if (lacking.length > 0) {
        yield failure(at, `damaged WARC record (no ${lacking.join(', ')}: the Content-Length of the record before may be wrong, or this is not a WARC file); skipped`);
        await readContent(record, 0);
        end = parser.offset + parser.recordLength;
        continue;
      }
      const type = record.httpHeaders?.headers.get('content-type') ?? headers.get('content-type') ?? '';
      if ((record.warcType !== 'response' && record.warcType !== 'resource') || !/html/i.test(type)) {
        await readContent(record, 0);
        end = parser.offset + parser.recordLength;
        continue;
      }
      const uri = record.warcTargetURI ?? null;
      const { bytes, more } = await readContent(record, maxBytes);
      const messages: InputMessage[] = [];
      if (more) {
        messages.push({ level: 'warning', rule: 'truncated-input', text: `the page is larger than the limit of ${sizeText(maxBytes)}: only its first ${sizeText(maxBytes)} are read; raise --max-article-mb to read it whole` });
      }
      const missing = missingBytes(record);
      if (missing > 0) {
        messages.push({ level: 'warning', rule: 'damaged-record', text: `the record at offset ${parser.offset} is truncated: ${missing} of its ${record.warcContentLength} bytes are missing; what is there is kept` });
      }
      end = parser.offset + parser.recordLength;
      const html = new TextDecoder('utf-8').decode(bytes, { stream: more });
      // The crawl date is not the publication date: it is used only when the page states none.
      pages += 1;
      pending = {
        offset: parser.offset,
        item: page({ name: `${name}#${n}${uri ? ` ${uri}` : ''}`, html, messages, fallback: { url: uri ?? undefined, published: toDay(record.warcDate) ?? undefined } }),
      };
    }
    if (n === 0) {
      yield failure(name, 'no WARC records found; is it a WARC file?');
      return;
    }
    if (total - end > TRAILER) {
      yield failure(`${name} (offset ${end})`, `${total - end} bytes after the last whole record could not be read (a truncated or damaged record); skipped`);
    } else if (pages === 0) {
      yield failure(name, `none of its ${n} WARC records is an HTML page; nothing to read`);
    }
  } finally {
    console.warn = warn;
  }
}
