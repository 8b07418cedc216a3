// Conscientious objection through the HTTP API, on SQLite and PostgreSQL: a declined screening goes back to the
// office's unassigned queue at once and is never reassigned to its decliner; declining a category returns the
// officer's open assignments of it and keeps them from being assigned it again until withdrawn; the reasons reach
// only the objecting officer and the office's supervisors.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import {
  call,
  caseEventTypes,
  createScreeningWorld,
  ok,
  openScreening,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import {
  CategoryObjectionResultSchema,
  ObjectionPageSchema,
  OfficeObjectionPageSchema,
} from './objections.schemas.ts';

const SINGLE_REASON = 'Synthetic reason of conscience: this one screening.';
const CATEGORY_REASON = 'Synthetic reason of conscience: every MPP interview.';

interface Objection {
  id: string;
  officerId: string;
  category: string | null;
  screeningId: string | null;
  reason: string;
  withdrawnAt: string | null;
}
interface QueuePage {
  items: Array<{ screening: { id: string; officer: { id: string } | null }; deadlines: unknown[] }>;
  nextCursor: string | null;
}

describeEachDialect('conscientious objection over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  beforeAll(async () => {
    s = await createScreeningWorld(dialect);
  });
  afterAll(async () => s.dispose());

  const assign = async (screeningId: string, officerId: string) =>
    call(await s.as('supervisor1'), 'POST', `/api/v1/screenings/${screeningId}/assignment`, { officerId });
  const unassignedIds = async () =>
    (
      await ok<QueuePage>(
        await s.as('supervisor1'),
        'GET',
        '/api/v1/queues/office?bucket=unassigned&limit=200',
      )
    ).items.map((i) => i.screening.id);

  it('returns a declined screening to the unassigned queue at once, and never to its decliner', async () => {
    const { world } = s;
    const { caseId, screeningId } = await openScreening(world, {
      track: 'reinstatement',
      claimAt: '2019-07-28T11:00:00Z',
    });
    expect((await assign(screeningId, world.users.officer)).status).toBe(200);
    expect(await unassignedIds()).not.toContain(screeningId);

    const officer1 = await s.as('officer1');
    const declined = await ok<{
      status: string;
      officerId: string | null;
      deadlines: Array<{ kind: string }>;
    }>(officer1, 'POST', `/api/v1/screenings/${screeningId}/decline`, { reason: SINGLE_REASON });
    expect(declined).toMatchObject({ status: 'referred', officerId: null });
    expect(declined.deadlines.map((d) => d.kind)).toEqual(['reasonable_fear_determination']);
    const queue = await ok<QueuePage>(
      await s.as('supervisor1'),
      'GET',
      '/api/v1/queues/office?bucket=unassigned',
    );
    const item = queue.items.find((i) => i.screening.id === screeningId);
    expect(item?.deadlines).toHaveLength(1);

    const back = await assign(screeningId, world.users.officer);
    expect(back.status).toBe(409);
    expect(back.body.error?.message).toMatch(/declined this screening/);
    const other = await assign(screeningId, world.users.officer2);
    expect(other.status).toBe(200);
    expect(await caseEventTypes(world, caseId)).toEqual(
      expect.arrayContaining(['screening.declined', 'screening.assigned']),
    );
  });

  it('returns an officer\u2019s open assignments of a declined category to the queue, and assigns none again until withdrawn', async () => {
    const { world } = s;
    const mpp = await openScreening(world, { track: 'mpp' });
    const mppScheduled = await openScreening(world, { track: 'mpp' });
    const credible = await openScreening(world, { track: 'expedited_removal' });
    for (const { screeningId } of [mpp, mppScheduled, credible])
      expect((await assign(screeningId, world.users.officer2)).status).toBe(200);
    const officer2 = await s.as('officer2');
    await ok(officer2, 'POST', `/api/v1/screenings/${mppScheduled.screeningId}/interview-schedule`, {
      interviewAt: '2019-07-31T10:00:00Z',
    });

    const result = await ok<{ objection: Objection; returnedScreeningIds: string[] }>(
      officer2,
      'POST',
      '/api/v1/objections',
      { category: 'mpp_interview', reason: CATEGORY_REASON },
      201,
    );
    expect(CategoryObjectionResultSchema.safeParse(result).error).toBeUndefined();
    expect(result.objection).toMatchObject({
      category: 'mpp_interview',
      reason: CATEGORY_REASON,
      withdrawnAt: null,
    });
    expect(result.returnedScreeningIds.sort()).toEqual([mpp.screeningId, mppScheduled.screeningId].sort());
    const unassigned = await unassignedIds();
    expect(unassigned).toEqual(expect.arrayContaining([mpp.screeningId, mppScheduled.screeningId]));
    expect(unassigned).not.toContain(credible.screeningId);
    const scheduled = await ok<{ status: string; officerId: string | null; interviewAt: string }>(
      await s.as('supervisor1'),
      'GET',
      `/api/v1/screenings/${mppScheduled.screeningId}`,
    );
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      officerId: null,
      interviewAt: '2019-07-31T10:00:00.000Z',
    });
    expect(await caseEventTypes(world, mpp.caseId)).toContain('screening.returned_to_queue');

    const twice = await call(officer2, 'POST', '/api/v1/objections', {
      category: 'mpp_interview',
      reason: 'x',
    });
    expect(twice.status).toBe(409);
    const refused = await assign(mpp.screeningId, world.users.officer2);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/declined all mpp interview screenings/);
    expect((await assign(credible.screeningId, world.users.officer)).status).toBe(200);

    const someoneElse = await call(
      await s.as('officer1'),
      'DELETE',
      `/api/v1/objections/${result.objection.id}`,
    );
    const missing = await call(await s.as('officer1'), 'DELETE', `/api/v1/objections/${randomUUID()}`);
    expect(someoneElse).toEqual({ ...missing, status: 404 });
    const withdrawn = await ok<Objection>(officer2, 'DELETE', `/api/v1/objections/${result.objection.id}`);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect((await call(officer2, 'DELETE', `/api/v1/objections/${result.objection.id}`)).status).toBe(409);
    expect((await assign(mpp.screeningId, world.users.officer2)).status).toBe(200);
  });

  it('shows the reasons to the objecting officer and the office\u2019s supervisors only', async () => {
    const mine1 = await ok<{ items: Objection[] }>(await s.as('officer1'), 'GET', '/api/v1/objections/mine');
    expect(ObjectionPageSchema.safeParse(mine1).error).toBeUndefined();
    expect(mine1.items.map((o) => o.reason)).toEqual([SINGLE_REASON]);
    const mine2 = await ok<{ items: Objection[] }>(await s.as('officer2'), 'GET', '/api/v1/objections/mine');
    expect(mine2.items.map((o) => o.reason)).toEqual([CATEGORY_REASON]);

    const office = await ok<{ items: Array<Objection & { officerName: string; caseId: string | null }> }>(
      await s.as('supervisor2'),
      'GET',
      '/api/v1/objections',
    );
    expect(OfficeObjectionPageSchema.safeParse(office).error).toBeUndefined();
    expect(office.items.map((o) => [o.officerName, o.reason]).sort()).toEqual(
      [
        ['officer1', SINGLE_REASON],
        ['officer2', CATEGORY_REASON],
      ].sort(),
    );
    const single = office.items.find((o) => o.screeningId !== null);
    expect(single?.caseId).toEqual(expect.any(String));

    for (const name of ['officer1', 'officer2', 'intake1', 'judge1', 'counsel1', 'analyst1', 'admin1'])
      expect((await call(await s.as(name), 'GET', '/api/v1/objections')).status, name).toBe(403);
    const elsewhere = await ok<{ items: unknown[] }>(
      await s.as('elp.supervisor'),
      'GET',
      '/api/v1/objections',
    );
    expect(elsewhere.items).toEqual([]);

    // The screening officer1 declined is now officer2's: its record names no decliner and no reason to them.
    const declined = office.items.find((o) => o.officerName === 'officer1')!;
    const asOfficer2 = await call(
      await s.as('officer2'),
      'GET',
      `/api/v1/screenings/${declined.screeningId}`,
    );
    expect(asOfficer2.status).toBe(200);
    expect(asOfficer2.body.declinedBy).toBeNull();
    expect(JSON.stringify(asOfficer2.body)).not.toContain(SINGLE_REASON);
    const asSupervisor = await ok<{ declinedBy: string[] }>(
      await s.as('supervisor1'),
      'GET',
      `/api/v1/screenings/${declined.screeningId}`,
    );
    expect(asSupervisor.declinedBy).toEqual([s.world.users.officer]);
  });

  it('keeps a declined screening declined: only a category objection is withdrawn', async () => {
    const mine = await ok<{ items: Objection[] }>(await s.as('officer1'), 'GET', '/api/v1/objections/mine');
    const answer = await call(await s.as('officer1'), 'DELETE', `/api/v1/objections/${mine.items[0]!.id}`);
    expect(answer.status).toBe(409);
  });

  it('refuses a category objection from anyone but an officer, and an unknown category', async () => {
    const body = { category: 'mpp_interview', reason: 'x' };
    for (const name of ['supervisor1', 'intake1', 'judge1', 'admin1'])
      expect((await call(await s.as(name), 'POST', '/api/v1/objections', body)).status, name).toBe(403);
    const unknown = await call(await s.as('officer1'), 'POST', '/api/v1/objections', {
      category: 'asylum',
      reason: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/category/);
  });

  it('leaves a ledger that verifies', async () => {
    expect((await verifyLedger(s.world.app.database)).ok).toBe(true);
  });
});
