// Starts a throwaway PostgreSQL cluster for the test run, or uses TEST_DATABASE_URL.
// Outside CI, when neither is possible, the PostgreSQL tier is skipped with a message; under CI=true it fails.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startThrowawayCluster, type ThrowawayCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let cluster: ThrowawayCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  try {
    cluster = await startThrowawayCluster();
    project.provide('postgresUrl', cluster.url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new Error(`PostgreSQL tier cannot run under CI: ${reason}`);
    process.stderr.write(`\n[refuge tests] PostgreSQL tier skipped: ${reason}\n\n`);
    project.provide('postgresUrl', null);
  }
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
