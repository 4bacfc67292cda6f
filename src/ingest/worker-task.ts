/**
 * The worker side of worker-pool.ts: tasks one at a time, each marked in memory shared with the pool while
 * it runs (so the pool knows which task a dying or overrunning worker was on), results posted back.
 */
import { parentPort, workerData, type TransferListItem } from 'node:worker_threads';

export interface TaskContext {
  /** Post part of the result now, before the task ends (the pool's `onStart`). */
  early(value: unknown): void;
}

export interface TaskResult {
  result: unknown;
  /** buffers of the result to move, not copy */
  transfer?: TransferListItem[];
}

/** What the pool gave this worker at start (PoolOptions.workerData). */
export function poolData<T>(): T {
  return (workerData as { data: T }).data;
}

/** Answer the pool's tasks with `handle`; call once the worker's resources are loaded (the pool waits for it). */
export function serveTasks(handle: (task: any, context: TaskContext) => TaskResult): void {
  const shared = (workerData as { shared: SharedArrayBuffer }).shared;
  const running = new Int32Array(shared, 0, 1);
  const startedAt = new Float64Array(shared, 8, 1);
  const port = parentPort!;
  port.on('message', ({ seq, task }: { seq: number; task: unknown }) => {
    startedAt[0] = Date.now();
    Atomics.store(running, 0, seq);
    try {
      const { result, transfer } = handle(task, { early: (value) => port.postMessage({ seq, early: value }) });
      port.postMessage({ seq, result }, transfer ?? []);
    } catch (error) {
      port.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
    } finally {
      Atomics.store(running, 0, 0);
    }
  });
  port.postMessage({ ready: true });
}
