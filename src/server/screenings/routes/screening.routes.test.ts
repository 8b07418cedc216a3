// The screening workflow through the HTTP API alone, as the right roles, on SQLite and PostgreSQL: an MPP interview
// from referral to service (with a flagged negative returned by the supervisor), a credible fear to IJ review, and
// every refusal: by role (403), without a basis (404, identical to a nonexistent id), out of turn, under the wrong
// legal standard, IJ review of MPP, a supervisor reviewing their own determination. The ledger verifies after.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { findCase } from '../../cases/case.repository.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import {
  addUser,
  call,
  caseEventTypes,
  createScreeningWorld,
  expectLooksMissing,
  ok,
  openScreening,
  TESTIMONY_WITH_HARM_IN_MEXICO,
  type ScreeningWorld,
} from './screening-routes.fixture.ts';
import { ScreeningRecordSchema } from './screenings.schemas.ts';

interface ScreeningBody {
  id: string;
  status: string;
  officerId: string | null;
  declinedBy: string[] | null;
  legalStandard: { standard: string; source: string } | null;
  determinations: Array<{ result: string; standard: string; reasoning: string }>;
  reviews: Array<{ outcome: string; note: string }>;
  servedAt: string | null;
  ijReview: { isAvailable: boolean; court: string | null; requestedAt: string | null };
  deadlines: Array<{ kind: string; state: string }>;
  allowedActions: string[];
}

const path = (screeningId: string, act = '') => `/api/v1/screenings/${screeningId}${act ? `/${act}` : ''}`;

describeEachDialect('the screening workflow over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  beforeAll(async () => {
    s = await createScreeningWorld(dialect);
  });
  afterAll(async () => s.dispose());

  it('takes an MPP interview from referral to service: assignment, interview, a flagged negative returned, a positive approved and served', async () => {
    const { world } = s;
    const { caseId, screeningId } = await openScreening(world, { track: 'mpp' });
    const supervisor = await s.as('supervisor1');
    const officer = await s.as('officer1');

    const assigned = await ok<ScreeningBody>(supervisor, 'POST', path(screeningId, 'assignment'), {
      officerId: world.users.officer,
    });
    expect(assigned).toMatchObject({ status: 'referred', officerId: world.users.officer, declinedBy: [] });
    expect(assigned.allowedActions.sort()).toEqual(['assign', 'dissolve', 'schedule']);

    const scheduled = await ok<ScreeningBody>(officer, 'POST', path(screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.allowedActions.sort()).toEqual(['decline', 'interview', 'schedule']);
    await ok(officer, 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: TESTIMONY_WITH_HARM_IN_MEXICO,
    });

    const mismatch = await call(officer, 'POST', path(screeningId, 'determination'), {
      result: 'negative',
      standard: 'reasonable_possibility',
      reasoning: 'Synthetic reasoning.',
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error?.code).toBe('LEGAL_STANDARD_MISMATCH');
    expect(mismatch.body.error?.message).toMatch(/more_likely_than_not/);

    const negative = await ok<ScreeningBody>(officer, 'POST', path(screeningId, 'determination'), {
      result: 'negative',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning: no nexus found.',
    });
    expect(negative).toMatchObject({ status: 'decided', allowedActions: [] });

    const flags = await ok<{
      items: Array<{ id: string; kind: string; record: { type: string; id: string } }>;
    }>(supervisor, 'GET', '/api/v1/flags?status=open');
    const flag = flags.items.find((f) => f.kind === 'negative_mpp_despite_harm_in_mexico');
    expect(flag?.record).toMatchObject({ type: 'screening', id: screeningId, result: 'negative' });

    const returned = await ok<ScreeningBody>(supervisor, 'POST', path(screeningId, 'review'), {
      outcome: 'return',
      note: 'The record shows harm already suffered in Mexico: weigh it.',
    });
    expect(returned).toMatchObject({ status: 'interviewed', officerId: world.users.officer });

    await ok(officer, 'POST', path(screeningId, 'determination'), {
      result: 'positive',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning: past harm in Mexico weighed.',
    });
    const approved = await ok<ScreeningBody>(await s.as('supervisor2'), 'POST', path(screeningId, 'review'), {
      outcome: 'concur',
    });
    expect(approved.status).toBe('approved');
    const served = await ok<ScreeningBody>(officer, 'POST', path(screeningId, 'service'), {
      at: '2019-07-30T10:00:00Z',
    });
    expect(served).toMatchObject({ status: 'served', servedAt: '2019-07-30T10:00:00.000Z' });
    expect((await findCase(world.app.database.db, caseId))?.state.mpp.state).toBe('not_amenable');

    const noReview = await call(officer, 'POST', path(screeningId, 'ij-review-request'), {
      at: '2019-07-30T11:00:00Z',
    });
    expect(noReview.status).toBe(422);
    expect(noReview.body.error?.code).toBe('NO_IJ_REVIEW');

    const cleared = await ok<{ status: string; decision: string }>(
      supervisor,
      'POST',
      `/api/v1/flags/${flag!.id}/clearance`,
      { decision: 'Returned for rework; the positive determination stands.' },
    );
    expect(cleared).toMatchObject({ status: 'cleared' });
    expect(
      (await call(supervisor, 'POST', `/api/v1/flags/${flag!.id}/clearance`, { decision: 'x' })).status,
    ).toBe(409);

    const record = await ok<ScreeningBody>(officer, 'GET', path(screeningId));
    expect(ScreeningRecordSchema.safeParse(record).error).toBeUndefined();
    expect(record.legalStandard).toMatchObject({ standard: 'more_likely_than_not' });
    expect(record.legalStandard?.source).toMatch(/2019-01-28/);
    expect(record.determinations.map((d) => d.result)).toEqual(['negative', 'positive']);
    expect(record.reviews.map((r) => r.outcome)).toEqual(['return', 'concur']);
    expect(record.ijReview).toMatchObject({ isAvailable: false });
    expect(record.declinedBy).toBeNull();
    expect(record.allowedActions).toEqual([]);
    const logged = await world.app.database.db
      .selectFrom('disclosures')
      .select(['legal_basis', 'subject'])
      .where('case_id', '=', caseId)
      .where('user_id', '=', world.users.officer)
      .where('subject', '=', 'screening')
      .execute();
    expect(logged).toEqual([{ legal_basis: 'assigned-officer', subject: 'screening' }]);

    expect(await caseEventTypes(world, caseId)).toEqual(
      expect.arrayContaining([
        'screening.assigned',
        'screening.scheduled',
        'screening.interviewed',
        'screening.decided',
        'flag.raised',
        'screening.reviewed',
        'screening.served',
        'mpp.not_amenable',
        'flag.cleared',
      ]),
    );
  });

  it('takes a credible fear to IJ review with its court; the supervisor schedules, intake serves', async () => {
    const { world } = s;
    const { screeningId } = await openScreening(world, { track: 'expedited_removal' });
    const supervisor = await s.as('supervisor1');
    const officer = await s.as('officer1');
    await ok(supervisor, 'POST', path(screeningId, 'assignment'), { officerId: world.users.officer });
    await ok(supervisor, 'POST', path(screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    await ok(officer, 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: { ...TESTIMONY_WITH_HARM_IN_MEXICO, harmSuffered: [] },
    });
    const decided = await ok<ScreeningBody>(officer, 'POST', path(screeningId, 'determination'), {
      result: 'negative',
      standard: 'significant_possibility',
      reasoning: 'Synthetic reasoning.',
    });
    expect(decided.legalStandard?.source).toMatch(/208\.30/);
    const approved = await ok<ScreeningBody>(supervisor, 'POST', path(screeningId, 'review'), {
      outcome: 'concur',
      note: '',
    });
    expect(approved.allowedActions).toContain('serve');
    const intake = await s.as('intake1');
    expect((await ok<ScreeningBody>(intake, 'GET', path(screeningId))).allowedActions).toEqual(['serve']);
    await ok(intake, 'POST', path(screeningId, 'service'), { at: '2019-07-30T10:00:00Z' });
    const requested = await ok<ScreeningBody>(officer, 'POST', path(screeningId, 'ij-review-request'), {
      at: '2019-07-30T11:00:00Z',
      court: 'hou',
    });
    expect(requested).toMatchObject({
      status: 'ij_review_requested',
      ijReview: { isAvailable: true, court: 'HOU', requestedAt: '2019-07-30T11:00:00.000Z' },
    });
    expect(requested.deadlines.map((d) => [d.kind, d.state])).toEqual([['ij_review_credible_fear', 'open']]);
  });

  it('records a reasonable-fear refusal to say as declining IJ review', async () => {
    const { world } = s;
    const { screeningId } = await openScreening(world, {
      track: 'reinstatement',
      claimAt: '2019-07-28T11:00:00Z',
    });
    const supervisor = await s.as('supervisor1');
    const officer = await s.as('officer1');
    await ok(supervisor, 'POST', path(screeningId, 'assignment'), { officerId: world.users.officer });
    await ok(officer, 'POST', path(screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    await ok(officer, 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: { ...TESTIMONY_WITH_HARM_IN_MEXICO, harmSuffered: [] },
    });
    await ok(officer, 'POST', path(screeningId, 'determination'), {
      result: 'negative',
      standard: 'reasonable_possibility',
      reasoning: 'Synthetic reasoning.',
    });
    await ok(supervisor, 'POST', path(screeningId, 'review'), { outcome: 'concur' });
    await ok(officer, 'POST', path(screeningId, 'service'), { at: '2019-07-30T10:00:00Z' });
    const declined = await ok<ScreeningBody>(supervisor, 'POST', path(screeningId, 'ij-review-declined'), {
      at: '2019-07-30T11:00:00Z',
      refusedToIndicate: true,
    });
    expect(declined.status).toBe('ij_review_declined');
    expect(declined.allowedActions).toEqual(['reconsider']);
    const reopened = await ok<ScreeningBody>(supervisor, 'POST', path(screeningId, 'reconsideration'), {
      reason: 'New evidence of torture (synthetic).',
    });
    expect(reopened).toMatchObject({ status: 'interviewed', servedAt: null });
  });

  it('refuses by role with 403, and without a basis with the 404 of a nonexistent id', async () => {
    const { world } = s;
    const { screeningId } = await openScreening(world, { track: 'mpp' });
    const supervisor = await s.as('supervisor1');
    await ok(supervisor, 'POST', path(screeningId, 'assignment'), { officerId: world.users.officer });
    const missing = path(randomUUID(), 'determination');
    const decision = { result: 'negative', standard: 'more_likely_than_not', reasoning: 'x' };

    for (const [name, act, body] of [
      ['counsel1', 'assignment', { officerId: world.users.officer2 }],
      ['judge1', 'determination', decision],
      ['intake1', 'review', { outcome: 'concur' }],
      ['analyst1', 'interview-schedule', { interviewAt: '2019-07-29T10:00:00Z' }],
      ['admin1', 'decline', { reason: 'x' }],
      ['officer1', 'assignment', { officerId: world.users.officer2 }],
    ] as const) {
      const answer = await call(await s.as(name), 'POST', path(screeningId, act), body);
      expect(answer.status, `${name} ${act}`).toBe(403);
      expect(answer.body.error?.code).toBe('FORBIDDEN');
    }
    // officer2 works in the office, but the screening is officer1's: no basis, as if it did not exist.
    const officer2 = await s.as('officer2');
    await expectLooksMissing(officer2, 'POST', path(screeningId, 'determination'), missing, decision);
    await expectLooksMissing(officer2, 'GET', path(screeningId), path(randomUUID()));
    // A supervisor of another office has no basis either.
    const elp = await s.as('elp.supervisor');
    await expectLooksMissing(elp, 'POST', path(screeningId, 'assignment'), path(randomUUID(), 'assignment'), {
      officerId: s.elp.officer,
    });
    await expectLooksMissing(elp, 'GET', path(screeningId), path(randomUUID()));

    // An unassigned screening of the office is visible to its officers, but not theirs to work.
    const queued = await openScreening(world, { track: 'mpp' });
    const officer1 = await s.as('officer1');
    expect((await ok<ScreeningBody>(officer1, 'GET', path(queued.screeningId))).allowedActions).toEqual([]);
    const notMine = await call(officer1, 'POST', path(queued.screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    expect(notMine.status).toBe(403);

    // Assignment only to officers of the supervisor's own office.
    const elsewhere = await call(supervisor, 'POST', path(queued.screeningId, 'assignment'), {
      officerId: s.elp.officer,
    });
    expect(elsewhere.status).toBe(403);
  });

  it('validates bodies field by field, unknown fields included, and refuses acts out of turn', async () => {
    const { world } = s;
    const { screeningId } = await openScreening(world, { track: 'mpp' });
    const supervisor = await s.as('supervisor1');
    const unknown = await call(supervisor, 'POST', path(screeningId, 'assignment'), {
      officerId: world.users.officer,
      priority: 'high',
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/priority/);
    const badTestimony = await call(await s.as('officer1'), 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: { ...TESTIMONY_WITH_HARM_IN_MEXICO, protectedGrounds: ['wealth'] },
    });
    expect(badTestimony.status).toBe(403); // not assigned yet: the policy answers before the body is read
    await ok(supervisor, 'POST', path(screeningId, 'assignment'), { officerId: world.users.officer });
    const invalid = await call(await s.as('officer1'), 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: { ...TESTIMONY_WITH_HARM_IN_MEXICO, protectedGrounds: ['wealth'] },
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toMatch(/testimony\.protectedGrounds/);
    const early = await call(await s.as('officer1'), 'POST', path(screeningId, 'determination'), {
      result: 'positive',
      standard: 'more_likely_than_not',
      reasoning: 'Too early.',
    });
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('INVALID_TRANSITION');
    const again = await call(supervisor, 'POST', path(screeningId, 'assignment'), {
      officerId: world.users.officer,
    });
    expect(again.status).toBe(409);
  });

  it('never lets a supervisor review a determination they made themselves', async () => {
    const { world } = s;
    const promoted = await addUser(world, 'hou.promoted', 'officer', 'HOU');
    const { screeningId } = await openScreening(world, { track: 'mpp' });
    await ok(await s.as('supervisor1'), 'POST', path(screeningId, 'assignment'), { officerId: promoted });
    const asOfficer = await s.as('hou.promoted');
    await ok(asOfficer, 'POST', path(screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    await ok(asOfficer, 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: TESTIMONY_WITH_HARM_IN_MEXICO,
    });
    await ok(asOfficer, 'POST', path(screeningId, 'determination'), {
      result: 'positive',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning.',
    });
    // The officer who decided is made a supervisor of the office (an administrator's act, outside this workflow).
    await world.app.database.db
      .updateTable('users')
      .set({ role: 'supervisor' })
      .where('id', '=', promoted)
      .execute();
    const asSupervisor = await s.as('hou.promoted');
    const record = await ok<ScreeningBody>(asSupervisor, 'GET', path(screeningId));
    expect(record.allowedActions).not.toContain('review');
    const own = await call(asSupervisor, 'POST', path(screeningId, 'review'), { outcome: 'concur' });
    expect(own.status).toBe(403);
    expect(own.body.error?.message).toMatch(/made themselves/);
    const other = await ok<ScreeningBody>(await s.as('supervisor1'), 'POST', path(screeningId, 'review'), {
      outcome: 'concur',
    });
    expect(other.status).toBe('approved');
  });

  it('dissolves a withdrawn screening', async () => {
    const { screeningId } = await openScreening(s.world, { track: 'mpp' });
    const dissolved = await ok<ScreeningBody>(
      await s.as('supervisor1'),
      'POST',
      path(screeningId, 'dissolution'),
      {
        reason: 'The claim was withdrawn (synthetic).',
      },
    );
    expect(dissolved).toMatchObject({ status: 'dissolved', allowedActions: [] });
  });

  it('leaves a ledger that verifies', async () => {
    const result = await verifyLedger(s.world.app.database);
    expect(result.ok).toBe(true);
  });
});
