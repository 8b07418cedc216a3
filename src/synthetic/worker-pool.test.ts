import { describe, expect, it } from 'vitest';
import type { FixtureTask } from './worker-pool.fixture.ts';
import { runInOrder, startWorkerPool } from './worker-pool.ts';

const FIXTURE = new URL('./worker-pool.fixture.ts', import.meta.url);

describe('startWorkerPool', () => {
  it('runs tasks on TypeScript workers, hands each caller its own result, and passes workerData', async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 2, workerData: { label: 'x' } });
    try {
      const results = await Promise.all(
        [5, 1, 4, 2, 3].map((n) => pool.run({ kind: 'square', n, delayMs: n * 5 })),
      );
      expect(results).toEqual([25, 1, 16, 4, 9]);
      expect(await pool.run({ kind: 'workerData' })).toEqual({ label: 'x' });
    } finally {
      await pool.close();
    }
  });

  it("rejects a task with the handler's error and keeps serving the others", async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 1 });
    try {
      await expect(pool.run({ kind: 'fail', message: 'no key for actor 7' })).rejects.toThrow(
        'no key for actor 7',
      );
      expect(await pool.run({ kind: 'square', n: 3, delayMs: 0 })).toBe(9);
    } finally {
      await pool.close();
    }
  });

  it('rejects running and queued tasks when a worker dies, and every task after that', async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 1 });
    try {
      const dying = expect(pool.run({ kind: 'exit' })).rejects.toThrow(/worker stopped \(exit code 3\)/);
      const queued = expect(pool.run({ kind: 'square', n: 2, delayMs: 0 })).rejects.toThrow(/exit code 3/);
      await dying;
      await queued;
      await expect(pool.run({ kind: 'square', n: 2, delayMs: 0 })).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('rejects what is still pending when closed', async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 1 });
    const slow = expect(pool.run({ kind: 'square', n: 2, delayMs: 5_000 })).rejects.toThrow(/closed/);
    await pool.close();
    await slow;
    await expect(pool.run({ kind: 'square', n: 2, delayMs: 0 })).rejects.toThrow(/closed/);
  });
});

describe('runInOrder', () => {
  it('hands results back in task order with at most `window` tasks outstanding', async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 2 });
    try {
      const handed: unknown[] = [];
      let sent = 0;
      let mostOutstanding = 0;
      await runInOrder(
        pool,
        10,
        (index): FixtureTask => {
          sent++;
          mostOutstanding = Math.max(mostOutstanding, sent - handed.length);
          // later tasks finish first, so order comes from runInOrder, not from the workers
          return { kind: 'square', n: index, delayMs: (10 - index) * 3 };
        },
        (result, index) => {
          expect(index).toBe(handed.length);
          handed.push(result);
        },
        4,
      );
      expect(handed).toEqual([0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
      expect(mostOutstanding).toBe(4);
    } finally {
      await pool.close();
    }
  });

  it("stops at the first failing task with that task's error", async () => {
    const pool = startWorkerPool<FixtureTask, unknown>(FIXTURE, { size: 2 });
    try {
      const handed: unknown[] = [];
      await expect(
        runInOrder(
          pool,
          6,
          (index): FixtureTask =>
            index === 2
              ? { kind: 'fail', message: 'block 2 broke' }
              : { kind: 'square', n: index, delayMs: 0 },
          (result) => {
            handed.push(result);
          },
          2,
        ),
      ).rejects.toThrow('block 2 broke');
      expect(handed).toEqual([0, 1]);
    } finally {
      await pool.close();
    }
  });
});
