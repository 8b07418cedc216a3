// Seeding a real store on each dialect: the rows and the ledger it leaves, the public figures it is calibrated to,
// the same seed giving the same records, and the refusals that protect a store already in use.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestStore, describeEachDialect, type TestStore } from '../../../test/database.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import type { Result } from '../../domain/errors.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import { createAppContext, type AppContext } from '../../server/app-context.ts';
import type { Dialect } from '../../server/db/dialect.ts';
import { getHead } from '../../server/ledger/ledger.repository.ts';
import { verifyLedger } from '../../server/ledger/ledger.verify.ts';
import { seedDemoIfEmpty } from './demo.ts';
import { findRuleBreaks } from './seed-checks.ts';
import { computeSeedMetrics, passRate } from './seed-metrics.ts';
import { seedCases, type SeedSummary } from './seed.service.ts';
import {
  CATEGORY_OBJECTIONS,
  INTERIOR_COURTS,
  SYNTHETIC_OFFICES,
  syntheticUserSpecs,
} from './synthetic-world.ts';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

interface World {
  store: TestStore;
  app: AppContext;
  dispose(): Promise<void>;
}

// On the given store, or on a new one of the dialect (which the world then disposes of).
async function openWorld(on: Dialect | TestStore): Promise<World> {
  const isOwnStore = typeof on === 'string';
  const store = isOwnStore ? await createTestStore(on) : on;
  const app = await createAppContext({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  return {
    store,
    app,
    dispose: async () => {
      await app.database.close();
      if (isOwnStore) await store.dispose();
    },
  };
}

async function readRecords(app: AppContext) {
  const { db } = app.database;
  const parse = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);
  return {
    persons: parse<Person>(await db.selectFrom('persons').select('data').execute()),
    cases: parse<CaseRecord>(await db.selectFrom('cases').select('data').execute()),
    screenings: parse<Screening>(await db.selectFrom('screenings').select('data').execute()),
    proceedings: parse<Proceeding>(await db.selectFrom('proceedings').select('data').execute()),
    representedCaseIds: new Set(
      (await db.selectFrom('representations').select('case_id').execute()).map((r) => r.case_id),
    ),
  };
}

// A canonical dump of the seeded records: every stored column but the run's wall-clock times, user ids by name.
async function dump(app: AppContext): Promise<string> {
  const { db } = app.database;
  const users = await db.selectFrom('users').select(['id', 'name']).execute();
  const tables = {
    persons: await db.selectFrom('persons').selectAll().orderBy('id').execute(),
    cases: await db.selectFrom('cases').selectAll().orderBy('id').execute(),
    screenings: await db.selectFrom('screenings').selectAll().orderBy('id').execute(),
    proceedings: await db.selectFrom('proceedings').selectAll().orderBy('id').execute(),
    hearings: await db.selectFrom('hearings').selectAll().orderBy('id').execute(),
    flags: await db.selectFrom('flags').selectAll().orderBy('id').execute(),
    objections: await db
      .selectFrom('objections')
      .select(['officer_id', 'category', 'screening_id', 'reason', 'created_at'])
      .orderBy('created_at')
      .orderBy('screening_id')
      .execute(),
  };
  let text = JSON.stringify(tables);
  for (const user of users) text = text.replaceAll(user.id, `user:${user.name}`);
  return text;
}

describeEachDialect('seedCases: 3,000 synthetic cases', (store) => {
  let world: World;
  let summary: SeedSummary;
  let records: Awaited<ReturnType<typeof readRecords>>;
  let eventsBefore: number;

  beforeAll(async () => {
    world = await openWorld(store());
    eventsBefore = (await getHead(world.app.database.db)).seq;
    summary = value(await seedCases(world.app, { cases: 3000, seed: 7, batchSize: 700 }));
    records = await readRecords(world.app);
  });
  afterAll(async () => world.dispose());

  it('stores exactly the cases asked for, every person and case labelled synthetic, and obeys the rules', () => {
    expect(summary).toMatchObject({ seed: '7', cases: 3000 });
    expect(records.cases).toHaveLength(3000);
    expect(records.persons).toHaveLength(summary.persons);
    expect(records.persons.length).toBeLessThan(3000); // some people came back for a second case
    expect(records.persons.every((p) => p.isSynthetic) && records.cases.every((c) => c.isSynthetic)).toBe(
      true,
    );
    expect(findRuleBreaks(records)).toEqual([]);
  });

  it('matches the published MPP figures (calibration.ts) within sampling tolerance', () => {
    const m = computeSeedMetrics(
      records.cases,
      records.screenings,
      records.proceedings,
      records.representedCaseIds,
    );
    expect(m.mppCases).toBeGreaterThan(1700);
    // About 1.5% of completed MPP cases end in relief (641 of 41,888): ~1,500 completions here, so ±3 sd is ±1%.
    expect(m.mppRelief / m.mppCompleted).toBeGreaterThan(0.005);
    expect(m.mppRelief / m.mppCompleted).toBeLessThan(0.026);
    expect(m.mppRepresented / m.mppCases).toBeGreaterThanOrEqual(0.04);
    expect(m.mppRepresented / m.mppCases).toBeLessThanOrEqual(0.07);
    // About half missed a hearing; in absentia orders were about two thirds of MPP completions by June 2021.
    expect(m.mppMissedHearing / m.mppCases).toBeGreaterThan(0.4);
    expect(m.mppMissedHearing / m.mppCases).toBeLessThan(0.6);
    expect(m.mppInAbsentia / m.mppCompleted).toBeGreaterThan(0.5);
    expect(m.mppInAbsentia / m.mppCompleted).toBeLessThan(0.75);
    // Credible fear mostly positive (about 77%, n ≈ 600); MPP interviews mostly negative, less so in 2021.
    expect(passRate(m.passes.credible_fear)).toBeGreaterThan(0.72);
    expect(passRate(m.passes.credible_fear)).toBeLessThan(0.83);
    expect(1 - passRate(m.passes.mpp_2019)).toBeGreaterThan(0.8);
    expect(1 - passRate(m.passes.mpp_2019)).toBeLessThan(0.92);
    expect(1 - passRate(m.passes.mpp_2021)).toBeLessThan(1 - passRate(m.passes.mpp_2019));
  });

  it('has flags, harm reports, exemptions with reasons, declines and reassignments', async () => {
    const { db } = world.app.database;
    const count = async (table: 'flags' | 'harm_reports' | 'objections') =>
      Number(
        (await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
    expect(await count('flags')).toBeGreaterThan(30);
    expect(await count('harm_reports')).toBeGreaterThan(20);
    expect(await count('objections')).toBeGreaterThan(5);
    const exempt = records.cases.filter((c) => c.mpp.state === 'exempt');
    expect(exempt.length).toBeGreaterThan(30);
    expect(new Set(exempt.map((c) => (c.mpp.state === 'exempt' ? c.mpp.reason : ''))).size).toBeGreaterThan(
      3,
    );
    expect(
      records.screenings.some(
        (s) => s.declinedBy.length > 0 && s.officerId !== null && !s.declinedBy.includes(s.officerId),
      ),
    ).toBe(true);
  });

  it('names every court by its code, and the judge who acts on a proceeding or an IJ review sits at its court', async () => {
    const { db } = world.app.database;
    const codes = new Set<string>([...SYNTHETIC_OFFICES.map((o) => o.mppLocation), ...INTERIOR_COURTS]);
    const judges = new Map(
      (await db.selectFrom('users').select(['id', 'office']).where('role', '=', 'court').execute()).map(
        (u) => [u.id, u.office],
      ),
    );
    expect(new Set(judges.values())).toEqual(codes);
    const rows = await db.selectFrom('proceedings').select(['id', 'court', 'data']).execute();
    for (const row of rows) {
      expect(codes.has(row.court ?? '')).toBe(true);
      expect((JSON.parse(row.data) as Proceeding).court).toBe(row.court);
    }
    const hearings = await db.selectFrom('hearings').select(['id', 'court']).execute();
    expect(hearings).toHaveLength(records.proceedings.reduce((n, p) => n + p.hearings.length, 0));
    const courtOf = new Map(rows.map((r) => [r.id, r.court]));
    const acts = await db
      .selectFrom('ledger_events')
      .select(['actor_id', 'payload'])
      .where('type', 'in', ['proceeding.opened', 'hearing.scheduled', 'hearing.attendance_recorded'])
      .execute();
    expect(acts.length).toBeGreaterThan(1000);
    for (const act of acts)
      expect(judges.get(act.actor_id)).toBe(
        courtOf.get((JSON.parse(act.payload) as { proceedingId: string }).proceedingId),
      );
    const reviews = records.screenings.filter((s) => s.ijReview.decision !== null);
    expect(reviews.length).toBeGreaterThan(5);
    const deciders = await db
      .selectFrom('ledger_events')
      .select(['actor_id', 'payload'])
      .where('type', '=', 'screening.ij_decided')
      .execute();
    const reviewCourt = new Map(records.screenings.map((s) => [s.id, s.ijReview.court]));
    for (const d of deciders)
      expect(judges.get(d.actor_id)).toBe(
        reviewCourt.get((JSON.parse(d.payload) as { screeningId: string }).screeningId),
      );
  });

  it('signs every change: the ledger verifies, and determinations are signed by the deciding officer', async () => {
    const verdict = await verifyLedger(world.app.database);
    expect(verdict).toMatchObject({ ok: true, count: (await getHead(world.app.database.db)).seq });
    const { db } = world.app.database;
    const decided = await db
      .selectFrom('ledger_events')
      .select(['actor_id', 'payload'])
      .where('type', '=', 'screening.decided')
      .limit(200)
      .execute();
    expect(decided.length).toBeGreaterThan(100);
    for (const row of decided)
      expect(row.actor_id).toBe((JSON.parse(row.payload) as { officerId: string }).officerId);
    // Besides the cases' events: each user's creation and key registration, and the standing objections.
    const setup = 2 * syntheticUserSpecs().length + CATEGORY_OBJECTIONS.length;
    expect(verdict.ok && verdict.count).toBe(eventsBefore + setup + summary.events);
  });

  it('refuses a store that holds cases, and a seed already in it; --force adds another seed beside them', async () => {
    const again = await seedCases(world.app, { cases: 10, seed: 8 });
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');
    const same = await seedCases(world.app, { cases: 10, seed: 7, force: true });
    expect(same.ok ? 'ok' : same.error.message).toMatch(/Seed 7 is already in this store/);
    expect(value(await seedCases(world.app, { cases: 10, seed: 8, force: true })).cases).toBe(10);
    await expect(seedDemoIfEmpty(world.app)).rejects.toMatchObject({ code: 'CONFLICT' }); // not a demo store
    const bad = await seedCases(world.app, { cases: 0 });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION_FAILED');
  });
});

// The first run seeds the block's store, the second a new one.
describeEachDialect('seedCases determinism', (store, dialect) => {
  const worlds: World[] = [];
  afterAll(async () => Promise.all(worlds.map((w) => w.dispose())));

  it('gives the same records and ids for the same seed, whatever the batch size', async () => {
    const seeded = async (on: Dialect | TestStore, seed: string, batchSize: number) => {
      const world = await openWorld(on);
      worlds.push(world);
      value(await seedCases(world.app, { cases: 250, seed, batchSize }));
      return dump(world.app);
    };
    const first = await seeded(store(), 'same', 250);
    expect(first).toContain('SYNTHETIC-');
    expect(await seeded(dialect, 'same', 64)).toBe(first);
  });
});
