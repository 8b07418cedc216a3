import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { inTransaction } from './transaction.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { AppError } from '../../domain/errors.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describeEachDialect('store', (store) => {
  it('migrates to an empty schema with the ledger head at zero, and migrating twice changes nothing', async () => {
    const { database } = store();
    await migrateToLatest(database);
    const head = await database.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toEqual({ id: 1, seq: 0, hash: '0'.repeat(64) });
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const { database } = store();
    const attempt = inTransaction(database, async (trx) => {
      await trx
        .insertInto('persons')
        .values({
          id: 'p-rollback',
          a_number: '012345678',
          data: '{}',
          created_at: '2020-01-01T00:00:00.000Z',
          family_name_key: '',
          given_name_key: '',
        })
        .execute();
      throw new Error('boom after the insert');
    });
    await expect(attempt).rejects.toThrow('boom after the insert');
    const row = await database.db
      .selectFrom('persons')
      .select('id')
      .where('id', '=', 'p-rollback')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('commits a successful transaction', async () => {
    const { database } = store();
    await inTransaction(database, (trx) =>
      trx
        .insertInto('persons')
        .values({
          id: 'p-commit',
          a_number: '012345679',
          data: '{}',
          created_at: '2020-01-01T00:00:00.000Z',
          family_name_key: '',
          given_name_key: '',
        })
        .execute(),
    );
    const { n } = await sql<{ n: number }>`select count(*) as n from persons where id = 'p-commit'`
      .execute(database.db)
      .then((r) => r.rows[0]!);
    expect(Number(n)).toBe(1);
  });
});

describe('store failures', () => {
  it('names a corrupt SQLite file as corrupt, with what to do', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-corrupt-'));
    writeFileSync(join(dataDir, 'refuge.sqlite'), Buffer.alloc(8192, 0x41));
    const attempt = openDatabase({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/corrupt.*restore/i) as unknown,
    });
  });

  it('names a PostgreSQL server that is down as unreachable', async () => {
    const attempt = openDatabase({ dataDir: tmpdir(), databaseUrl: 'postgres://postgres@127.0.0.1:1/none' });
    await expect(attempt).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/not reachable/) as unknown,
    });
  });
});
