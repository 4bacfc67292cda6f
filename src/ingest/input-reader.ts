/**
 * The inputs read in a worker thread (read-worker.ts), as events for the main thread. A reader that dies
 * (out of memory, a crash) or stays silent past the time limit costs only the input it was on: that input
 * is reported, and a new reader goes on with the next one.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { failure, type Format } from './readers/article.ts';
import { detectFormat, head, inputSize, readInputs, type InputEvent } from './read-inputs.ts';
import { moduleUrl } from '../util/module-url.ts';

const ENTRY = new URL('./worker-entry.js', import.meta.url);
/** Events asked for at once: enough to keep the analysis workers fed, few enough to bound memory. */
const BATCH = 16;

export interface ReaderData {
  files: string[];
  format?: Format;
  maxBytes: number;
  from: number;
}

export interface InputReaderOptions {
  format?: Format;
  maxBytes: number;
  stdin: () => Readable;
  /** longest the reader may take to give the next event, in ms (0: no bound) */
  budgetMs: number;
  heapMb?: number;
}

type Message = { event: InputEvent } | { done: true } | { exit: string };

/**
 * Inputs read in this thread rather than a reader's: at most this many, each a regular file of text or HTML. Reading
 * one is a read of at most the article limit and its decoding, no library, nothing a hostile input can stretch; a
 * reader thread's start (some 100 ms of CPU, and a third thread on the cores while the analysis worker loads its
 * pipeline) would cost more than the reading.
 */
export const READ_HERE_MAX_FILES = 4;

/** Whether `files` are read in this thread (READ_HERE_MAX_FILES). */
export function readableHere(files: readonly string[], format: Format | undefined): boolean {
  if (files.length > READ_HERE_MAX_FILES) return false;
  return files.every((file) => {
    if (file === '-') return false;
    try {
      if (!statSync(file).isFile()) return false;
      const as = format ?? detectFormat(file, head(file));
      return as === 'text' || as === 'html';
    } catch {
      return false;
    }
  });
}

/** The inputs' events: read in this thread when readableHere says so, else in a reader thread (readInWorker). */
export async function* readArticleInputs(files: string[], options: InputReaderOptions): AsyncIterable<InputEvent> {
  if (readableHere(files, options.format)) yield* readInputs(files, { format: options.format, maxBytes: options.maxBytes, stdin: options.stdin });
  else yield* readInWorker(files, options);
}

export async function* readInWorker(files: string[], options: InputReaderOptions): AsyncIterable<InputEvent> {
  let from = 0;
  let stdinGiven = false;
  while (from < files.length) {
    const needsStdin = !stdinGiven && files.indexOf('-', from) >= 0;
    const worker = new Worker(ENTRY, {
      workerData: { entry: moduleUrl('./read-worker', import.meta.url).href, shared: new SharedArrayBuffer(16), data: { files, format: options.format, maxBytes: options.maxBytes, from } satisfies ReaderData },
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 2048 },
      stdin: needsStdin,
    });
    if (needsStdin) {
      stdinGiven = true;
      options.stdin().pipe(worker.stdin!);
    }
    const inbox: Message[] = [];
    let wake: (() => void) | null = null;
    const deliver = (m: Message) => {
      inbox.push(m);
      wake?.();
    };
    let crash: Error | null = null;
    worker.on('message', (m: Message) => deliver(m));
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => deliver({ exit: crash ? crash.message : `exit code ${code}` }));

    let current = from;
    let accounted = 0;
    let asked = 0;
    let stopped: string | null = null;
    try {
      for (;;) {
        if (inbox.length === 0) {
          if (asked === 0) {
            worker.postMessage({ pull: BATCH });
            asked = BATCH;
          }
          const timer = options.budgetMs > 0 ? setTimeout(() => deliver({ exit: 'timeout' }), options.budgetMs) : null;
          await new Promise<void>((resolve) => {
            wake = resolve;
            if (inbox.length > 0) resolve();
          });
          wake = null;
          if (timer) clearTimeout(timer);
        }
        const m = inbox.shift()!;
        if ('done' in m) {
          from = files.length;
          break;
        }
        if ('exit' in m) {
          stopped = m.exit === 'timeout' ? `gave no article for ${options.budgetMs / 1000} s` : `died (${m.exit})`;
          break;
        }
        asked -= 1;
        const { event } = m;
        current = event.file;
        accounted = event.item ? accounted + event.bytes : 0;
        if (!event.item) current += 1;
        yield event;
      }
    } finally {
      await worker.terminate();
    }
    if (stopped && current < files.length) {
      const name = files[current]!;
      yield { item: failure(name, `reading stopped: the reader ${stopped}; the rest of this input is skipped`), bytes: 0, file: current };
      yield { item: null, bytes: Math.max(0, inputSize(name) - accounted), file: current };
      from = current + 1;
    } else if (stopped) from = files.length;
  }
}
