import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { decodeArticle } from './decode-article.ts';
import { article, failure, type Format, type ReadItem } from './readers/article.ts';
import { readFeed } from './readers/feed.ts';
import { extractHtml } from './readers/html.ts';
import { readJsonl } from './readers/jsonl.ts';
import { readWarc } from './readers/warc.ts';

const BY_EXTENSION: [RegExp, Format][] = [
  [/\.(?:txt|text)$/i, 'text'],
  [/\.x?html?$/i, 'html'],
  [/\.(?:rss|atom|xml)$/i, 'feed'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.warc(?:\.gz)?$/i, 'warc'],
];

/** The format of an input: by its first bytes when they are telling, else by its extension, else text. */
export function detectFormat(name: string, head: Buffer): Format {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'warc';
  const start = head.toString('utf8', 0, Math.min(head.length, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start) || /^<(?:rss|feed)\b/i.test(start)) return 'feed';
  if (/^(?:<!doctype html|<html)/i.test(start)) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return BY_EXTENSION.find(([re]) => re.test(name))?.[1] ?? 'text';
}

/** Every file under the given paths (folders walked in name order, hidden entries passed over). */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).filter((e) => !e.startsWith('.')).sort()) walk(path.join(p, entry));
    } else files.push(p);
  };
  for (const p of paths) {
    if (p === '-') files.push(p);
    else walk(p);
  }
  return { files, missing };
}

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An item read, or null at the end of a file; `bytes` is the share of the input it accounts for (progress). */
export interface InputEvent {
  item: ReadItem | null;
  bytes: number;
}

/**
 * Read every article from the inputs. `stdin` is read when a path is "-"; `format` forces one format for
 * every input.
 */
export async function* readInputs(files: string[], options: { format?: Format; stdin: () => Readable }): AsyncIterable<InputEvent> {
  for (const file of files) {
    const size = file === '-' ? 0 : statSync(file).size;
    let accounted = 0;
    for await (const item of readOne(file, options)) {
      // Readers that know an item's bytes (JSON Lines) say so; other files count when they end.
      const bytes = Math.min(size - accounted, item.bytes ?? 0);
      accounted += bytes;
      yield { item, bytes };
    }
    yield { item: null, bytes: size - accounted };
  }
}

async function* readOne(file: string, options: { format?: Format; stdin: () => Readable }): AsyncIterable<ReadItem> {
  let bytes: Buffer | null = null;
  let format: Format;
  try {
    if (file === '-') {
      bytes = await readAll(options.stdin());
      format = options.format ?? detectFormat('-', bytes);
    } else {
      format = options.format ?? detectFormat(file, readHead(file));
    }
  } catch (error) {
    yield failure(file, `cannot read (${errorText(error)})`);
    return;
  }
  const stream = (): Readable => (bytes ? Readable.from([bytes]) : createReadStream(file));
  try {
    if (format === 'jsonl') {
      yield* readJsonl(file, stream());
      return;
    }
    if (format === 'warc') {
      yield* readWarc(file, stream());
      return;
    }
    const buf = bytes ?? readFileSync(file);
    let text: string;
    try {
      text = decodeArticle(file, buf).text;
    } catch (error) {
      yield failure(file, errorText(error).replace(`${file}: `, ''));
      return;
    }
    if (format === 'feed') yield* readFeed(file, text, file === '-' ? null : path.dirname(file));
    else if (format === 'html') {
      const page = extractHtml(text);
      yield page ? article({ name: file, ...page }) : failure(file, 'HTML page with no text');
    } else yield article({ name: file, text });
  } catch (error) {
    yield failure(file, `cannot read as ${format} (${errorText(error)})`);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
