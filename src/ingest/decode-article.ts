import { InputError } from '../errors.ts';

export interface InputText {
  /** File name, or "-" for standard input. */
  name: string;
  text: string;
  /** True when the bytes were not valid UTF-8 and were decoded with U+FFFD replacements. */
  replaced: boolean;
}

const STRICT = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/** Decode article bytes: empty and binary input are errors, invalid UTF-8 is decoded with replacement. */
export function decodeArticle(name: string, bytes: Buffer): InputText {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new InputError(`${name}: is empty; pass a file that holds the article text`);
  }
  if (looksBinary(bytes)) {
    throw new InputError(`${name}: looks like binary data, not text; pass the article as plain UTF-8 text`);
  }
  try {
    return { name, text: STRICT.decode(bytes), replaced: false };
  } catch {
    return { name, text: LENIENT.decode(bytes), replaced: true };
  }
}

/** NUL bytes, or many control characters in the first 8 KiB, mean this is not an article. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control > head.length * 0.05;
}
