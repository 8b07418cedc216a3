// Crash safety, on both dialects: a separate process writes a burst through the full service path, printing each
// command's id once it has committed; we SIGKILL it in the middle of the burst. The store must then verify, hold
// every write the process acknowledged, hold no half-written command, and take new writes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { createAppContext } from '../../src/server/app-context.ts';
import { recordEncounter } from '../../src/server/cases/case.service.ts';
import { openDatabase, type RefugeDatabase } from '../../src/server/db/database.ts';
import { verifyLedger } from '../../src/server/ledger/ledger.verify.ts';
import { startBurstWriter } from './burst-writer.process.ts';

const ACKS_BEFORE_KILL = 30;

describeEachDialect('a writer killed in the middle of a burst', (store, dialect) => {
  let world: TestWorld;
  let acked: string[];
  let reopened: RefugeDatabase;

  beforeAll(async () => {
    world = await createTestWorld(store());
    // Several lanes on PostgreSQL, so the kill lands with transactions open on several connections.
    const writer = startBurstWriter({
      store: world.store,
      actorId: world.users.intake,
      count: 100_000,
      firstANumber: 400_000_000,
      concurrency: dialect === 'postgres' ? 4 : 1,
    });
    await writer.waitForAcks(ACKS_BEFORE_KILL);
    writer.kill('SIGKILL');
    const ended = await writer.exited;
    expect(ended.signal).toBe('SIGKILL');
    acked = [...writer.acks];
    // A fresh connection, as after a restart: SQLite recovers its WAL, PostgreSQL has rolled back what was open.
    reopened = await openDatabase({ dataDir: world.store.dataDir, databaseUrl: world.store.databaseUrl });
  });
  afterAll(async () => {
    await reopened.close();
    await world.dispose();
  });

  it('leaves a ledger that verifies', async () => {
    expect(await verifyLedger(reopened)).toMatchObject({ ok: true });
  });

  it('holds every acknowledged write, each with its ledger event', async () => {
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    const cases = await reopened.db.selectFrom('cases').select('id').where('id', 'in', acked).execute();
    expect(cases.map((c) => c.id).sort()).toEqual([...acked].sort());
    const events = await reopened.db
      .selectFrom('ledger_events')
      .select('case_id')
      .where('type', '=', 'case.opened')
      .where('case_id', 'in', acked)
      .execute();
    expect(events.map((e) => e.case_id).sort()).toEqual([...acked].sort());
  });

  it('holds no half-written command: every case has its event and every person its registration', async () => {
    const count = async (query: Promise<{ n: number | string | bigint }>) => Number((await query).n);
    const cases = await count(
      reopened.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    const opened = await count(
      reopened.db
        .selectFrom('ledger_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('type', '=', 'case.opened')
        .executeTakeFirstOrThrow(),
    );
    const persons = await count(
      reopened.db
        .selectFrom('persons')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    const registered = await count(
      reopened.db
        .selectFrom('ledger_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('type', '=', 'person.registered')
        .executeTakeFirstOrThrow(),
    );
    expect(opened).toBe(cases);
    expect(registered).toBe(persons);
    expect(cases).toBeGreaterThanOrEqual(acked.length);
  });

  it('takes new writes after the crash', async () => {
    const app = await createAppContext({
      dataDir: world.store.dataDir,
      databaseUrl: world.store.databaseUrl,
    });
    try {
      const result = await recordEncounter(app, world.users.intake, {
        person: {
          aNumber: 'A499-999-999',
          familyName: 'SYNTHETIC',
          givenName: 'AFTER CRASH',
          nationality: 'GT',
        },
        office: 'HOU',
        track: 'expedited_removal',
        encounter: {
          at: '2019-06-01T12:00:00Z',
          place: 'Rio Grande Valley sector',
          arrivedByLandFromMexico: true,
        },
        isSynthetic: true,
      });
      expect(result.ok).toBe(true);
      expect(await verifyLedger(app.database)).toMatchObject({ ok: true });
    } finally {
      await app.database.close();
    }
  });
});
