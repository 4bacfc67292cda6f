import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ResourceError } from '../errors.ts';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Read one lexicon data file (JSON, a path under src/lexicons/) and check it against its zod schema. Every
 * lexicon is read through here, from a stage's `setup`, never at import time. A missing or malformed file
 * is a ResourceError naming the file, the first problem found and `fix`.
 */
export function readLexicon<S extends z.ZodType>(relative: string, schema: S, fix = 'restore it from git'): z.infer<S> {
  const file = path.join(ROOT, relative);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ResourceError(file, 'missing or not JSON', fix);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ResourceError(file, `not in the lexicon format (${issue.path.join('.') || 'file'}: ${issue.message})`, fix);
  }
  return parsed.data;
}

/** A loader that runs once per process: built lexicons are read-only, so every pipeline can share them. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
