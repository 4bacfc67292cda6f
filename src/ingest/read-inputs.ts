import { closeSync, createReadStream, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { decodeArticle, readHead } from './decode-article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, sizeText } from './limits.ts';
import { article, failure, page, type Format, type ReadItem } from './readers/article.ts';

const BY_EXTENSION: [RegExp, Format][] = [
  [/\.(?:txt|text)$/i, 'text'],
  [/\.x?html?$/i, 'html'],
  [/\.(?:rss|atom)$/i, 'feed'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.warc(?:\.gz)?$/i, 'warc'],
];

/** The format the first bytes of a file show, or null when they show none (plain text shows none). */
export function sniffFormat(head: Buffer): Format | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'warc';
  const start = head.toString('utf8', 0, Math.min(head.length, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start) || /^<(?:rss|feed)\b/i.test(start)) return 'feed';
  if (/^(?:<!doctype html|<html)/i.test(start)) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return null;
}

/** The format of an input: by its first bytes when they are telling, else by its extension, else text. */
export function detectFormat(name: string, head: Buffer): Format {
  return sniffFormat(head) ?? BY_EXTENSION.find(([re]) => re.test(name))?.[1] ?? 'text';
}

/**
 * Whether a file met in a folder is an article file: by extension (.txt, .html, .rss, .jsonl, .warc …), or
 * by its first bytes (an HTML page, a feed, an uncompressed WARC, JSON Lines with a "text" field).
 */
function isArticleFile(name: string, head: () => Buffer): boolean {
  if (BY_EXTENSION.some(([re]) => re.test(name))) return true;
  const bytes = head();
  const format = sniffFormat(bytes);
  if (format === 'jsonl') {
    const first = bytes.toString('utf8').split('\n')[0]!;
    try {
      const value = JSON.parse(first) as unknown;
      return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
    } catch {
      return /^\{[^\n]*"text"\s*:\s*"/.test(first);
    }
  }
  // Compressed data that is not named .warc.gz may be anything: it is passed over.
  return format !== null && !(bytes[0] === 0x1f && bytes[1] === 0x8b);
}

/** The kind a passed-over file is counted under in the summary: its extension, or what it is. */
function kindOf(name: string, stat: Stats): string {
  if (!stat.isFile()) return 'not a regular file';
  const ext = /(\.[^./\\]{1,12})$/.exec(path.basename(name))?.[1]?.toLowerCase();
  return ext ?? 'no extension';
}

export interface WalkResult {
  /** files to read, in order: named files, then each folder's files in name order, depth first */
  files: string[];
  missing: string[];
  /** files met in folders that are not articles, counted by kind (".md", "no extension", …) */
  passedOver: Map<string, number>;
  /** what the walk went around: symbolic link cycles, dangling links, unreadable folders */
  warnings: string[];
}

function readHeadOf(file: string): Buffer {
  try {
    return readHead(file, 64 * 1024).bytes;
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Every article file under the given paths. A path named is read whatever it is; folders are walked in
 * name order without recursion, hidden entries passed over, each folder read once (by device and inode, so
 * a symbolic link cycle ends), dangling links and unreadable folders reported, and files that are not
 * articles (code, README.md, images) counted instead of read.
 */
export function expandPaths(paths: string[]): WalkResult {
  const result: WalkResult = { files: [], missing: [], passedOver: new Map(), warnings: [] };
  const seen = new Set<string>();
  const passOver = (kind: string) => result.passedOver.set(kind, (result.passedOver.get(kind) ?? 0) + 1);

  const walk = (root: string, rootStat: Stats) => {
    seen.add(`${rootStat.dev}:${rootStat.ino}`);
    // A stack of folders being read, each with its sorted entries and how far it got: depth first, no recursion.
    const stack: { dir: string; entries: string[]; next: number }[] = [];
    const open = (dir: string) => {
      try {
        stack.push({ dir, entries: readdirSync(dir).filter((e) => !e.startsWith('.')).sort(), next: 0 });
      } catch (error) {
        result.warnings.push(`${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); skipped`);
      }
    };
    open(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.entries.length) {
        stack.pop();
        continue;
      }
      const entry = path.join(top.dir, top.entries[top.next++]!);
      let stat: Stats;
      try {
        stat = statSync(entry);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        let link = false;
        try {
          link = lstatSync(entry).isSymbolicLink();
        } catch {
          // gone since the folder was listed
        }
        result.warnings.push(link
          ? `${entry}: ${code === 'ELOOP' ? 'symbolic link loop' : 'dangling symbolic link (its target does not exist)'}; skipped`
          : `${entry}: cannot read (${code ?? String(error)}); skipped`);
        continue;
      }
      if (stat.isDirectory()) {
        const key = `${stat.dev}:${stat.ino}`;
        if (seen.has(key)) {
          result.warnings.push(`${entry}: a folder already read (a symbolic link cycle or a second link to it); not read again`);
          continue;
        }
        seen.add(key);
        open(entry);
      } else if (stat.isFile() && isArticleFile(entry, () => readHeadOf(entry))) {
        result.files.push(entry);
      } else {
        passOver(kindOf(entry, stat));
      }
    }
  };

  for (const p of paths) {
    if (p === '-') {
      result.files.push(p);
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(p);
    } catch {
      result.missing.push(p);
      continue;
    }
    if (stat.isDirectory()) {
      if (seen.has(`${stat.dev}:${stat.ino}`)) result.warnings.push(`${p}: a folder already read; not read again`);
      else walk(p, stat);
    } else result.files.push(p);
  }
  return result;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An item read, or null at the end of a file; `bytes` is the share of the input it accounts for (progress). */
export interface InputEvent {
  item: ReadItem | null;
  bytes: number;
  /** index of the input in `files` */
  file: number;
}

export interface ReadOptions {
  format?: Format;
  stdin: () => Readable;
  /** largest article read whole, in bytes (see limits.ts) */
  maxBytes?: number;
}

/** The size of an input for progress: a regular file's size, else 0 (standard input, a pipe, a device). */
export function inputSize(file: string): number {
  if (file === '-') return 0;
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

/**
 * Read every article from the inputs, starting at input `from`. `stdin` is read when a path is "-";
 * `format` forces one format for every input.
 */
export async function* readInputs(files: string[], options: ReadOptions, from = 0): AsyncIterable<InputEvent> {
  for (let file = from; file < files.length; file += 1) {
    const name = files[file]!;
    const size = inputSize(name);
    let accounted = 0;
    for await (const item of readOne(name, options)) {
      // Readers that know an item's bytes (JSON Lines) say so; other files count when they end.
      const bytes = Math.min(size - accounted, item.bytes ?? 0);
      accounted += bytes;
      yield { item, bytes, file };
    }
    yield { item: null, bytes: size - accounted, file };
  }
}

/** A file's first bytes for the format check (standard input is read whole first: it cannot be read twice). */
export function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, null));
  } finally {
    closeSync(fd);
  }
}

async function* readOne(file: string, options: ReadOptions): AsyncIterable<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let stdinBytes: Buffer | null = null;
  let format: Format;
  try {
    if (file === '-') {
      stdinBytes = await readAll(options.stdin());
      format = options.format ?? detectFormat('-', stdinBytes);
    } else {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new Error('is a folder');
      // A device or a pipe has no size and may never end: it is read as text, up to the limit.
      format = options.format ?? (stat.isFile() ? detectFormat(file, head(file)) : 'text');
    }
  } catch (error) {
    yield failure(file, `cannot read (${errorText(error)})`);
    return;
  }
  const stream = (): Readable => (stdinBytes ? Readable.from([stdinBytes]) : createReadStream(file));
  try {
    // The readers of JSON Lines, WARC and feeds load when such a file comes (their libraries, zod, warcio
    // and linkedom, are a quarter of a CPU-second at start-up, in the CLI's thread and the reader's).
    if (format === 'jsonl') {
      const { readJsonl } = await import('./readers/jsonl.ts');
      yield* readJsonl(file, stream(), maxBytes);
      return;
    }
    if (format === 'warc') {
      const { readWarc } = await import('./readers/warc.ts');
      yield* readWarc(file, stream(), maxBytes);
      return;
    }
    // A feed may hold many articles: it may be many times an article's size.
    const limit = format === 'feed' ? 64 * maxBytes : maxBytes;
    const { bytes, more } = stdinBytes ? { bytes: stdinBytes.subarray(0, limit), more: stdinBytes.length > limit } : readHead(file, limit);
    if (format === 'feed' && more) {
      yield failure(file, `the feed is over ${sizeText(limit)} (64 times the article limit); not read (raise --max-article-mb to read it)`);
      return;
    }
    let text;
    try {
      text = decodeArticle(file, bytes, more ? (stdinBytes?.length ?? (inputSize(file) || null)) : bytes.length, format === 'text' ? maxBytes : limit + 1);
    } catch (error) {
      yield failure(file, errorText(error).replace(/^.*?: (?=is empty|looks like binary)/, ''));
      return;
    }
    if (format === 'feed') yield* (await import('./readers/feed.ts')).readFeed(file, text.text, file === '-' ? null : path.dirname(file), maxBytes);
    else if (format === 'html') {
      const messages = text.messages.filter((m) => m.rule !== 'truncated-input');
      if (more) messages.push({ level: 'warning', rule: 'truncated-input', text: `the page is larger than the limit of ${sizeText(maxBytes)}: only its first ${sizeText(maxBytes)} are read; raise --max-article-mb to read it whole` });
      yield page({ name: file, html: text.text, messages });
    } else yield article({ name: file, text: text.text, messages: text.messages });
  } catch (error) {
    yield failure(file, `cannot read as ${format} (${errorText(error)})`);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
