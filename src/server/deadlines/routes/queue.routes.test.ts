// The queues through the HTTP API, on SQLite and PostgreSQL: each bucket of the office's queue holds what it says,
// deadlines are evaluated at the request's moment (due soon, then overdue), pages chain by cursor without repeats,
// another office's supervisor sees nothing of ours, an officer's queue holds only their own, and every case shown
// is written to the access log.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import {
  call,
  createScreeningWorld,
  ok,
  openScreening,
  TESTIMONY_WITH_HARM_IN_MEXICO,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import { QueuePageSchema } from './queues.schemas.ts';

interface QueueItem {
  caseId: string;
  screening: { id: string; kind: string; status: string; officer: { id: string; name: string } | null };
  deadlines: Array<{ kind: string; state: string }>;
  urgency: string;
  openFlags: number;
}
interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

const START = '2019-08-01T12:00:00.000Z';

describeEachDialect('the queues over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  // Reasonable fear referred 2019-07-28 11:00: its 10-day determination limit falls on 2019-08-07 11:00.
  let unassigned: { caseId: string; screeningId: string };
  let assigned: { caseId: string; screeningId: string };
  let decided: { caseId: string; screeningId: string };
  let elsewhere: { caseId: string; screeningId: string };

  beforeAll(async () => {
    s = await createScreeningWorld(dialect, START);
    const { world } = s;
    unassigned = await openScreening(world, { track: 'reinstatement', claimAt: '2019-07-28T11:00:00Z' });
    assigned = await openScreening(world, { track: 'reinstatement', claimAt: '2019-07-29T11:00:00Z' });
    decided = await openScreening(world, { track: 'mpp' });
    elsewhere = await openScreening(world, { track: 'mpp', office: 'ELP', intakeId: s.elp.intake });
    const supervisor = await s.as('supervisor1');
    await ok(supervisor, 'POST', `/api/v1/screenings/${assigned.screeningId}/assignment`, {
      officerId: world.users.officer,
    });
    await ok(supervisor, 'POST', `/api/v1/screenings/${decided.screeningId}/assignment`, {
      officerId: world.users.officer2,
    });
    const officer2 = await s.as('officer2');
    const at = '2019-07-30T10:00:00Z';
    await ok(officer2, 'POST', `/api/v1/screenings/${decided.screeningId}/interview-schedule`, {
      interviewAt: at,
    });
    await ok(officer2, 'POST', `/api/v1/screenings/${decided.screeningId}/interview`, {
      at,
      testimony: TESTIMONY_WITH_HARM_IN_MEXICO,
    });
    await ok(officer2, 'POST', `/api/v1/screenings/${decided.screeningId}/determination`, {
      result: 'negative',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning.',
    });
  });
  afterAll(async () => s.dispose());

  const bucket = async (name: string, as = 'supervisor1') =>
    ok<QueuePage>(await s.as(as), 'GET', `/api/v1/queues/office?bucket=${name}`);
  const ids = (page: QueuePage) => page.items.map((i) => i.screening.id);

  it('holds each screening in the bucket of its state, with its officer, deadlines and open flags', async () => {
    s.world.setNow(START);
    expect(ids(await bucket('unassigned'))).toEqual([unassigned.screeningId]);
    const withOfficer = await bucket('assigned');
    expect(ids(withOfficer)).toEqual([assigned.screeningId]);
    expect(withOfficer.items[0]?.screening.officer).toEqual({ id: s.world.users.officer, name: 'officer1' });
    const review = await bucket('awaiting_review');
    expect(QueuePageSchema.safeParse(review).error).toBeUndefined();
    expect(ids(review)).toEqual([decided.screeningId]);
    // The negative MPP determination on testimony of harm in Mexico flagged its case.
    expect(review.items[0]).toMatchObject({ caseId: decided.caseId, openFlags: 1, urgency: 'none' });
    expect(ids(await bucket('unassigned', 'elp.supervisor'))).toEqual([elsewhere.screeningId]);
  });

  it('marks a time limit due soon within 48 hours and overdue once passed, at the moment of the request', async () => {
    s.world.setNow('2019-08-05T12:00:00.000Z');
    const soon = await bucket('due_soon');
    expect(ids(soon)).toEqual([unassigned.screeningId]);
    expect(soon.items[0]?.urgency).toBe('due_soon');
    expect(soon.items[0]?.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ['reasonable_fear_determination', 'due_soon'],
    ]);
    expect(ids(await bucket('overdue'))).toEqual([]);

    s.world.setNow('2019-08-07T12:00:00.000Z');
    const overdue = await bucket('overdue');
    expect(ids(overdue)).toEqual([unassigned.screeningId]);
    expect(overdue.items[0]?.urgency).toBe('overdue');
    expect(ids(await bucket('due_soon'))).toEqual([assigned.screeningId]);
    const mine = await ok<QueuePage>(await s.as('officer1'), 'GET', '/api/v1/queues/mine');
    expect(mine.items.map((i) => [i.screening.id, i.urgency])).toEqual([[assigned.screeningId, 'due_soon']]);
    s.world.setNow(START);
  });

  it('pages by cursor: every item once, in order', async () => {
    const supervisor = await s.as('supervisor1');
    await ok(supervisor, 'POST', `/api/v1/screenings/${unassigned.screeningId}/assignment`, {
      officerId: s.world.users.officer2,
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: QueuePage = await ok<QueuePage>(
        supervisor,
        'GET',
        `/api/v1/queues/office?bucket=assigned&limit=1${query}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    // Soonest time limit first: the older referral's 10 days run out first.
    expect(seen).toEqual([unassigned.screeningId, assigned.screeningId]);
    expect(pages).toBe(2);
    const foreign = await call(
      supervisor,
      'GET',
      '/api/v1/queues/office?bucket=assigned&cursor=bm90LWEtY3Vyc29y',
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error?.message).toMatch(/cursor/);
  });

  it('scopes every bucket to the supervisor\u2019s own office, and the officer\u2019s queue to their own screenings', async () => {
    const ours = [unassigned, assigned, decided].map((r) => r.screeningId);
    for (const name of ['unassigned', 'assigned', 'awaiting_review', 'due_soon', 'overdue']) {
      const theirs = await bucket(name, 'elp.supervisor');
      for (const id of ours) expect(ids(theirs), name).not.toContain(id);
      expect(JSON.stringify(theirs)).not.toContain(decided.caseId);
    }
    const mine = await ok<QueuePage>(await s.as('officer2'), 'GET', '/api/v1/queues/mine');
    expect(ids(mine).sort()).toEqual([unassigned.screeningId, decided.screeningId].sort());
    expect(ids(await ok<QueuePage>(await s.as('elp.officer'), 'GET', '/api/v1/queues/mine'))).toEqual([]);
  });

  it('refuses the office queue to all but supervisors, and "my queue" to all but officers', async () => {
    for (const name of ['officer1', 'intake1', 'judge1', 'counsel1', 'analyst1', 'admin1'])
      expect((await call(await s.as(name), 'GET', '/api/v1/queues/office')).status, name).toBe(403);
    for (const name of ['supervisor1', 'intake1', 'judge1', 'analyst1'])
      expect((await call(await s.as(name), 'GET', '/api/v1/queues/mine')).status, name).toBe(403);
    expect(
      (await call(await s.as('supervisor1'), 'GET', '/api/v1/queues/office?bucket=everything')).status,
    ).toBe(400);
  });

  it('writes each case a page shows to the access log, with the basis and the stated purpose', async () => {
    const supervisor2 = await s.as('supervisor2');
    const response = await supervisor2.request(
      'GET',
      '/api/v1/queues/office?bucket=awaiting_review',
      undefined,
      {
        'Refuge-Purpose': 'morning review of the queue',
      },
    );
    expect(response.status).toBe(200);
    const rows = await s.world.app.database.db
      .selectFrom('disclosures')
      .select(['case_id', 'legal_basis', 'purpose', 'subject'])
      .where('user_id', '=', s.world.users.supervisor2)
      .execute();
    expect(rows).toEqual([
      {
        case_id: decided.caseId,
        legal_basis: 'office-supervisor',
        purpose: 'morning review of the queue',
        subject: 'queue',
      },
    ]);
  });
});
