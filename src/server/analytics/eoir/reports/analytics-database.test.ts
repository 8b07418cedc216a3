import { renameSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyticsDatabasePath,
  closeAnalyticsDatabases,
  withAnalyticsConnection,
} from './analytics-database.ts';
import { readReportSource } from './report-source.ts';
import { createSampleDataDir } from './sample-model.fixture.ts';

const cleanup: string[] = [];
afterAll(() => {
  closeAnalyticsDatabases();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('withAnalyticsConnection', () => {
  it('opens read-only, reuses the instance, and reopens when an import replaces the file', async () => {
    const first = await createSampleDataDir(20, 'release A');
    const second = await createSampleDataDir(30, 'release B');
    cleanup.push(first.dataDir, second.dataDir);
    const label = (): Promise<string | null> =>
      withAnalyticsConnection(
        first.dataDir,
        async (connection) => (await readReportSource(connection)).release,
      );

    expect(await label()).toBe('release A');
    const write = await withAnalyticsConnection(first.dataDir, (connection) =>
      connection.run('CREATE TABLE scratch (x INTEGER)').then(
        () => 'written',
        (error: unknown) => (error instanceof Error ? error.message : 'failed'),
      ),
    );
    expect(write).toMatch(/read-only|Cannot execute/i);

    // A query still running on the old file finishes while the new file is swapped in.
    const slow = withAnalyticsConnection(first.dataDir, async (connection) => {
      renameSync(analyticsDatabasePath(second.dataDir), analyticsDatabasePath(first.dataDir));
      return (await connection.runAndReadAll('SELECT count(*) FROM eoir_model.cases')).getRowsJS()[0]?.[0];
    });
    expect(Number(await slow)).toBe(20);
    expect(await label()).toBe('release B');
    const count = await withAnalyticsConnection(first.dataDir, async (connection) =>
      Number((await connection.runAndReadAll('SELECT count(*) FROM eoir_model.cases')).getRowsJS()[0]?.[0]),
    );
    expect(count).toBe(30);
  });
});
