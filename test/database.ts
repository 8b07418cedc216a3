// Repository and service tests are written once and run on both dialects through `describeEachDialect`: a fresh
// store per describe block, SQLite in a temp folder and a fresh database on the real PostgreSQL server the global
// setup started. It is the only way a test learns whether this run has PostgreSQL, so no per-dialect loop can
// quietly shrink to SQLite: without a server the PostgreSQL blocks still appear, skipped (or failing under CI=true).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { openDatabase, type RefugeDatabase } from '../src/server/db/database.ts';
import type { Dialect } from '../src/server/db/dialect.ts';

const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A fresh, empty, migrated store of the given dialect, and how to throw it away. */
export interface TestStore {
  database: RefugeDatabase;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Takes the store away under its open handles (PostgreSQL: the database is dropped), to test a store gone down. */
  dropNow(): Promise<void>;
  dispose(): Promise<void>;
}

let counter = 0;

/**
 * Creates a fresh store: a temp SQLite folder, or a new database on the test PostgreSQL server. For a test that needs
 * a store besides its block's own (a restore target, a second run); per-dialect suites use `describeEachDialect`.
 */
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
    dropNow: dropDatabase,
    dispose: async () => {
      await database.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Declares the suite once per dialect, `${title} [sqlite]` and `${title} [postgres]`, each block with a fresh,
 * migrated store. Without a PostgreSQL server the PostgreSQL block is still declared: its tests show as skipped,
 * or, under CI=true, it holds one failing test saying why.
 */
export function describeEachDialect(
  title: string,
  body: (store: () => TestStore, dialect: Dialect) => void,
): void {
  describeOn(DIALECTS, title, body);
}

/** Declares a suite that only makes sense on PostgreSQL (many API nodes sharing one server), with the same rules. */
export function describePostgres(title: string, body: (store: () => TestStore) => void): void {
  describeOn(['postgres'], title, (store) => body(store));
}

function describeOn(
  dialects: readonly Dialect[],
  title: string,
  body: (store: () => TestStore, dialect: Dialect) => void,
): void {
  const hasPostgres = Boolean(inject('postgresUrl'));
  for (const dialect of dialects) {
    const name = `${title} [${dialect}]`;
    if (dialect === 'postgres' && !hasPostgres) {
      if (process.env.CI === 'true') {
        describe(name, () => {
          it('runs on PostgreSQL', () => {
            throw new Error('No PostgreSQL server for this run, and CI=true requires the PostgreSQL tier.');
          });
        });
      } else {
        describe.skip(name, () => body(storeUnavailable, dialect));
      }
      continue;
    }
    describe(name, () => {
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

function storeUnavailable(): TestStore {
  throw new Error('no PostgreSQL server for this run');
}
