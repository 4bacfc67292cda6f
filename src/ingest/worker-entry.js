// Worker threads do not inherit the loader the CLI registered. Run from src/ (tests, scripts), the pool names
// a TypeScript module: register tsx (a development dependency) here first. The compiled CLI (dist/) names
// a JavaScript module and loads no loader (see worker-pool.ts).
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
