/**
 * Gzipped files unzipped ahead, on libuv's thread pool: a worker about to load the pipeline starts
 * this for its largest model files, so the unzipping (some 50 ms of CPU) runs on another core while the worker
 * compiles its modules. The loader takes the bytes when they are there by then, else reads the file itself:
 * the same bytes either way, only sooner. Each file is taken once, so nothing is held after its load.
 */
import { readFileSync } from 'node:fs';
import { gunzip } from 'node:zlib';

/** Files asked for: their bytes once unzipped, null until then. A file taken (or failed) is no longer here. */
const ahead = new Map<string, Buffer | null>();

/**
 * Read `files` and start unzipping them; a file that cannot be read or unzipped is left to its loader. Resolves
 * when every file is ready or left (the analysis worker waits for it before its loaders run: see analyze-worker.ts).
 */
export function gunzipAhead(files: readonly string[]): Promise<void> {
  return Promise.all(files.map((file) => new Promise<void>((settled) => {
    // Read here (a few ms), so the unzipping starts now: a callback of readFile would wait for this thread's event
    // loop, which a bundled worker (one module, set up without a turn of it) does not leave before it needs the bytes.
    let raw: Buffer;
    try {
      raw = readFileSync(file);
    } catch {
      return settled();
    }
    ahead.set(file, null);
    // One piece of work for the thread pool, not one per 16 KB: each piece's end waits for this thread's event
    // loop, which module loading leaves only now and then. The gzip trailer gives the size (mod 2^32).
    const size = raw.length >= 18 ? raw.readUInt32LE(raw.length - 4) : 0;
    gunzip(raw, { chunkSize: Math.max(64 * 1024, size) }, (zipError, body) => {
      // Taken already (its loader read it itself): the late bytes are dropped, not held.
      if (zipError || !ahead.has(file)) ahead.delete(file);
      else ahead.set(file, body);
      settled();
    });
  }))).then(() => {});
}

/** The unzipped bytes of `file` if gunzipAhead has them ready, else undefined; either way the file is taken. */
export function takeGunzipped(file: string): Buffer | undefined {
  const body = ahead.get(file) ?? undefined;
  ahead.delete(file);
  return body;
}
