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
  read.set(relative, { schema, fix });
  const file = path.join(ROOT, relative);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ResourceError(file, 'missing or not JSON', fix);
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
