import { readFileSync } from 'node:fs';
import { builtIndexFile, once, readBuiltIndex } from './load.ts';

/*
 * The lower-case words of English the POS model (wink-eng-lite-web-model) knows: "tin", "balls", "rice", not
 * "odinga" or "minh". The entities stage asks whether a capitalised word opening a sentence is one of these (a
 * common word rather than a name); the quality stage asks it of every lower-case word it reads, in place. This
 * module is the one owner of the list: common-words.txt (the model's lexemes, sorted by code unit, one a line,
 * written by scripts/build-common-words.ts) is read once per process and kept as its bytes with a hash table
 * over them, not 86,000 strings in a Set: a few objects for every full garbage collection to walk.
 */

// The table's size (2^18 slots, a third full) and how its 32-bit entries split: the word's byte offset + 1 in the
// low bits (common-words.txt is under 1 MiB), the rest of the word's hash in the high bits, so a probe reads the
// word's bytes only when those agree.
const SLOT_BITS = 18;
const OFFSET_BITS = 20;
const OFFSET_MASK = (1 << OFFSET_BITS) - 1;
const TAG_MASK = (1 << (32 - OFFSET_BITS)) - 1;
const NEWLINE = 0x0a;

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the text's units [start, end), A–Z read lower-case (all toLowerCase does to ASCII); -1 at a unit
 * outside printable ASCII, which the table does not hold.
 */
function asciiHash(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x80 || unit < 0x20) return -1;
    if (unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
    h = Math.imul(h ^ unit, FNV_PRIME);
  }
  return h >>> 0;
}

/** asciiHash of a line of the list, -1 also when it holds a capital: a word lower-cased never equals it. */
function lineHash(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i += 1) {
    const unit = bytes[i]!;
    if (unit >= 0x80 || unit < 0x20 || (unit >= 0x41 && unit <= 0x5a)) return -1;
    h = Math.imul(h ^ unit, FNV_PRIME);
  }
  return h >>> 0;
}

/** Whether the line at `at` in the list is the ASCII word text[start, end) lower-cased. */
function sameWord(bytes: Uint8Array, at: number, text: string, start: number, end: number): boolean {
  if (bytes[at + end - start] !== NEWLINE) return false;
  for (let i = start; i < end; i += 1) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
    if (bytes[at + i - start] !== unit) return false;
  }
  return true;
}

/**
 * A binary search of the list's text for a word lower-cased: the exact answer for any word, kept for the words
 * the table leaves out (a non-ASCII letter: "can’t", "café"). Built from the bytes already read, on the first
 * such word.
 */
function binarySearch(bytes: Uint8Array): (word: string) => boolean {
  const index = once((): { text: string; at: Int32Array } => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    const starts = [0];
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) starts.push(end + 1);
    return { text, at: Int32Array.from(starts) };
  });
  return (word) => {
    const { text, at } = index();
    const lower = word.toLowerCase();
    let lo = 0;
    let hi = at.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = text.slice(at[mid]!, at[mid + 1]! - 1);
      if (w === lower) return true;
      if (w < lower) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

const SIZE = 1 << SLOT_BITS;
/** The built table's format (see readBuiltIndex): bumped whenever lineHash or the table's layout change. */
const INDEX_FORMAT = 0x43570001;
/** Where the build writes the table (scripts/build-dist.ts): beside this module in dist/; src/ has none. */
export const COMMON_WORDS_INDEX = new URL('./common-words.index', import.meta.url);

/** The hash table over the list's bytes (see commonWordTable). */
function buildTable(bytes: Uint8Array): Uint32Array {
  if (bytes.length >= OFFSET_MASK) throw new Error('common-words.txt outgrew the common-word table\'s offsets');
  const table = new Uint32Array(SIZE);
  // only lines ended by a newline are words, as the binary search reads them
  for (let start = 0, end = bytes.indexOf(NEWLINE); end >= 0; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
    const h = lineHash(bytes, start, end);
    if (h < 0) continue;
    let slot = h >>> (32 - SLOT_BITS);
    while (table[slot] !== 0) slot = (slot + 1) & (SIZE - 1);
    table[slot] = ((h << OFFSET_BITS) | (start + 1)) >>> 0;
  }
  return table;
}

/** The file of the table the build writes for the list `bytes` (COMMON_WORDS_INDEX). */
export function commonWordsIndexFile(bytes: Uint8Array): Buffer {
  const table = buildTable(bytes);
  return builtIndexFile(INDEX_FORMAT, bytes, new Uint8Array(table.buffer));
}

/** Whether the ASCII word text[start, end) lower-cased is in the table over `bytes`. */
function inTable(table: Uint32Array, bytes: Uint8Array, h: number, text: string, start: number, end: number): boolean {
  const tag = h & TAG_MASK;
  for (let slot = h >>> (32 - SLOT_BITS); table[slot] !== 0; slot = (slot + 1) & (SIZE - 1)) {
    const entry = table[slot]!;
    if (entry >>> OFFSET_BITS !== tag) continue;
    if (sameWord(bytes, (entry & OFFSET_MASK) - 1, text, start, end)) return true;
  }
  return false;
}

/**
 * The built table for `bytes` (COMMON_WORDS_INDEX), or null when there is none for these bytes, or it does not find
 * the words of 64 lines spread over the list (a table made with other hashing or layout).
 */
function builtTable(bytes: Uint8Array, file: string | URL): Uint32Array | null {
  const body = readBuiltIndex(file, INDEX_FORMAT, bytes);
  if (!body || body.length !== SIZE * 4) return null;
  const table = new Uint32Array(body.buffer, body.byteOffset, SIZE);
  for (let probe = 0; probe < 64; probe++) {
    const start = bytes.lastIndexOf(NEWLINE, Math.floor((bytes.length * probe) / 64) - 1) + 1;
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) continue;
    const h = lineHash(bytes, start, end);
    if (h < 0) continue;
    const word = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
    if (!inTable(table, bytes, h, word, 0, word.length)) return null;
  }
  return table;
}

/**
 * The list as an open-addressing hash table over the file's bytes, once per process (read as the build made it, else
 * built here): a word is hashed where it stands in the text (no slice) and found in one or two reads of a 1 MiB
 * table, where the binary search slices and compares some seventeen words. It is exact: an ASCII word is in the table
 * when the list holds it lower-cased (lines with a capital or a non-ASCII byte are left out: an ASCII word
 * lower-cased never equals them); a word with a non-ASCII unit goes to the binary search.
 */
export function commonWordLookup(bytes: Uint8Array, indexFile: string | URL = COMMON_WORDS_INDEX): (text: string, start: number, end: number) => boolean {
  const table = builtTable(bytes, indexFile) ?? buildTable(bytes);
  const search = binarySearch(bytes);
  return (text, start, end) => {
    const h = asciiHash(text, start, end);
    return h < 0 ? search(text.slice(start, end)) : inTable(table, bytes, h, text, start, end);
  };
}

const commonWordTable = once(() => commonWordLookup(readFileSync(new URL('./common-words.txt', import.meta.url))));

/** Whether text[start, end), in any case, is an English common word: the quality stage's test, made in place. */
export function loadCommonWordAt(): (text: string, start: number, end: number) => boolean {
  return commonWordTable();
}

/** A test of whether a capitalised word is also an English common word ("Tin", "Rice"; not "Odinga"). */
export function loadCommonWords(): (word: string) => boolean {
  const at = commonWordTable();
  return (word) => at(word, 0, word.length);
}

