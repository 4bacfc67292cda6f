import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { endianness } from 'node:os';
import { z } from 'zod';
import { LABELS } from './corpus.ts';
import { FEATURE_GROUPS } from './features.ts';
import { NerFileError } from './errors.ts';
import { takeGunzipped } from '../../../util/read-ahead.ts';

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
 * two-word features) reads; the weights are dense rows of `labels` floats, read only for a feature the model
 * has. Linear probing; key 0 marks an empty slot, so the feature whose hash is 0 (if any) is kept apart.
 * For 119k features: a 2 MB index and 4.3 MB of weights (one 64-byte slot per feature, key beside its
 * weights, took 17 MB, and its misses went to memory).
 */
export class WeightTable {
  /** Weights of a feature at values[offset …offset + labels − 1] (see offset). */
  readonly values: Float32Array;
  /** Per slot: the key at 2k, its row's offset in values at 2k + 1. */
  private readonly index: Uint32Array;
  private readonly mask: number;
  private zero = -1;
  constructor(hashes: Uint32Array, weights: ArrayLike<number>, labels: number) {
    let size = 1024;
    while (size * 0.6 < hashes.length) size *= 2;
    this.mask = size - 1;
    this.index = new Uint32Array(2 * size);
    this.values = weights instanceof Float32Array && weights.length === hashes.length * labels ? weights : Float32Array.from({ length: hashes.length * labels }, (_, k) => weights[k]!);
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

/**
 * Weights of a trained tagger: one table per annotation convention, built the first time it is asked for
 * (the pipeline only ever uses the CoNLL one).
 */
export class NerWeights {
  private readonly built = new Map<number, WeightTable>();
  constructor(
    readonly header: ModelHeader,
    private readonly hashes: Uint32Array,
    /**
     * int16 weights, features × labels, one array per convention in header.conventions order; a convention's
     * is let go once its table is built (the pipeline builds one: 2 MB of the other is all that stays).
     */
    private readonly quantised: (Int16Array | null)[],
  ) {}
  /** The table of a convention; the first one for a convention the model lacks. */
  table(convention: string): WeightTable {
    const t = Math.max(0, this.header.conventions.indexOf(convention as ModelHeader['conventions'][number]));
    let table = this.built.get(t);
    if (!table) {
      const quantised = this.quantised[t]!;
      const weights = new Float32Array(quantised.length);
      for (let k = 0; k < quantised.length; k++) weights[k] = quantised[k]! * this.header.scale;
      table = new WeightTable(this.hashes, weights, this.header.labels.length);
      this.built.set(t, table);
      this.quantised[t] = null;
    }
    return table;
  }
}

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

export function readModelFile(file: string): NerWeights {
  if (endianness() !== 'LE') throw new NerFileError(file, 'this platform is big-endian, the model file is little-endian', 'run on x86-64 or ARM');
  let body = takeGunzipped(file);
  if (!body) {
    let raw: Buffer;
    try {
      raw = readFileSync(file);
    } catch {
      throw new NerFileError(file, 'NER model file missing', RETRAIN);
    }
    try {
      body = gunzipSync(raw);
    } catch {
      throw new NerFileError(file, 'NER model file is corrupt (not gzip)', RETRAIN);
    }
  }
  if (body.subarray(0, MAGIC.length).toString() !== MAGIC) throw new NerFileError(file, 'not a newsgraph NER model', RETRAIN);
  const headerLength = body.readUInt32LE(MAGIC.length);
  const offset = MAGIC.length + 4 + headerLength;
  let header: ModelHeader;
  try {
    header = ModelHeaderSchema.parse(JSON.parse(body.subarray(MAGIC.length + 4, offset).toString()));
  } catch {
    throw new NerFileError(file, 'NER model header is corrupt or from another version', RETRAIN);
  }
  const L = header.labels.length;
  const n = header.features;
  if (header.labels.join() !== LABELS.join() || header.transitions.length !== (L + 1) * L || body.length !== offset + n * 4 + header.conventions.length * n * L * 2) {
    throw new NerFileError(file, 'NER model file is truncated or does not match this version', RETRAIN);
  }
  // Copy into aligned buffers: the gunzipped body's offset is not necessarily aligned.
  const hashes = new Uint32Array(n);
  Buffer.from(hashes.buffer).set(body.subarray(offset, offset + n * 4));
  const quantised = header.conventions.map((_, t) => {
    const q = new Int16Array(n * L);
    const from = offset + n * 4 + t * n * L * 2;
    Buffer.from(q.buffer).set(body.subarray(from, from + n * L * 2));
    return q;
  });
  return new NerWeights(header, hashes, quantised);
}
