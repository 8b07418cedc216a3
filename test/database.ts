// Repository and service tests are written once and run on both dialects: a fresh store per describe block,
// SQLite in a temp folder and a fresh database on the real PostgreSQL server the global setup started.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type RefugeDatabase } from '../src/server/db/database.ts';
import type { Dialect } from '../src/server/db/dialect.ts';

/** The dialects this run can test (PostgreSQL only when a server is available). */
export function availableDialects(): Dialect[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, empty, migrated store of the given dialect, and how to throw it away. */
export interface TestStore {
  database: RefugeDatabase;
  dataDir: string;
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

let counter = 0;

/** Creates a fresh store: a temp SQLite folder, or a new database on the test PostgreSQL server. */
export async function createTestStore(dialect: Dialect): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'refuge-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async (): Promise<void> => {};
  if (dialect === 'postgres') {
    const serverUrl = inject('postgresUrl');
    if (!serverUrl) throw new Error('no PostgreSQL server for this run');
    const name = `refuge_test_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  }
  const database = await openDatabase({ dataDir, databaseUrl });
  return {
    database,
    dataDir,
    databaseUrl,
    dispose: async () => {
      await database.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Declares the same suite once per available dialect, each with a fresh store for the block. */
export function describeEachDialect(
  title: string,
  body: (store: () => TestStore, dialect: Dialect) => void,
): void {
  const postgresUrl = inject('postgresUrl');
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const run = dialect === 'sqlite' || postgresUrl ? describe : describe.skip;
    run(`${title} [${dialect}]`, () => {
      let store: TestStore | undefined;
      beforeAll(async () => {
        store = await createTestStore(dialect);
      });
      afterAll(async () => {
        await store?.dispose();
      });
      body(() => {
        if (!store) throw new Error('store not ready');
        return store;
      }, dialect);
    });
  }
}
