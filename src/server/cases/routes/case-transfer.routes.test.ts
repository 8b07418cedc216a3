// Transferring a case through the HTTP API, on SQLite and PostgreSQL: the case and its open screenings move to the
// other office's unassigned queue, the old office loses every basis to see it (404, as a missing case), a served
// screening stays on the record of the office that decided it, and the signed event is in the ledger.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { findCase } from '../case.repository.ts';
import { readCaseEvents } from '../../ledger/ledger.repository.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import {
  call,
  createScreeningWorld,
  expectLooksMissing,
  ok,
  openScreening,
  TESTIMONY_WITH_HARM_IN_MEXICO,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import { CaseTransferredSchema } from './case-transfer.schemas.ts';

interface QueuePage {
  items: Array<{ caseId: string; screening: { id: string; office: string; officer: unknown } }>;
}

describeEachDialect('case transfer over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  beforeAll(async () => {
    s = await createScreeningWorld(dialect);
  });
  afterAll(async () => s.dispose());

  const transfer = (caseId: string) => `/api/v1/cases/${caseId}/transfer`;
  const screening = (id: string) => `/api/v1/screenings/${id}`;

  it('moves the case and its open screenings to the other office\u2019s unassigned queue; the old office loses access', async () => {
    const { world } = s;
    const { caseId, screeningId } = await openScreening(world, { track: 'mpp' });
    const supervisor = await s.as('supervisor1');
    await ok(supervisor, 'POST', `${screening(screeningId)}/assignment`, { officerId: world.users.officer });
    await ok(await s.as('officer1'), 'POST', `${screening(screeningId)}/interview-schedule`, {
      interviewAt: '2019-07-30T10:00:00Z',
    });

    const done = await ok<{
      caseId: string;
      fromOffice: string;
      toOffice: string;
      movedScreeningIds: string[];
    }>(supervisor, 'POST', transfer(caseId), {
      office: 'ELP',
      reason: 'The person is detained in El Paso (synthetic).',
    });
    expect(CaseTransferredSchema.safeParse(done).error).toBeUndefined();
    expect(done).toEqual({ caseId, fromOffice: 'HOU', toOffice: 'ELP', movedScreeningIds: [screeningId] });
    expect((await findCase(world.app.database.db, caseId))?.state.office).toBe('ELP');

    const elp = await s.as('elp.supervisor');
    const queue = await ok<QueuePage>(elp, 'GET', '/api/v1/queues/office?bucket=unassigned');
    expect(
      queue.items.map((i) => [i.caseId, i.screening.id, i.screening.office, i.screening.officer]),
    ).toEqual([[caseId, screeningId, 'ELP', null]]);
    const moved = await ok<{ status: string; interviewAt: string }>(elp, 'GET', screening(screeningId));
    expect(moved).toMatchObject({ status: 'scheduled', interviewAt: '2019-07-30T10:00:00.000Z' });
    await ok(elp, 'POST', `${screening(screeningId)}/assignment`, { officerId: s.elp.officer });

    const missing = screening(randomUUID());
    for (const name of ['supervisor1', 'supervisor2', 'officer1', 'intake1'])
      await expectLooksMissing(await s.as(name), 'GET', screening(screeningId), missing);
    await expectLooksMissing(supervisor, 'POST', transfer(caseId), transfer(randomUUID()), {
      office: 'HOU',
      reason: 'Back again.',
    });
    const hou = await ok<QueuePage>(supervisor, 'GET', '/api/v1/queues/office?bucket=unassigned');
    expect(hou.items.map((i) => i.caseId)).not.toContain(caseId);

    const events = await readCaseEvents(world.app.database.db, caseId);
    const event = events.find((e) => e.type === 'case.transferred');
    expect(JSON.parse(event!.payloadJson)).toEqual({
      fromOffice: 'HOU',
      toOffice: 'ELP',
      reason: 'The person is detained in El Paso (synthetic).',
      screenings: [{ screeningId, previousOfficerId: world.users.officer }],
    });
    expect(event!.actorId).toBe(world.users.supervisor);
  });

  it('leaves a served screening on the record of the office that decided it, out of that office\u2019s sight', async () => {
    const { world } = s;
    const { caseId, screeningId } = await openScreening(world, { track: 'mpp' });
    const supervisor = await s.as('supervisor1');
    const officer = await s.as('officer1');
    await ok(supervisor, 'POST', `${screening(screeningId)}/assignment`, { officerId: world.users.officer });
    await ok(officer, 'POST', `${screening(screeningId)}/interview-schedule`, {
      interviewAt: '2019-07-30T10:00:00Z',
    });
    await ok(officer, 'POST', `${screening(screeningId)}/interview`, {
      at: '2019-07-30T10:00:00Z',
      testimony: { ...TESTIMONY_WITH_HARM_IN_MEXICO, harmSuffered: [] },
    });
    await ok(officer, 'POST', `${screening(screeningId)}/determination`, {
      result: 'negative',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning.',
    });
    await ok(supervisor, 'POST', `${screening(screeningId)}/review`, { outcome: 'concur' });
    await ok(officer, 'POST', `${screening(screeningId)}/service`, { at: '2019-07-31T10:00:00Z' });

    const done = await ok<{ movedScreeningIds: string[] }>(supervisor, 'POST', transfer(caseId), {
      office: 'ELP',
      reason: 'Synthetic transfer.',
    });
    expect(done.movedScreeningIds).toEqual([]);
    const kept = await ok<{ office: string; officerId: string }>(
      await s.as('elp.supervisor'),
      'GET',
      screening(screeningId),
    );
    expect(kept).toMatchObject({ office: 'HOU', officerId: world.users.officer });
    await expectLooksMissing(
      await s.as('supervisor2'),
      'GET',
      screening(screeningId),
      screening(randomUUID()),
    );
  });

  it('refuses by role, an office with no supervisor, the office that holds it, and unknown fields', async () => {
    const { caseId } = await openScreening(s.world, { track: 'mpp' });
    for (const name of ['officer1', 'intake1', 'judge1', 'counsel1', 'admin1', 'analyst1']) {
      const answer = await call(await s.as(name), 'POST', transfer(caseId), { office: 'ELP', reason: 'x' });
      expect(answer.status, name).toBe(403);
    }
    const supervisor = await s.as('supervisor1');
    const nowhere = await call(supervisor, 'POST', transfer(caseId), { office: 'ZZZ', reason: 'x' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error?.message).toMatch(/No active supervisor/);
    expect((await call(supervisor, 'POST', transfer(caseId), { office: 'HOU', reason: 'x' })).status).toBe(
      409,
    );
    const unknown = await call(supervisor, 'POST', transfer(caseId), {
      office: 'ELP',
      reason: 'x',
      urgent: true,
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/urgent/);
    expect((await findCase(s.world.app.database.db, caseId))?.state.office).toBe('HOU');
  });

  it('leaves a ledger that verifies', async () => {
    expect((await verifyLedger(s.world.app.database)).ok).toBe(true);
  });
});
