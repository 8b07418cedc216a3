// A small demo seeded with its current workload on each dialect, on a fixed clock: every role of El Paso finds work in
// its queues (the officer's own, each bucket of the supervisor's), nothing open is dated after the clock, the ledger
// verifies, pending notices of appearance wait for the office, and the calibrated figures ignore the open cases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { anonymous } from '../../../test/http-client.ts';
import type { Actor } from '../../domain/actor.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import type { Result } from '../../domain/errors.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import { createAppContext, type AppContext } from '../../server/app-context.ts';
import { getMyQueue, getOfficeQueue, QUEUE_BUCKETS } from '../../server/deadlines/queue.service.ts';
import { createHttpApp } from '../../server/http/app.ts';
import { getHead } from '../../server/ledger/ledger.repository.ts';
import { verifyLedger } from '../../server/ledger/ledger.verify.ts';
import { listPendingNotices } from '../../server/representation/appearance.service.ts';
import { DEMO_PASSWORD } from '../../server/users/demo-password.ts';
import { findUserByName } from '../../server/users/user.repository.ts';
import { CURRENT_WORKLOAD_CASES } from './current-workload.ts';
import { computeSeedMetrics } from './seed-metrics.ts';
import { seedCases, type SeedSummary } from './seed.service.ts';
import { CATEGORY_OBJECTIONS, syntheticUserSpecs, WORLD_END } from './synthetic-world.ts';
import { PENDING_NOTICES } from './workload-notices.ts';

const CLOCK = '2026-03-02T15:00:00.000Z';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describeEachDialect('seedCases with the current workload', (store) => {
  let app: AppContext;
  let summary: SeedSummary;
  let eventsBefore: number;
  const actor = async (name: string): Promise<Actor> => {
    const row = await findUserByName(app.database.db, name);
    if (!row) throw new Error(`no user ${name}`);
    return { id: row.id, role: row.role as Actor['role'], office: row.office };
  };

  beforeAll(async () => {
    const { dataDir, databaseUrl } = store();
    app = await createAppContext({ dataDir, databaseUrl }, () => CLOCK);
    eventsBefore = (await getHead(app.database.db)).seq;
    summary = value(
      await seedCases(app, { cases: 200, seed: 'workload', passwords: 'demo', currentWorkload: true }),
    );
  });
  afterAll(async () => app.database.close());

  it('adds the open cases to the historical ones, and signs every change', async () => {
    expect(summary).toMatchObject({ cases: 200, openCases: CURRENT_WORKLOAD_CASES });
    const { db } = app.database;
    const cases = await db
      .selectFrom('cases')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(cases.n)).toBe(200 + CURRENT_WORKLOAD_CASES);
    const verdict = await verifyLedger(app.database);
    expect(verdict).toMatchObject({ ok: true, count: (await getHead(db)).seq });
    // Besides the cases' events and the notices': each user's creation and key registration, the standing objections.
    const setup = 2 * syntheticUserSpecs().length + CATEGORY_OBJECTIONS.length;
    expect(verdict.ok && verdict.count).toBe(eventsBefore + setup + summary.events);
  });

  it('gives the demo officers of El Paso a queue of their own, holding only their screenings', async () => {
    for (const name of ['elp.officer1', 'elp.officer2']) {
      const officer = await actor(name);
      const page = value(await getMyQueue(app, officer, { limit: 100, purpose: 'workload test' }));
      expect(page.items.length).toBeGreaterThan(3);
      expect(page.items.every((i) => i.screening.officerId === officer.id)).toBe(true);
    }
  });

  it("fills every bucket of the El Paso supervisor's queue", async () => {
    const supervisor = await actor('elp.supervisor');
    for (const bucket of QUEUE_BUCKETS) {
      const page = value(
        await getOfficeQueue(app, supervisor, { bucket, limit: 100, purpose: 'workload test' }),
      );
      expect([bucket, page.items.length > 0]).toEqual([bucket, true]);
      if (bucket === 'due_soon' || bucket === 'overdue')
        expect(page.items.every((i) => i.urgency === bucket)).toBe(true);
    }
  });

  it('dates nothing open after the clock but a scheduled appointment', async () => {
    const { db } = app.database;
    const open = (
      await db
        .selectFrom('screenings')
        .select('data')
        .where('status', 'in', [
          'referred',
          'scheduled',
          'interviewed',
          'decided',
          'approved',
          'ij_review_requested',
        ])
        .execute()
    ).map((r) => JSON.parse(r.data) as Screening);
    expect(open.length).toBeGreaterThanOrEqual(CURRENT_WORKLOAD_CASES);
    for (const s of open) {
      const acts = [
        s.referredAt,
        s.detentionArrivalAt,
        s.interview?.at,
        ...s.determinations.map((d) => d.at),
        ...s.reviews.map((r) => r.at),
        s.servedAt,
        s.ijReview.requestedAt,
      ].filter((at): at is string => typeof at === 'string');
      expect(acts.every((at) => at < CLOCK)).toBe(true);
      if (s.status !== 'scheduled') expect(s.interviewAt === null || s.interviewAt < CLOCK).toBe(true);
    }
    // The seed's events (the store's own opening, before them, happened on the clock).
    const latest = await db
      .selectFrom('ledger_events')
      .select(db.fn.max('occurred_at').as('at'))
      .where('seq', '>', eventsBefore)
      .executeTakeFirstOrThrow();
    expect(String(latest.at) < CLOCK).toBe(true);
  });

  it('leaves notices of appearance pending for the office to answer', async () => {
    const pending = value(
      await listPendingNotices(app, await actor('elp.supervisor'), { limit: 20, purpose: 'workload test' }),
    );
    expect(pending.items).toHaveLength(PENDING_NOTICES.ELP ?? 0);
    expect(pending.items.every((p) => p.notice.status === 'pending' && p.notice.filedAt < CLOCK)).toBe(true);
  });

  it('keeps the open cases out of the calibrated figures', async () => {
    const { db } = app.database;
    const cases = (await db.selectFrom('cases').select('data').execute()).map(
      (r) => JSON.parse(r.data) as CaseRecord,
    );
    const screenings = (await db.selectFrom('screenings').select('data').execute()).map(
      (r) => JSON.parse(r.data) as Screening,
    );
    const proceedings = (await db.selectFrom('proceedings').select('data').execute()).map(
      (r) => JSON.parse(r.data) as Proceeding,
    );
    const historical = screenings.filter((s) => s.referredAt <= WORLD_END);
    expect(historical.length).toBeLessThan(screenings.length);
    expect(screenings.some((s) => s.referredAt > WORLD_END && s.servedAt !== null)).toBe(true);
    expect(computeSeedMetrics(cases, screenings, proceedings, new Set())).toEqual(
      computeSeedMetrics(cases, historical, proceedings, new Set()),
    );
  });

  it('lets elp.officer1 sign in with the demo password and read a non-empty queue over HTTP', async () => {
    const http = createHttpApp(app, { isDemo: true });
    const signIn = await anonymous(http).request('POST', '/api/v1/session', {
      name: 'elp.officer1',
      password: DEMO_PASSWORD,
    });
    expect(signIn.status).toBe(201);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const queue = await http.request('/api/v1/queues/mine?limit=50', { headers: { cookie } });
    expect(queue.status).toBe(200);
    const body = (await queue.json()) as { items: Array<{ screening: { status: string } }> };
    expect(body.items.length).toBeGreaterThan(3);
  });
});
