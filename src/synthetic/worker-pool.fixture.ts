// Test support: the worker module worker-pool.test.ts starts (squares numbers after a delay, fails, or dies on demand).
import { workerData } from 'node:worker_threads';
import { serveTasks } from './worker-pool.ts';

/** What the test worker can be asked to do. */
export type FixtureTask =
  | { kind: 'square'; n: number; delayMs: number }
  | { kind: 'fail'; message: string }
  | { kind: 'exit' }
  | { kind: 'workerData' };

serveTasks<FixtureTask, unknown>(async (task) => {
  switch (task.kind) {
    case 'square':
      await new Promise((done) => setTimeout(done, task.delayMs));
      return task.n * task.n;
    case 'fail':
      throw new Error(task.message);
    case 'exit':
      return process.exit(3);
    case 'workerData':
      return workerData;
  }
});
