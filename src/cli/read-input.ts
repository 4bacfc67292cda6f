import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { decodeArticle, type InputText } from '../ingest/decode-article.ts';

/** Read one article from a file or "-" (stdin), refusing what is not text with a line that says what to do. */
export function readInput(name: string, stdin: () => Buffer): InputText {
  let bytes: Buffer;
  if (name === '-') {
    bytes = stdin();
  } else {
    let stat;
    try {
      stat = statSync(name);
    } catch {
      throw new UsageError(`${name}: no such file; check the path (use - to read standard input)`);
    }
    if (stat.isDirectory()) throw new UsageError(`${name}: is a directory; pass the article files inside it`);
    bytes = readFileSync(name);
  }
  return decodeArticle(name, bytes);
}
