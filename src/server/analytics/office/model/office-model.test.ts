// The office model against the store, on both dialects: each act lands in its table at its grain, a refresh on
// demand includes the act just done, concurrent readers share one refresh, incremental equals full, a saved
// model reloads and continues from its watermark, and a deadline passing (a dissent overdue) refreshes it too.
import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../../test/app.ts';
import { describeEachDialect } from '../../../../../test/database.ts';
import { fileDissent } from '../../../dissent/dissent.service.ts';
import { clearFlag } from '../../../flags/flag.service.ts';
import { findFlagsOfCase } from '../../../flags/flag.repository.ts';
import { getHead } from '../../../ledger/ledger.repository.ts';
import { declineCategory as declineCategoryOf } from '../../../objections/objection.service.ts';
import { queryRows } from '../../duckdb.ts';
import {
  decideAndServe,
  declineCategory,
  openMppCase,
  referScreening,
  reportHarm,
  returnToMexico,
  value,
} from '../office-acts.fixture.ts';
import {
  closeOfficeModel,
  officeAnalyticsPath,
  officeModelOf,
  refreshOfficeAnalytics,
  withFreshOfficeModel,
} from '../office-analytics.ts';
import { OFFICE_TABLES } from './office-exporters.ts';

const read = (world: TestWorld, sql: string) =>
  withFreshOfficeModel(world.app, (connection) => queryRows(connection, sql));

// Every row of every table, as sorted JSON lines, to compare two models.
async function dump(world: TestWorld): Promise<string[]> {
  const lines: string[] = [];
  for (const table of OFFICE_TABLES) {
    const rows = await read(world, `SELECT * FROM office_model.${table.name}`);
    lines.push(
      ...rows.map(
        (row) =>
          `${table.name} ${JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))}`,
      ),
    );
  }
  return lines.sort();
}

describeEachDialect('office model', (_store, dialect) => {
  let world: TestWorld;
  let caseId: string;

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
  });
  afterAll(async () => {
    await closeOfficeModel(world.app);
    await world.dispose();
  });

  it('exports each act at its grain: screening, reassignment, return, harm, objections, flag and dissent', async () => {
    caseId = (await openMppCase(world)).caseId;
    const screeningId = await referScreening(world, caseId);
    await decideAndServe(world, screeningId, {
      result: 'negative',
      isDeclinedFirst: true,
      hasHarmInMexico: true,
      isReturnedOnce: true,
    });
    await returnToMexico(world, caseId);
    await reportHarm(world, caseId);
    await declineCategory(world);
    const [flag] = await findFlagsOfCase(world.app.database.db, caseId);
    value(await clearFlag(world.app, world.users.supervisor, flag!.id, 'Synthetic decision'));
    value(
      await fileDissent(world.app, world.users.officer, {
        policy: 'Synthetic port guidance',
        text: 'Synthetic dissent text',
        attachments: [],
      }),
    );

    expect(
      await read(world, 'SELECT * EXCLUDE (case_id, screening_id) FROM office_model.screenings'),
    ).toEqual([
      {
        kind: 'mpp_interview',
        legal_standard: 'more_likely_than_not',
        office: 'HOU',
        referred_month: '2019-07',
        fiscal_year: 2019,
        status: 'served',
        outcome: 'negative',
        result: 'negative',
        decided_month: '2019-08',
        is_served: true,
        served_month: '2019-07',
        determinations: 2,
        reviews_concurred: 1,
        reviews_returned: 1,
        declines: 1,
        ij_decision: null,
      },
    ]);
    expect(
      await read(world, 'SELECT kind, office, month, fiscal_year, via FROM office_model.reassignments'),
    ).toEqual([
      { kind: 'mpp_interview', office: 'HOU', month: '2019-08', fiscal_year: 2019, via: 'after_return' },
    ]);
    expect(
      await read(world, 'SELECT office, month, fiscal_year, port, has_override FROM office_model.returns'),
    ).toEqual([{ office: 'HOU', month: '2019-07', fiscal_year: 2019, port: 'El Paso', has_override: false }]);
    expect(
      await read(
        world,
        'SELECT kind, month, is_dated, return_month, return_port, return_id IS NOT NULL AS linked FROM office_model.harm_reports',
      ),
    ).toEqual([
      {
        kind: 'extortion',
        month: '2019-07',
        is_dated: true,
        return_month: '2019-07',
        return_port: 'El Paso',
        linked: true,
      },
    ]);
    expect(
      await read(
        world,
        'SELECT case_id IS NULL AS caseless, scope, category, office, month FROM office_model.objections ORDER BY scope',
      ),
    ).toEqual([
      {
        caseless: false,
        scope: 'one_screening',
        category: 'mpp_interview',
        office: 'HOU',
        month: '2019-08',
      },
      {
        caseless: true,
        scope: 'whole_category',
        category: 'credible_fear',
        office: 'HOU',
        month: '2019-08',
      },
    ]);
    expect(
      await read(world, 'SELECT kind, status, raised_month, cleared_month FROM office_model.flags'),
    ).toEqual([
      {
        kind: 'negative_mpp_despite_harm_in_mexico',
        status: 'cleared',
        raised_month: '2019-08',
        cleared_month: '2019-08',
      },
    ]);
    expect(await read(world, 'SELECT * FROM office_model.dissents')).toEqual([
      {
        case_id: null,
        policy: 'Synthetic port guidance',
        status: 'open',
        filed_month: '2019-08',
        due_month: '2019-09',
        answered_month: null,
        is_overdue: false,
        is_answered_late: false,
      },
    ]);
  });

  it('includes an act done just before the read, and a second read with nothing new changes nothing', async () => {
    const count = async () =>
      Number((await read(world, 'SELECT count(*) AS n FROM office_model.objections'))[0]?.n);
    const before = await count();
    value(
      await declineCategoryOf(world.app, world.users.officer, {
        category: 'reasonable_fear',
        reason: 'Synthetic second category objection',
      }),
    );
    expect(await count()).toBe(before + 1);
    const model = await officeModelOf(world.app);
    expect(model.watermark).toEqual(await getHead(world.app.database.db));
    const refresh = vi.spyOn(model, 'refresh');
    expect(await count()).toBe(before + 1);
    expect(refresh).not.toHaveBeenCalled(); // nothing changed: the head row was read, nothing else
    refresh.mockRestore();
  });

  it('lets concurrent readers share one refresh, each seeing the act', async () => {
    const model = await officeModelOf(world.app);
    const first = model.refresh();
    expect(model.refresh()).toBe(first);
    await first;
    const caseTwo = (await openMppCase(world)).caseId;
    const counts = await Promise.all(
      Array.from({ length: 5 }, () =>
        read(world, `SELECT count(*) AS n FROM office_model.cases WHERE case_id = '${caseTwo}'`),
      ),
    );
    expect(counts.map((rows) => Number(rows[0]?.n))).toEqual([1, 1, 1, 1, 1]);
  });

  it('gives the same rows incrementally as a full rebuild', async () => {
    const incremental = await dump(world);
    const summary = await refreshOfficeAnalytics(world.app, { full: true });
    expect(summary.mode).toBe('full');
    expect(await dump(world)).toEqual(incremental);
    expect(incremental.length).toBeGreaterThan(8);
  });

  it('saves the model, reloads it in a new process and continues from its watermark', async () => {
    await refreshOfficeAnalytics(world.app);
    await closeOfficeModel(world.app);
    const reopened = await officeModelOf(world.app);
    expect(reopened.watermark).toEqual(await getHead(world.app.database.db));
    expect(await reopened.refresh()).toMatchObject({ mode: 'unchanged', read: 0 });
    await reportHarm(world, caseId);
    expect(await reopened.refresh()).toMatchObject({ mode: 'incremental', read: 1, cases: 2 });
    expect(Number((await read(world, 'SELECT count(*) AS n FROM office_model.harm_reports'))[0]?.n)).toBe(2);
  });

  it('re-reads the acts of no case once a deadline passes: a reloaded model turns the open dissent overdue', async () => {
    await refreshOfficeAnalytics(world.app);
    await closeOfficeModel(world.app);
    world.setNow('2019-10-01T12:00:00.000Z'); // past the dissent's 60 days, with no act since the save
    const reopened = await officeModelOf(world.app);
    expect(reopened.isCurrentAt(world.app.now())).toBe(false);
    expect(await read(world, 'SELECT is_overdue FROM office_model.dissents')).toEqual([{ is_overdue: true }]);
    expect(reopened.watermark).toEqual(await getHead(world.app.database.db));
    expect(await reopened.refresh()).toMatchObject({ mode: 'unchanged', read: 0 });
  });
});

describeEachDialect('office model saved from another store', (_store, dialect) => {
  let first: TestWorld;
  let second: TestWorld;
  beforeAll(async () => {
    first = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
    second = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
  });
  afterAll(async () => {
    await closeOfficeModel(first.app);
    await closeOfficeModel(second.app);
    await first.dispose();
    await second.dispose();
  });

  it('is rebuilt in full, not continued, when its watermark event is not in this ledger (a restored store)', async () => {
    await openMppCase(first);
    await refreshOfficeAnalytics(first.app);
    for (let i = 0; i < 3; i++) await openMppCase(second); // a longer ledger: the saved seq exists here, its hash differs
    const saved = officeAnalyticsPath(first.app.dataDir);
    copyFileSync(saved, officeAnalyticsPath(second.app.dataDir));
    const summary = await refreshOfficeAnalytics(second.app);
    expect(summary).toMatchObject({ mode: 'full', cases: 3, read: 3 });
  });
});
