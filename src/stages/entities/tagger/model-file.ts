import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { endianness } from 'node:os';
import { z } from 'zod';
import { LABELS } from './corpus.ts';
import { FEATURE_GROUPS } from './features.ts';
import { NerFileError } from './errors.ts';
import { takeGunzipped } from '../../../util/read-ahead.ts';
import { BuiltParts } from '../../../lexicons/key-table.ts';
import { builtIndexFile, readBuiltIndex } from '../../../lexicons/load.ts';
import { MODEL_INDEX_FILE } from './model-files.ts';

// 2: embedding clusters, prediction history and headline groups (issue 13); a /1 model is refused.
export const MODEL_FORMAT = 'newsgraph.ner/2';

export const ModelHeaderSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  labels: z.array(z.string()),
  groups: z.array(z.enum(FEATURE_GROUPS)),
  /** one weight table per annotation convention, in this order */
  conventions: z.array(z.enum(['conll', 'gmb'])),
  /** weight = int16 × scale */
  scale: z.number().positive(),
  features: z.number().int().nonnegative(),
  transitions: z.array(z.number()).describe('(labels + 1) × labels, last row = sentence start'),
  training: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

/**
 * Open-addressing table feature hash → its weights, one per label. The index holds (key, row) pairs side
 * by side, so a probe touches one stretch of memory, and is all a lookup of an unknown feature (most
 * two-word features) reads; the weights are dense rows of `labels` int16s, read only for a feature the model
 * has, each weight Math.fround(int16 × scale): the very float32 the model's weights were when a table held
 * them as float32s, in half the memory the tagger reads at random. For 119k features: a 2 MB index and 2.1 MB
 * of weights (one 64-byte slot per feature, key beside its weights, took 17 MB, and its misses went to memory).
 */
export class WeightTable {
  /** Weights of a feature at quantised[offset …offset + labels − 1] (see offset), in units of `scale`. */
  readonly quantised: Int16Array;
  readonly scale: number;
  /** Per slot: the key at 2k, its row's offset in quantised at 2k + 1. */
  private readonly index: Uint32Array;
  private readonly mask: number;
  private zero = -1;
  constructor(hashes: Uint32Array, quantised: Int16Array, scale: number, labels: number) {
    let size = 1024;
    while (size * 0.6 < hashes.length) size *= 2;
    this.quantised = quantised;
    this.scale = scale;
    this.mask = size - 1;
    this.index = new Uint32Array(2 * size);
    // A plain loop over locals: built once, during the first article, before a callback per feature gets optimised.
    const { index, mask } = this;
    for (let row = 0; row < hashes.length; row++) {
      const h = hashes[row]!;
      if (h === 0) {
        this.zero = row * labels;
        continue;
      }
      let k = h & mask;
      while (index[2 * k] !== 0) k = (k + 1) & mask;
      index[2 * k] = h;
      index[2 * k + 1] = row * labels;
    }
  }
  /** The table of the parts `addTo` wrote, or null when they do not make one of `features` × `labels` weights. */
  static read(parts: BuiltParts, features: number, labels: number, scale: number): WeightTable | null {
    const [head, index, packed] = [parts.array(), parts.array(), parts.array()];
    const n = features * labels;
    if (head?.length !== 1 || !index || !packed || packed.length !== Math.ceil(n / 2) || index.length < 2048 || (index.length / 2) & (index.length / 2 - 1)) return null;
    // The fields in the constructor's order, so both kinds of table share one shape.
    return Object.assign(Object.create(WeightTable.prototype) as WeightTable, {
      quantised: new Int16Array(packed.buffer, packed.byteOffset, n),
      scale,
      index: new Uint32Array(index.buffer, index.byteOffset, index.length),
      mask: index.length / 2 - 1,
      zero: head[0]!,
    });
  }

  /** Write the table's arrays into `parts` (see read); the int16s two to a 4-byte number. */
  addTo(parts: BuiltParts): BuiltParts {
    const packed = new Int32Array(Math.ceil(this.quantised.length / 2));
    new Int16Array(packed.buffer).set(this.quantised);
    return parts.add(Int32Array.of(this.zero)).add(this.index).add(packed);
  }

  /**
   * The key in the slot where a probe for `hash` starts: reading it first, for many hashes in a loop without
   * branches, brings their index lines in side by side, so offset's probes (whose found-or-not branch the
   * processor cannot predict) then read the cache instead of waiting on memory one by one.
   */
  firstKey(hash: number): number {
    return this.index[2 * (hash & this.mask)]!;
  }

  /** Where a feature's weights start in `values`, -1 when the model does not know it. */
  offset(hash: number): number {
    if (hash === 0) return this.zero;
    const index = this.index;
    let k = hash & this.mask;
    for (;;) {
      const key = index[2 * k]!;
      if (key === hash) return index[2 * k + 1]!;
      if (key === 0) return -1;
      k = (k + 1) & this.mask;
    }
  }
}

/** A model file's feature hashes and int16 weights, one array per convention (see NerWeights). */
interface ModelArrays {
  hashes: Uint32Array;
  quantised: (Int16Array | null)[];
}

/**
 * Weights of a trained tagger: one table per annotation convention, built the first time it is asked for
 * (the pipeline only ever uses the CoNLL one), or read built (readModelFile).
 */
export class NerWeights {
  private readonly built: Map<number, WeightTable>;
  constructor(
    readonly header: ModelHeader,
    /**
     * int16 weights, features × labels, one array per convention in header.conventions order; a convention's
     * is handed to its table once that is built (the pipeline builds one: 2 MB of the other stays). Or how to
     * read them, when a built table came instead: asked for only if another convention's table is.
     */
    private arrays: ModelArrays | (() => ModelArrays),
    built: ReadonlyMap<number, WeightTable> = new Map(),
  ) {
    this.built = new Map(built);
  }
  /** The table of a convention; the first one for a convention the model lacks. */
  table(convention: string): WeightTable {
    const t = conventionIndex(this.header, convention);
    let table = this.built.get(t);
    if (!table) {
      if (typeof this.arrays === 'function') this.arrays = this.arrays();
      table = new WeightTable(this.arrays.hashes, this.arrays.quantised[t]!, this.header.scale, this.header.labels.length);
      this.built.set(t, table);
      this.arrays.quantised[t] = null;
    }
    return table;
  }
}

const conventionIndex = (header: ModelHeader, convention: string) => Math.max(0, header.conventions.indexOf(convention as ModelHeader['conventions'][number]));

const MAGIC = 'NGNER1\n';
const RETRAIN = 'restore it from git (models/ner/) or retrain it with `newsgraph train ner` (see models/ner/TRAINING.md)';

/**
 * Layout (gzip of): magic, uint32 header length, header JSON, padding to 4 bytes, uint32 feature hashes,
 * int16 weights (features × labels). Little-endian, as the typed arrays of every platform Node runs on.
 */
export function writeModelFile(file: string, header: Omit<ModelHeader, 'features' | 'scale'>, hashes: Uint32Array, tables: Float64Array[], minWeight: number): { features: number; bytes: number } {
  const L = header.labels.length;
  let max = 0;
  for (const table of tables) for (const w of table) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  // Drop features whose every weight quantises below minWeight (in int16 steps): they do not change a decision.
  const keep: number[] = [];
  for (let f = 0; f < hashes.length; f++) {
    if (tables.some((table) => table.subarray(f * L, f * L + L).some((w) => Math.abs(Math.round(w / scale)) >= minWeight))) keep.push(f);
  }
  keep.sort((a, b) => hashes[a]! - hashes[b]!);
  const outHashes = Uint32Array.from(keep, (f) => hashes[f]!);
  const outWeights = new Int16Array(tables.length * keep.length * L);
  tables.forEach((table, t) => {
    keep.forEach((f, k) => {
      for (let y = 0; y < L; y++) outWeights[(t * keep.length + k) * L + y] = Math.round(table[f * L + y]! / scale);
    });
  });
  const json = Buffer.from(JSON.stringify({ ...header, scale, features: keep.length }));
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length + pad);
  const body = Buffer.concat([
    Buffer.from(MAGIC),
    length,
    json,
    Buffer.alloc(pad, 0x20),
    Buffer.from(outHashes.buffer, outHashes.byteOffset, outHashes.byteLength),
    Buffer.from(outWeights.buffer, outWeights.byteOffset, outWeights.byteLength),
  ]);
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(file, gz);
  return { features: keep.length, bytes: gz.length };
}

/** The model file's bytes unzipped (by gunzipAhead if it has them), or the NerFileError that says why not. */
function modelBody(file: string, raw?: Buffer): Buffer {
  const ahead = takeGunzipped(file);
  if (ahead) return ahead;
  if (!raw) {
    try {
      raw = readFileSync(file);
    } catch {
      throw new NerFileError(file, 'NER model file missing', RETRAIN);
    }
  }
  try {
    return gunzipSync(raw);
  } catch {
    throw new NerFileError(file, 'NER model file is corrupt (not gzip)', RETRAIN);
  }
}

/** The header of a model's JSON, checked against this version of the tagger and the arrays' `bytes` after it. */
function checkedHeader(file: string, json: string, bytes: number): ModelHeader {
  let header: ModelHeader;
  try {
    header = ModelHeaderSchema.parse(JSON.parse(json));
  } catch {
    throw new NerFileError(file, 'NER model header is corrupt or from another version', RETRAIN);
  }
  return matchingHeader(file, header, bytes);
}

/** A parsed header, checked against this version of the tagger and the arrays' `bytes` after it. */
function matchingHeader(file: string, header: ModelHeader, bytes: number): ModelHeader {
  const L = header.labels.length;
  const n = header.features;
  if (header.labels.join() !== LABELS.join() || header.transitions.length !== (L + 1) * L || bytes !== n * 4 + header.conventions.length * n * L * 2) {
    throw new NerFileError(file, 'NER model file is truncated or does not match this version', RETRAIN);
  }
  return header;
}

/** A model file's unzipped body parsed: its header and arrays. */
function parseModel(file: string, body: Buffer): { header: ModelHeader; arrays: ModelArrays } {
  if (body.subarray(0, MAGIC.length).toString() !== MAGIC) throw new NerFileError(file, 'not a newsgraph NER model', RETRAIN);
  const headerLength = body.readUInt32LE(MAGIC.length);
  const offset = MAGIC.length + 4 + headerLength;
  const header = checkedHeader(file, body.subarray(MAGIC.length + 4, offset).toString(), body.length - offset);
  const L = header.labels.length;
  const n = header.features;
  // Copy into aligned buffers: the gunzipped body's offset is not necessarily aligned.
  const hashes = new Uint32Array(n);
  Buffer.from(hashes.buffer).set(body.subarray(offset, offset + n * 4));
  const quantised = header.conventions.map((_, t) => {
    const q = new Int16Array(n * L);
    const from = offset + n * 4 + t * n * L * 2;
    Buffer.from(q.buffer).set(body.subarray(from, from + n * L * 2));
    return q;
  });
  return { header, arrays: { hashes, quantised } };
}

const parseOrNull = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
};

/** The built index's format (see readBuiltIndex): bumped whenever WeightTable's layout or this file's change. */
const INDEX_FORMAT = 0x4e455202;
/** The convention whose table the build writes: the one the pipeline tags with (tagger.ts). */
const BUILT_CONVENTION = 'conll';

/**
 * The file the build writes for the gzipped model `raw` (MODEL_INDEX_FILE): the header's JSON, then the table of
 * BUILT_CONVENTION as WeightTable builds it.
 */
export function modelIndexFile(raw: Buffer, file = MODEL_INDEX_FILE): Buffer {
  const { header, arrays } = parseModel(file, gunzipSync(raw));
  const weights = new NerWeights(header, arrays);
  return builtIndexFile(INDEX_FORMAT, raw, weights.table(BUILT_CONVENTION).addTo(new BuiltParts().add(JSON.stringify(header))).encode());
}

/**
 * The tagger's weights in `file`. With the build's index of these very bytes (`indexFile`), the pipeline's table is
 * read built and the model is not even unzipped (some 20 ms of unzipping, 20 ms of building the table during the first
 * article); another convention's table unzips the model then. Without, it is unzipped and parsed here.
 */
export function readModelFile(file: string, indexFile: string = MODEL_INDEX_FILE): NerWeights {
  if (endianness() !== 'LE') throw new NerFileError(file, 'this platform is big-endian, the model file is little-endian', 'run on x86-64 or ARM');
  let raw: Buffer | undefined;
  try {
    raw = readFileSync(file);
  } catch {
    throw new NerFileError(file, 'NER model file missing', RETRAIN);
  }
  const built = readBuiltIndex(indexFile, INDEX_FORMAT, raw);
  if (built) {
    const parts = new BuiltParts(built);
    const json = parts.string();
    const parsed = json === null ? null : ModelHeaderSchema.safeParse(parseOrNull(json));
    if (json !== null && parsed?.success) {
      const { features, labels, conventions } = parsed.data;
      const table = WeightTable.read(parts, features, labels.length, parsed.data.scale);
      if (table && parts.done) {
        const header = matchingHeader(file, parsed.data, features * 4 + conventions.length * features * labels.length * 2);
        const source = raw;
        // The unzipped bytes gunzipAhead may hold are not needed: taken, so they are let go.
        takeGunzipped(file);
        return new NerWeights(header, () => parseModel(file, modelBody(file, source)).arrays, new Map([[conventionIndex(header, BUILT_CONVENTION), table]]));
      }
    }
  }
  const { header, arrays } = parseModel(file, modelBody(file, raw));
  return new NerWeights(header, arrays);
}
