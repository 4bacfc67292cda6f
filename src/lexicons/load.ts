import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { ResourceError } from '../errors.ts';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

interface Read {
  schema: z.ZodType;
  fix: string;
}

/** Every lexicon file this process has read, with its schema: what `checkReadLexicons` checks. */
const read = new Map<string, Read>();

/**
 * Read one lexicon data file (JSON, a path under src/lexicons/). Every lexicon is read through here, from a
 * stage's `setup`, never at import time. The file is taken as it is: checking the committed files against
 * their schemas at every start cost a fifth of the set-up time and a parsed copy of each, so the build and
 * a test check them instead (`checkReadLexicons`). A missing or unparsable file is a ResourceError naming
 * the file and `fix`.
 */
export function readLexicon<S extends z.ZodType>(relative: string, schema: S, fix = 'restore it from git'): z.infer<S> {
  return parseLexicon(relative, readLexiconBytes(relative, schema, fix), fix);
}

/**
 * The bytes of one lexicon data file, registered for `checkReadLexicons` as readLexicon does: for a loader that
 * reads a built index of the file (readBuiltIndex) and parses the JSON (parseLexicon) only when there is none.
 */
export function readLexiconBytes(relative: string, schema: z.ZodType, fix = 'restore it from git'): Buffer {
  read.set(relative, { schema, fix });
  const file = path.join(ROOT, relative);
  try {
    return readFileSync(file);
  } catch {
    throw new ResourceError(file, 'missing or not JSON', fix);
  }
}

/** A lexicon file's bytes (readLexiconBytes) parsed; unparsable, a ResourceError as readLexicon's. */
export function parseLexicon(relative: string, bytes: Uint8Array, fix = 'restore it from git'): any {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  } catch {
    throw new ResourceError(path.join(ROOT, relative), 'missing or not JSON', fix);
  }
}

/**
 * Check every lexicon read so far against its schema. Parsing must leave the file as it is (no default
 * filled in, no unknown key dropped), because the stages read the raw file. Throws a ResourceError naming
 * the file, the first problem found and its fix; returns the files checked.
 */
export function checkReadLexicons(): string[] {
  for (const [relative, { schema, fix }] of read) {
    const file = path.join(ROOT, relative);
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ResourceError(file, `not in the lexicon format (${issue.path.join('.') || 'file'}: ${issue.message})`, fix);
    }
    if (!isDeepStrictEqual(parsed.data, data)) throw new ResourceError(file, 'its schema fills in defaults or drops keys, which the raw read would miss', 'write the values out in the file');
  }
  return [...read.keys()];
}

/** A loader that runs once per process: built lexicons are read-only, so every pipeline can share them. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * An index the build derived from a data file's bytes (scripts/build-dist.ts writes it into dist/ beside the module
 * that reads it): a header — `format` (bumped when the index's hashing or layout changes), the source's length and
 * SHA-256 — then the index. Read, the index is used only for exactly those source bytes in that format; otherwise the
 * loader builds it from the source, as a checkout run from src/ (no index there) always does.
 */
const BUILT_HEADER = 8 + 32;
const digestOf = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The file of a built index: `index` of `source`, in `format`. */
export function builtIndexFile(format: number, source: Uint8Array, index: Uint8Array): Buffer {
  return Buffer.concat([new Uint8Array(Int32Array.of(format, source.length).buffer), digestOf(source), index]);
}

/** The index `file` holds for `source` in `format`, 4-byte aligned; null when there is none, or none for these bytes. */
export function readBuiltIndex(file: string | URL, format: number, source: Uint8Array): Uint8Array | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < BUILT_HEADER) return null;
  // Typed arrays over the index need an aligned offset: a file read whole has one, a pooled Buffer's may not (copied).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer);
  if (aligned.readInt32LE(0) !== format || aligned.readInt32LE(4) !== source.length || !digestOf(source).equals(aligned.subarray(8, BUILT_HEADER))) return null;
  return aligned.subarray(BUILT_HEADER);
}
