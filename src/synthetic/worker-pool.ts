// The worker threads of the synthetic generators (the seed's signing, the release's blocks): N workers on one
// TypeScript module, tasks queued for the next idle worker, each result or error handed back to its caller, and
// `runInOrder` for work that must come back in order with bounded memory. The worker module calls `serveTasks`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** Worker threads running one module's task handler. */
export interface WorkerPool<Task, Result> {
  /** Runs `task` on the next idle worker; rejects with the handler's error, or when a worker dies. */
  run(task: Task): Promise<Result>;
  /** Stops the workers; tasks not yet answered are rejected. */
  close(): Promise<void>;
}

/** How many workers, and the data each one receives as `workerData`. */
export interface WorkerPoolOptions {
  readonly size: number;
  readonly workerData?: unknown;
}

type Reply<Result> = { id: number; ok: true; result: Result } | { id: number; ok: false; message: string };

interface Job<Task, Result> {
  id: number;
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/** Starts `options.size` workers on the module at `moduleUrl` (a .ts file that calls `serveTasks`). */
export function startWorkerPool<Task, Result>(
  moduleUrl: URL,
  options: WorkerPoolOptions,
): WorkerPool<Task, Result> {
  const bootstrap = tsxBootstrap(moduleUrl);
  const workers = Array.from(
    { length: Math.max(1, options.size) },
    () => new Worker(bootstrap, { workerData: options.workerData }),
  );
  const idle = [...workers];
  const queue: Job<Task, Result>[] = [];
  const running = new Map<Worker, Job<Task, Result>>();
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;

  const pump = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  };
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(error);
    running.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply<Result>) => {
      const job = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (job?.id === reply.id) {
        if (reply.ok) job.resolve(reply.result);
        else job.reject(new Error(reply.message));
      }
      pump();
    });
    worker.on('error', failAll);
    // A worker that stops without an error (killed, out of memory) must not leave its callers waiting forever.
    worker.on('exit', (code) => {
      if (!closing) failAll(new Error(`a synthetic-data worker stopped (exit code ${code})`));
    });
  }

  return {
    run(task) {
      if (failure) return Promise.reject(failure);
      if (closing) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        pump();
      });
    },
    async close() {
      closing = true;
      failAll(failure ?? new Error('the worker pool was closed before the task finished'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Runs tasks 0..count-1 on `pool` and hands their results to `onResult` strictly in that order, with at most
 * `window` tasks sent and not yet handed back (so memory stays bounded however uneven the workers are). */
export async function runInOrder<Task, Result>(
  pool: WorkerPool<Task, Result>,
  count: number,
  taskAt: (index: number) => Task,
  onResult: (result: Result, index: number) => Promise<void> | void,
  window: number,
): Promise<void> {
  const pending: Promise<Result>[] = [];
  let sent = 0;
  for (let handed = 0; handed < count; handed++) {
    while (sent < count && sent - handed < Math.max(1, window)) {
      const result = pool.run(taskAt(sent++));
      // a later task's failure is reported when its turn comes (or never, once an earlier one failed)
      result.catch(() => undefined);
      pending.push(result);
    }
    await onResult(await pending.shift()!, handed);
  }
}

/** In a pool's worker: answers each task with `handle(task)`, transferring the buffers `transferOf` names. */
export function serveTasks<Task, Result>(
  handle: (task: Task) => Result | Promise<Result>,
  transferOf: (result: Result) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only in a worker thread started by startWorkerPool');
  port.on('message', ({ id, task }: { id: number; task: Task }) => {
    Promise.resolve()
      .then(() => handle(task))
      .then(
        (result) => port.postMessage({ id, ok: true, result } satisfies Reply<Result>, transferOf(result)),
        (error: unknown) =>
          port.postMessage({
            id,
            ok: false,
            message: error instanceof Error ? error.message : String(error),
          } satisfies Reply<Result>),
      );
  });
}

// The sources are TypeScript run through tsx, so each worker first registers tsx's ESM hooks (as bin/refuge.js does
// for the main thread), then imports the module; a data: URL carries those two steps.
function tsxBootstrap(moduleUrl: URL): URL {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('tsx/package.json');
  const exports = (
    JSON.parse(readFileSync(packageJson, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    }
  ).exports;
  const api = pathToFileURL(
    join(dirname(packageJson), exports['./esm/api']?.import.default ?? 'dist/esm/api/index.mjs'),
  ).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(moduleUrl.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
