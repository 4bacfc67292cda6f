/** A worker for the pool's tests: tasks that answer, sleep, spin, throw, kill their worker, or tell its heap limits. */
import { resourceLimits } from 'node:worker_threads';
import { poolData, serveTasks } from './worker-task.ts';

type TestTask = { do: 'echo'; value: unknown } | { do: 'spin'; ms: number } | { do: 'throw' } | { do: 'exit' } | { do: 'early'; value: unknown } | { do: 'limits' };

if (poolData<{ failStart?: boolean } | null>()?.failStart) throw new Error('cannot load');

serveTasks((task: TestTask, context) => {
  if (task.do === 'spin') {
    // Busy, not sleeping: a stuck analysis holds its thread the same way.
    const end = Date.now() + task.ms;
    while (Date.now() < end);
    return { result: task.ms };
  }
  if (task.do === 'throw') throw new Error('no text in it');
  if (task.do === 'exit') process.exit(3);
  if (task.do === 'early') context.early(task.value);
  if (task.do === 'limits') return { result: resourceLimits };
  return { result: task.value };
});
