// The import's progress: one share of the whole job, the model build included, that never goes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, type DuckDbHandle } from '../../duckdb.ts';
import { ImportProgressTracker, type ImportProgress } from './import-progress.ts';

let db: DuckDbHandle;
beforeAll(async () => {
  db = await openDuckDb(':memory:');
});
afterAll(() => db.close());

function track(
  bytesTotal: number,
  modelBytes: number,
): { tracker: ImportProgressTracker; seen: ImportProgress[] } {
  const seen: ImportProgress[] = [];
  const tracker = new ImportProgressTracker(bytesTotal, modelBytes, db.connection, (progress) =>
    seen.push(progress),
  );
  return { tracker, seen };
}

describe('ImportProgressTracker', () => {
  it('leaves the model build its share: loading every byte is not the end', () => {
    const { tracker, seen } = track(1000, 1000);
    tracker.cleaned('a.csv', 1000, 10);
    tracker.loading(1000, false);
    tracker.loading(1000, true);
    tracker.phase('model');
    const loaded = seen.at(-1)!;
    expect(loaded.bytesDone).toBe(1000);
    expect(loaded.fraction).toBeGreaterThan(0.7);
    expect(loaded.fraction).toBeLessThan(0.85);
    tracker.model(1);
    tracker.phase('finishing');
    expect(seen.at(-1)!.fraction).toBeGreaterThan(0.95);
    expect(seen.at(-1)!.fraction).toBeLessThanOrEqual(1);
    tracker.stop();
  });

  it('counts model steps done while files still load', () => {
    const { tracker, seen } = track(1000, 1000);
    tracker.cleaned('a.csv', 500, 5);
    tracker.loading(500, true);
    const before = seen.at(-1)!.fraction;
    tracker.model(0.5);
    expect(seen.at(-1)!.phase).toBe('loading');
    expect(seen.at(-1)!.fraction).toBeGreaterThan(before + 0.05);
    tracker.stop();
  });

  it('never goes back, whatever order the reports come in', () => {
    const { tracker, seen } = track(1000, 600);
    tracker.cleaned('a.csv', 400, 4);
    tracker.model(0.2);
    tracker.loading(400, false);
    tracker.loading(400, true);
    tracker.cleaned('b.csv', 600, 6);
    // A new statement starts: DuckDB's progress of the last one is gone, the model reports an earlier step.
    tracker.loading(600, false);
    tracker.model(0.1);
    tracker.loading(600, true);
    tracker.phase('model');
    tracker.model(1);
    tracker.phase('finishing');
    const fractions = seen.map((progress) => progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBeGreaterThan(0.95);
    tracker.stop();
  });
});
