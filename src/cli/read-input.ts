import { statSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { decodeArticle, readHead, type InputText } from '../ingest/decode-article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../ingest/limits.ts';

/** Read one article from a file or "-" (stdin), refusing what is not text with a line that says what to do. */
export function readInput(name: string, stdin: number | string = 0, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): InputText {
  if (name === '-') {
    const { bytes, more } = readHead(stdin, maxBytes);
    return decodeArticle(name, bytes, more ? null : bytes.length, maxBytes);
  }
  let stat;
  try {
    stat = statSync(name);
  } catch {
    throw new UsageError(`${name}: no such file; check the path (use - to read standard input)`);
  }
  if (stat.isDirectory()) throw new UsageError(`${name}: is a directory; pass the article files inside it`);
  const { bytes, more } = readHead(name, maxBytes);
  return decodeArticle(name, bytes, more ? (stat.isFile() ? stat.size : null) : bytes.length, maxBytes);
}
