// A SQLite store locked by another connection (holding BEGIN IMMEDIATE past the busy timeout): the command fails
// as STORE_UNAVAILABLE saying the database is locked, writes nothing, and the same command succeeds once released.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { createTestWorld, type TestWorld } from '../app.ts';
import type { AppContext } from '../../src/server/app-context.ts';
import { findCase } from '../../src/server/cases/case.repository.ts';
import { recordEncounter, type EncounterInput } from '../../src/server/cases/case.service.ts';
import { openDatabase, openSqliteFile, sqliteFile } from '../../src/server/db/database.ts';
import { getHead } from '../../src/server/ledger/ledger.repository.ts';
import { verifyLedger } from '../../src/server/ledger/ledger.verify.ts';
import { digestStore } from './store-digest.ts';

const encounter: EncounterInput = {
  person: { aNumber: 'A302-000-001', familyName: 'SYNTHETIC', givenName: 'LOCKED', nationality: 'GT' },
  office: 'HOU',
  track: 'expedited_removal',
  encounter: { at: '2019-11-02T08:30:00Z', place: 'Laredo sector', arrivedByLandFromMexico: true },
  isSynthetic: true,
};

describe('a locked SQLite store', () => {
  let world: TestWorld;
  let impatient: AppContext;
  let holder: BetterSqlite3.Database;

  beforeAll(async () => {
    world = await createTestWorld('sqlite');
    // The same store through a connection that waits only 50 ms for a lock (the default is 5 s).
    impatient = {
      ...world.app,
      database: await openDatabase({ dataDir: world.store.dataDir, busyTimeoutMs: 50 }),
    };
    holder = openSqliteFile(sqliteFile(world.store.dataDir));
  });
  afterAll(async () => {
    if (holder.inTransaction) holder.exec('rollback');
    holder.close();
    await impatient.database.close();
    await world.dispose();
  });

  it('fails a write as locked, in one line, and writes nothing', async () => {
    const before = await digestStore(world.app.database);
    holder.exec('begin immediate');
    const result = await recordEncounter(impatient, world.users.intake, encounter);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('STORE_UNAVAILABLE');
    expect(result.error.message).toMatch(/locked by another process.*try again/);
    expect(result.error.message).not.toContain('\n');
    holder.exec('rollback');
    expect(await digestStore(world.app.database)).toBe(before);
  });

  it('succeeds with the same command once the lock is released, and the ledger verifies', async () => {
    const head = await getHead(world.app.database.db);
    const result = await recordEncounter(impatient, world.users.intake, encounter);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await findCase(world.app.database.db, result.value.id)).toBeDefined();
    expect((await getHead(world.app.database.db)).seq).toBeGreaterThan(head.seq);
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
