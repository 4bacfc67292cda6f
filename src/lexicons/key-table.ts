/**
 * A read-only table of string keys, each with a whole number: what a lexicon's Map<string, number> or Set<string>
 * holds, kept as one string of the keys, typed arrays and an open-addressing index over them, not as tens of
 * thousands of strings and map entries. The build writes tables into a built index (load.ts's builtIndexFile), and
 * a worker reads them back in a few milliseconds, where parsing the JSON and filling a Map took tens of them; the
 * few objects are also all a garbage collection walks. Lookups hash the key where it stands (FNV-1a), as the word
 * clusters and common words do.
 */

/** FNV-1a of text[from, to), by UTF-16 code unit. */
export function fnv1a(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

const SEPARATOR = '\n';
/** Int32s before a table's arrays: its keys' count, its slots' count and its text's UTF-8 length. */
const HEAD = 3;

export class KeyTable {
  readonly size: number;
  private readonly mask: number;

  /**
   * `text`: the keys in order, each followed by a newline (a key may hold one too: `starts` bounds them); key k starts
   * at starts[k] and has values[k]; `slots` holds k + 1 where key k hashes to (linear probing), 0 when empty.
   */
  private constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly values: Int32Array,
    private readonly slots: Int32Array,
  ) {
    this.size = values.length;
    this.mask = slots.length - 1;
  }

  /** The table of `entries` in their order, as a Map made of them holds them: a repeated key keeps its place and takes its last value. */
  static from(entries: Iterable<readonly [string, number]>): KeyTable {
    const map = new Map(entries);
    const keys = [...map.keys()];
    const starts = new Int32Array(keys.length + 1);
    for (let k = 0; k < keys.length; k++) starts[k + 1] = starts[k]! + keys[k]!.length + 1;
    let size = 1024;
    while (size * 0.5 < keys.length) size *= 2;
    const text = keys.length > 0 ? `${keys.join(SEPARATOR)}${SEPARATOR}` : '';
    const table = new KeyTable(text, starts, Int32Array.from(map.values()), new Int32Array(size));
    for (let k = 0; k < keys.length; k++) table.slots[table.slotOf(keys[k]!)] = k + 1;
    return table;
  }

  /** The table of a set's keys (each with 1). */
  static ofKeys(keys: Iterable<string>): KeyTable {
    return KeyTable.from([...keys].map((key) => [key, 1] as const));
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slotOf(key: string): number {
    const { slots, starts, text, mask } = this;
    for (let s = fnv1a(key) & mask; ; s = (s + 1) & mask) {
      const k = slots[s]! - 1;
      if (k < 0 || (starts[k + 1]! - starts[k]! - 1 === key.length && text.startsWith(key, starts[k]!))) return s;
    }
  }

  get(key: string): number | undefined {
    const k = this.slots[this.slotOf(key)]! - 1;
    return k < 0 ? undefined : this.values[k];
  }

  has(key: string): boolean {
    return this.slots[this.slotOf(key)] !== 0;
  }

  /** The key in place k of the table's order (0 ≤ k < size). */
  keyAt(k: number): string {
    return this.text.slice(this.starts[k]!, this.starts[k + 1]! - 1);
  }

  /** The keys with their numbers, in the table's order. */
  *entries(): IterableIterator<[string, number]> {
    for (let k = 0; k < this.size; k++) yield [this.keyAt(k), this.values[k]!];
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  /** The table's bytes, a multiple of 4 long (see BuiltParts). */
  encode(): Uint8Array {
    const textBytes = Buffer.from(this.text, 'utf8');
    if (textBytes.toString('utf8') !== this.text) throw new Error('a key table\'s keys are not valid Unicode');
    const ints = Int32Array.of(this.size, this.slots.length, textBytes.length);
    const padded = new Uint8Array(Math.ceil(textBytes.length / 4) * 4);
    padded.set(textBytes);
    return Buffer.concat([...[ints, this.starts, this.values, this.slots].map(bytesOf), padded]);
  }

  /** The table encode() wrote at the reader's place, or null when the bytes there are not one (see BuiltParts). */
  static decode(parts: BuiltParts): KeyTable | null {
    const head = parts.ints(HEAD);
    if (!head) return null;
    const [n, slotCount, textLength] = head as unknown as [number, number, number];
    if (n < 0 || slotCount < 1024 || slotCount & (slotCount - 1) || textLength < 0) return null;
    const starts = parts.ints(n + 1);
    const values = parts.ints(n);
    const slots = parts.ints(slotCount);
    const text = parts.text(textLength);
    if (!starts || !values || !slots || text === null || starts[n] !== text.length) return null;
    const table = new KeyTable(text, starts, values, slots);
    return table.findsOwnKeys() ? table : null;
  }

  /** Whether 64 keys spread over the table are found where the table puts them. */
  private findsOwnKeys(): boolean {
    for (let probe = 0; probe < Math.min(64, this.size); probe++) {
      const k = Math.floor((this.size * probe) / Math.min(64, this.size));
      if (this.slots[this.slotOf(this.keyAt(k))] !== k + 1) return false;
    }
    return true;
  }
}

const bytesOf = (a: Int32Array | Uint32Array | Float32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * A built index's body as parts one after another, each a multiple of 4 bytes long: key tables and Int32 arrays
 * (with their length). The build adds them (`add`); a loader takes them back in the same order from the aligned
 * bytes readBuiltIndex gives, each null when the bytes left do not hold one, which a table made by other hashing or
 * layout (one the index's format number should have refused) also gives, by not finding its own keys.
 */
export class BuiltParts {
  private readonly written: Uint8Array[] = [];
  private at: number;
  private readonly end: number;

  constructor(private readonly bytes: Uint8Array = new Uint8Array(0)) {
    this.at = bytes.byteOffset;
    this.end = bytes.byteOffset + bytes.length;
  }

  /** A key table, an array of 4-byte numbers (read back as an Int32Array over the same bytes), or a string. */
  add(part: KeyTable | Int32Array | Uint32Array | Float32Array | string): this {
    if (part instanceof KeyTable) this.written.push(part.encode());
    else if (typeof part === 'string') {
      const bytes = Buffer.from(part, 'utf8');
      const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
      padded.set(bytes);
      this.written.push(Buffer.concat([bytesOf(Int32Array.of(bytes.length)), padded]));
    } else this.written.push(Buffer.concat([bytesOf(Int32Array.of(part.length)), bytesOf(part)]));
    return this;
  }

  /** The parts added, as one buffer. */
  encode(): Buffer {
    return Buffer.concat(this.written);
  }

  /** `n` Int32s at the reader's place (internal to KeyTable.decode), or null past the end. */
  ints(n: number): Int32Array | null {
    if (n < 0 || this.at + 4 * n > this.end) return null;
    const array = new Int32Array(this.bytes.buffer, this.at, n);
    this.at += 4 * n;
    return array;
  }

  /** UTF-8 text of `length` bytes at the reader's place, padded to 4 (internal to KeyTable.decode). */
  text(length: number): string | null {
    if (length < 0 || this.at + length > this.end) return null;
    const text = Buffer.from(this.bytes.buffer, this.at, length).toString('utf8');
    this.at += Math.ceil(length / 4) * 4;
    return text;
  }

  /** The next part, an Int32 array. */
  array(): Int32Array | null {
    const length = this.ints(1);
    return length && this.ints(length[0]!);
  }

  /** The next part, a string. */
  string(): string | null {
    const length = this.ints(1);
    return length && this.text(length[0]!);
  }

  /** The next part, a key table. */
  table(): KeyTable | null {
    return KeyTable.decode(this);
  }

  /** Whether every byte was read. */
  get done(): boolean {
    return this.at === this.end;
  }
}
