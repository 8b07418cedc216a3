// The dissent statistic read from the office model, on SQLite and PostgreSQL: a dissent counts as soon as it is
// filed, moves from open to answered when answered, turns overdue when its due date passes with no act at all, and
// the model keeps no filer, office, text or attachment of it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, designateDissentReviewers, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect } from '../../../test/database.ts';
import { queryRows } from '../analytics/duckdb.ts';
import { closeOfficeModel, withFreshOfficeModel } from '../analytics/office/office-analytics.ts';
import { getHead } from '../ledger/ledger.repository.ts';
import { getDissentStatistics } from './dissent-statistics.service.ts';
import { OTHER_POLICIES, type MeasureTable, type StatisticsAudience } from './dissent-statistics.ts';
import { answerDissent, fileDissent } from './dissent.service.ts';

const POLICY = 'Synthetic guidance on port processing';
const TEXT = 'Synthetic dissent text that names SYNTHETICPERSON';
const ANSWER = 'Synthetic answer text';
const ATTACHMENT = 'synthetic-memo.txt';

// A measure's exact count for a policy and month (0 when the table has no such row or month).
const countOf = (table: MeasureTable, months: readonly string[], policy: string, month: string) => {
  const figure = table.rows.find((r) => r.policy === policy)?.counts[months.indexOf(month)];
  return typeof figure === 'number' ? figure : 0;
};

describeEachDialect('the dissent statistic from the office model', (_store, dialect) => {
  let world: TestWorld;
  let firstId: string;
  const stats = (audience: StatisticsAudience = 'analyst') => getDissentStatistics(world.app, audience);
  const counted = async (measure: 'filed' | 'answered' | 'overdue', month: string) => {
    const s = await stats();
    return countOf(s[measure], s.months, POLICY, month);
  };
  const modelRows = () =>
    withFreshOfficeModel(world.app, (connection) =>
      queryRows(
        connection,
        'SELECT * FROM office_model.dissents ORDER BY filed_month, status, answered_month NULLS LAST',
      ),
    );
  const file = async (policy = POLICY) => {
    const filed = await fileDissent(world.app, world.users.officer, {
      policy,
      text: TEXT,
      attachments: [{ fileName: ATTACHMENT, mediaType: 'text/plain', contentBase64: 'U3ludGhldGlj' }],
    });
    if (!filed.ok) throw filed.error;
    return filed.value.dissent;
  };

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2020-01-10T12:00:00.000Z');
    await designateDissentReviewers(world, world.users.supervisor2);
  });
  afterAll(async () => {
    await closeOfficeModel(world.app);
    await world.dispose();
  });

  it('counts a dissent for an analyst as soon as it is filed', async () => {
    expect(await counted('filed', '2020-01')).toBe(0);
    firstId = (await file()).id;
    expect(await counted('filed', '2020-01')).toBe(1);
    expect(await modelRows()).toEqual([
      {
        case_id: null,
        policy: POLICY,
        status: 'open',
        filed_month: '2020-01',
        due_month: '2020-03',
        answered_month: null,
        is_overdue: false,
        is_answered_late: false,
      },
    ]);
  });

  it('moves an answered dissent from open to answered, counted in the month of its answer', async () => {
    world.setNow('2020-02-03T12:00:00.000Z');
    const answered = await answerDissent(world.app, world.users.supervisor2, firstId, ANSWER);
    if (!answered.ok) throw answered.error;
    expect(await counted('answered', '2020-02')).toBe(1);
    expect(await modelRows()).toMatchObject([{ status: 'answered', answered_month: '2020-02' }]);
  });

  it('turns an unanswered dissent overdue once its due date passes, with no act in between', async () => {
    world.setNow('2020-02-10T12:00:00.000Z');
    const open = await file();
    expect(open.dueAt.slice(0, 7)).toBe('2020-04');
    world.setNow(open.dueAt);
    expect(await counted('overdue', '2020-04')).toBe(0); // due by then, not yet late
    const head = await getHead(world.app.database.db);
    world.setNow(new Date(Date.parse(open.dueAt) + 1).toISOString());
    expect(await counted('overdue', '2020-04')).toBe(1);
    expect(await getHead(world.app.database.db)).toEqual(head); // only the clock moved
    expect((await modelRows()).map((r) => [r.status, r.due_month, r.is_overdue])).toEqual([
      ['answered', '2020-03', false],
      ['open', '2020-04', true],
    ]);
    // The one answered on time never counts as overdue, whatever the clock says.
    expect(await counted('overdue', '2020-03')).toBe(0);
  });

  it('keeps in the model no filer, office, dissent id, text, answer or attachment', async () => {
    const columns = await withFreshOfficeModel(world.app, (connection) =>
      queryRows(
        connection,
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = 'office_model' AND table_name = 'dissents' ORDER BY ordinal_position`,
      ),
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'case_id',
      'policy',
      'status',
      'filed_month',
      'due_month',
      'answered_month',
      'is_overdue',
      'is_answered_late',
    ]);
    const stored = JSON.stringify(await modelRows());
    for (const identifying of [
      world.users.officer,
      world.users.supervisor2,
      'officer1',
      'HOU',
      firstId,
      TEXT,
      ANSWER,
      ATTACHMENT,
      'T12:00',
    ])
      expect(stored).not.toContain(identifying);
  });

  it('still pools rare policies and suppresses small counts for the public', async () => {
    const analyst = await stats('analyst');
    expect(analyst.filed.rows).toEqual([{ policy: POLICY, counts: [1, 1, 0], total: 2 }]);
    const published = await stats('public');
    expect(published.audience).toBe('public');
    expect(published.filed.rows).toEqual([
      { policy: OTHER_POLICIES, counts: ['<10', '<10', 0], total: '<10' },
    ]);
    expect(JSON.stringify(published)).not.toContain(POLICY);
  });
});
