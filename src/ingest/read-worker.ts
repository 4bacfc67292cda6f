/**
 * Runs in the reader's worker thread (see input-reader.ts): every input read here, so a hostile feed or
 * WARC costs this thread, never the one that stores and serves. Events go out as the main thread pulls them.
 */
import { parentPort } from 'node:worker_threads';
import { readInputs } from './read-inputs.ts';
import type { ReaderData } from './input-reader.ts';
import { poolData } from './worker-task.ts';

const data = poolData<ReaderData>();
const events = readInputs(data.files, { format: data.format, maxBytes: data.maxBytes, stdin: () => process.stdin }, data.from)[Symbol.asyncIterator]();
const port = parentPort!;

let pulling = Promise.resolve();
port.on('message', ({ pull }: { pull: number }) => {
  // One pull at a time, in order: the events of a file must not interleave.
  pulling = pulling.then(async () => {
    for (let i = 0; i < pull; i += 1) {
      const next = await events.next();
      if (next.done) {
        port.postMessage({ done: true });
        return;
      }
      port.postMessage({ event: next.value });
    }
  });
});
