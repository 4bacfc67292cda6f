import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { cutText, DEFAULT_MAX_ARTICLE_BYTES, type InputMessage } from './limits.ts';

export interface InputText {
  /** File name, or "-" for standard input. */
  name: string;
  text: string;
  /** What the input itself was found to have: invalid UTF-8, a cut at the size limit. */
  messages: InputMessage[];
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

/**
 * At most `max` bytes from the start of a file or descriptor (one byte more tells whether there was more),
 * so a huge file or a device costs no more memory than the limit.
 */
export function readHead(source: string | number, max: number): { bytes: Buffer; more: boolean } {
  const fd = typeof source === 'number' ? source : openSync(source, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(max + 1, 64 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, max + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      total += n;
      if (total > max) break;
    }
    const bytes = Buffer.concat(chunks, total);
    return { bytes: bytes.subarray(0, max), more: total > max };
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
}

/**
 * Decode article bytes: empty and binary input are errors, invalid UTF-8 is decoded with replacement (and
 * says so), text over `maxBytes` is cut at a paragraph end (and says so). `whole` is the size of the input
 * the bytes were read from (null when unknown and larger).
 */
export function decodeArticle(name: string, bytes: Buffer, whole: number | null = bytes.length, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): InputText {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new InputError(`${name}: is empty; pass a file that holds the article text`);
  }
  if (looksBinary(bytes)) {
    throw new InputError(`${name}: looks like binary data, not text; pass the article as plain UTF-8 text`);
  }
  const messages: InputMessage[] = [];
  let text: string;
  try {
    // A cut input may end inside a character: `stream` leaves those bytes out instead of failing on them.
    text = STRICT.decode(bytes, { stream: whole !== bytes.length });
  } catch {
    text = new TextDecoder('utf-8').decode(bytes, { stream: whole !== bytes.length });
    messages.push({
      level: 'warning', rule: 'invalid-utf8',
      text: 'the input was not valid UTF-8; undecodable bytes were replaced by U+FFFD: re-save the file as UTF-8',
    });
  }
  const cut = cutText(text, maxBytes, whole ?? Number.POSITIVE_INFINITY);
  if (cut.message) messages.push(cut.message);
  return { name, text: cut.text, messages };
}

/** NUL bytes anywhere, or many control characters in the first 8 KiB, mean this is not an article. */
function looksBinary(bytes: Buffer): boolean {
  if (bytes.includes(0)) return true;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control > head.length * 0.05;
}
