// Worker threads do not inherit the loader the CLI registered: register tsx here, then load the TS module
// the pool names (see worker-pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
