// Starts burst-writer.ts as a separate process on a store and follows the writes it acknowledges.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { REPO_ROOT, storeEnv } from './run-cli.ts';

/** A running burst writer: the case ids it has acknowledged so far, and ways to wait for it or kill it. */
export interface BurstWriter {
  acks: string[];
  /** Resolves once at least `n` writes are acknowledged; rejects if the writer ends before. */
  waitForAcks(n: number): Promise<void>;
  /** Resolves when the process has ended, with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

/** Which store to write to, as whom, how many encounters from which A-number, in how many lanes. */
export interface BurstWriterOptions {
  store: { dataDir: string; databaseUrl?: string | undefined };
  actorId: string;
  count: number;
  firstANumber: number;
  concurrency?: number;
}

/** Spawns the writer (node --import tsx, from the repository root). */
export function startBurstWriter(options: BurstWriterOptions): BurstWriter {
  const args = [
    '--import',
    'tsx',
    'test/faults/burst-writer.ts',
    options.actorId,
    String(options.count),
    String(options.firstANumber),
    String(options.concurrency ?? 1),
  ];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: storeEnv(options.store),
  });
  const acks: string[] = [];
  const waiters: { n: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  let stderr = '';
  let pending = '';
  let ended = false;
  const settle = (): void => {
    for (const waiter of [...waiters]) {
      if (acks.length >= waiter.n) waiter.resolve();
      else if (ended)
        waiter.reject(
          new Error(
            `the burst writer ended after ${acks.length} acks (wanted ${waiter.n}): ${stderr.trim()}`,
          ),
        );
      else continue;
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acks.push(line.slice(4));
    settle();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => {
      child.on('close', (code, signal) => {
        ended = true;
        settle();
        resolve({ code, signal, stderr });
      });
    },
  );
  return {
    acks,
    waitForAcks: (n) =>
      new Promise((resolve, reject) => {
        waiters.push({ n, resolve, reject });
        settle();
      }),
    exited,
    kill: (signal) => child.kill(signal),
  };
}
