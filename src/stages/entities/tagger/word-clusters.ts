import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fnv1a } from '../../../lexicons/key-table.ts';
import { builtIndexFile, readBuiltIndex } from '../../../lexicons/load.ts';
import { takeGunzipped } from '../../../util/read-ahead.ts';
import { NerFileError } from './errors.ts';
import { CLUSTERS_INDEX_FILE } from './model-files.ts';

export { CLUSTERS_FILE, CLUSTERS_INDEX_FILE } from './model-files.ts';

/**
 * Branching of the cluster tree built by scripts/build-word-clusters.ts: 16 top clusters, each split in 8,
 * then 8, then 4 (4,096 leaves). A leaf number is the path; `clusterAt` reads it at any depth.
 */
export const CLUSTER_BRANCHES = [16, 8, 8, 4] as const;
export const CLUSTER_DEPTHS = CLUSTER_BRANCHES.length;
const LEAVES = CLUSTER_BRANCHES.reduce((a, b) => a * b, 1);
// Leaves under one cluster of each depth: the divisor that turns a leaf into that depth's cluster.
const UNDER = CLUSTER_BRANCHES.map((_, d) => CLUSTER_BRANCHES.slice(d + 1).reduce((a, b) => a * b, 1));

/** The cluster of a leaf at a depth (0 = coarsest, 16 clusters; CLUSTER_DEPTHS − 1 = the leaf itself). */
export function clusterAt(leaf: number, depth: number): number {
  return (leaf / UNDER[depth]!) | 0;
}

const REBUILD = 'restore it from git (models/ner/) or rebuild it with node --import tsx scripts/build-word-clusters.ts';
const LEAF_BITS = 12; // LEAVES = 4,096
/** The built index's format (see readBuiltIndex): bumped whenever fnv1a, the slots' layout or LEAF_BITS change. */
const INDEX_FORMAT = 0x57430003;
const MAX_LENGTH = 1 << (31 - LEAF_BITS);

/**
 * Lower-cased word → leaf of the cluster tree; words the table lacks have no cluster. The words stay in the
 * table's text, found through an open-addressing index of (where the word starts, its length and leaf):
 * 200,000 words take 2.6 MB of text and a 4 MB index, read in one pass, where a Map of strings took 15 MB
 * of heap that every full garbage collection walks, and a string allocated per line.
 */
export class WordClusters {
  /** Words in the table. */
  readonly size: number;
  private readonly mask: number;
  /** Per slot k: at 2k the word's start in text + 1 (0: empty), at 2k + 1 its length << LEAF_BITS | leaf. */
  private readonly index: Int32Array;
  private constructor(
    private readonly text: string,
    index: Int32Array,
    size: number,
  ) {
    this.index = index;
    this.mask = index.length / 2 - 1;
    this.size = size;
  }

  /** The table of `text`, `words` being [start, end, leaf] of each line's word in file order (a later line wins, as it did in a Map). */
  static build(text: string, words: readonly number[]): WordClusters {
    let slots = 1024;
    while (slots * 0.5 < words.length / 3) slots *= 2;
    const clusters = new WordClusters(text, new Int32Array(2 * slots), 0);
    const { index } = clusters;
    let size = 0;
    for (let w = 0; w < words.length; w += 3) {
      const [start, end, leaf] = [words[w]!, words[w + 1]!, words[w + 2]!];
      const k = clusters.find(start, end);
      if (index[2 * k] === 0) size++;
      index[2 * k] = start + 1;
      index[2 * k + 1] = ((end - start) << LEAF_BITS) | leaf;
    }
    return new WordClusters(text, index, size);
  }

  /** The file of this table's built index (CLUSTERS_INDEX_FILE): the words' count, then the slots. `textBytes`: the bytes `text` was decoded from. */
  indexFile(textBytes: Uint8Array): Buffer {
    const body = new Int32Array(1 + this.index.length);
    body[0] = this.size;
    body.set(this.index, 1);
    return builtIndexFile(INDEX_FORMAT, textBytes, new Uint8Array(body.buffer));
  }

  /**
   * The table of `text` through the index in `indexFile`, or null when there is none for these bytes of the text, or
   * it does not find the text's words where the text puts them.
   */
  static fromIndexFile(text: string, textBytes: Uint8Array, indexFile: string): WordClusters | null {
    const body = readBuiltIndex(indexFile, INDEX_FORMAT, textBytes);
    if (!body || body.length < 4 + 8 * 1024 || (body.length - 4) % 8 !== 0) return null;
    const all = new Int32Array(body.buffer, body.byteOffset, body.length / 4);
    const index = all.subarray(1);
    if ((index.length / 2) & (index.length / 2 - 1)) return null;
    const clusters = new WordClusters(text, index, all[0]!);
    return clusters.findsLines() ? clusters : null;
  }

  /** Whether the words of 64 lines spread over the text are found: an index made by other hashing or layout fails this. */
  private findsLines(): boolean {
    const { text } = this;
    for (let probe = 0; probe < 64; probe++) {
      const start = text.lastIndexOf('\n', Math.floor((text.length * probe) / 64)) + 1;
      const end = text.indexOf('\n', start) >>> 0;
      if (start >= Math.min(end, text.length)) continue; // the end of the text, or an empty line
      const tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end || this.get(text.slice(start, tab)) === undefined) return false;
    }
    return true;
  }

  /** The slot of text[start, end): the one holding that word, or the empty one where it would go. */
  private find(start: number, end: number): number {
    const length = end - start;
    let k = fnv1a(this.text, start, end) & this.mask;
    for (;;) {
      const at = this.index[2 * k]! - 1;
      if (at < 0 || (this.index[2 * k + 1]! >>> LEAF_BITS === length && this.sameText(at, start, length))) return k;
      k = (k + 1) & this.mask;
    }
  }

  private sameText(a: number, b: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    return true;
  }

  get(word: string): number | undefined {
    let k = fnv1a(word, 0, word.length) & this.mask;
    for (;;) {
      const at = this.index[2 * k]! - 1;
      if (at < 0) return undefined;
      const packed = this.index[2 * k + 1]!;
      if (packed >>> LEAF_BITS === word.length && this.text.startsWith(word, at)) return packed & (LEAVES - 1);
      k = (k + 1) & this.mask;
    }
  }
}

/**
 * Read the gzipped table `word<TAB>leaf` per line, with its index from `indexFile` when that was made for these
 * bytes (the build writes it: scripts/build-dist.ts), else indexed here.
 */
export function readWordClusters(file: string, indexFile = CLUSTERS_INDEX_FILE): WordClusters {
  let bytes: Buffer;
  try {
    bytes = takeGunzipped(file) ?? gunzipSync(readFileSync(file));
  } catch {
    throw new NerFileError(file, 'word cluster table missing or not gzip', REBUILD);
  }
  const text = bytes.toString('utf8');
  return WordClusters.fromIndexFile(text, bytes, indexFile) ?? indexText(file, text);
}

/** Index the table's text. */
function indexText(file: string, text: string): WordClusters {
  // One scan over the text, the leaf read digit by digit: 200,000 lines split, sliced and tested with a
  // regular expression were a tenth of the pipeline's set-up time.
  const words: number[] = [];
  const corrupt = () => new NerFileError(file, 'word cluster table is corrupt', REBUILD);
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const tab = text.indexOf('\t', start);
      if (tab <= start || tab + 1 >= end || tab - start >= MAX_LENGTH) throw corrupt();
      let leaf = 0;
      for (let i = tab + 1; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) throw corrupt();
        leaf = leaf * 10 + digit;
        if (leaf >= LEAVES) throw corrupt();
      }
      words.push(start, tab, leaf);
    }
    start = end + 1;
  }
  return WordClusters.build(text, words);
}
