// The MPP pipeline end to end through the service path, on both dialects: every step persisted, every rejection
// leaving nothing behind, flags raised and cleared, and the ledger verifying at the end.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import {
  claimFear,
  enrolCase,
  recordEncounter,
  reportHarmAfterReturn,
  returnCase,
} from '../cases/case.service.ts';
import { findCase } from '../cases/case.repository.ts';
import { clearFlag } from '../flags/flag.service.ts';
import { findFlagsOfCase } from '../flags/flag.repository.ts';
import { getHead } from '../ledger/ledger.repository.ts';
import { verifyLedger } from '../ledger/ledger.verify.ts';
import { findScreening, findScreeningQueue } from './screening.repository.ts';
import * as screenings from './screening.service.ts';
import type { Result } from '../../domain/errors.ts';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describeEachDialect('MPP screening pipeline', (store) => {
  let world: TestWorld;
  let caseId: string;
  let screeningId: string;

  beforeAll(async () => {
    world = await createTestWorld(store(), '2019-08-01T12:00:00.000Z');
  });
  afterAll(async () => world.dispose());

  it('records the encounter, enrols the case and refers an MPP interview on a fear claim', async () => {
    const opened = value(
      await recordEncounter(world.app, world.users.intake, {
        person: {
          aNumber: 'A208-123-456',
          familyName: 'SYNTHETIC',
          givenName: 'TEST',
          nationality: 'HN',
          sex: 'female',
        },
        office: 'HOU',
        track: 'mpp',
        encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        isSynthetic: true,
      }),
    );
    caseId = opened.id;
    value(
      await enrolCase(world.app, world.users.intake, caseId, {
        ntaServedAt: '2019-07-21T10:00:00Z',
        firstHearingDate: '2019-10-15',
        hearingLocation: 'ENP',
        noticeAddress: 'Domicilio conocido, Ciudad Juárez',
      }),
    );
    const screening = value(
      await claimFear(world.app, world.users.intake, caseId, {
        at: '2019-07-21T11:00:00Z',
        raisedHow: 'unprompted',
        raisedTo: 'cbp',
        occasion: 'encounter',
      }),
    );
    screeningId = screening.id;
    expect(screening).toMatchObject({ kind: 'mpp_interview', status: 'referred', officerId: null });
    const stored = await findCase(world.app.database.db, caseId);
    expect(stored?.state.mpp.state).toBe('enrolled');
    expect(stored?.state.fearClaims).toHaveLength(1);
  });

  it('puts a declined screening back in the queue with nothing lost, and never back to the objector', async () => {
    value(
      await screenings.assignScreening(world.app, world.users.supervisor, screeningId, world.users.officer),
    );
    const declined = value(
      await screenings.declineScreening(
        world.app,
        world.users.officer,
        screeningId,
        'I cannot apply this standard in good conscience.',
      ),
    );
    expect(declined.officerId).toBeNull();
    expect(declined.declinedBy).toEqual([world.users.officer]);
    const queue = await findScreeningQueue(world.app.database.db, { office: 'HOU', officerId: null });
    expect(queue.map((s) => s.id)).toContain(screeningId);
    const again = await screenings.assignScreening(
      world.app,
      world.users.supervisor,
      screeningId,
      world.users.officer,
    );
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');
    value(
      await screenings.assignScreening(world.app, world.users.supervisor, screeningId, world.users.officer2),
    );
  });

  it('rejects a determination under the wrong standard and leaves the record and the ledger untouched', async () => {
    value(
      await screenings.scheduleInterview(world.app, world.users.officer2, screeningId, {
        interviewAt: '2019-07-22T09:00:00Z',
      }),
    );
    value(
      await screenings.recordInterview(world.app, world.users.officer2, screeningId, {
        at: '2019-07-22T09:30:00Z',
        testimony: {
          fearOf: ['cartel'],
          harmSuffered: [{ where: 'mexico', kind: 'kidnapping', when: '2019-07-10' }],
          protectedGrounds: ['particular_social_group'],
          tortureClaimed: false,
          language: 'Spanish',
          interpreterUsed: true,
          counselPresent: false,
        },
      }),
    );
    const before = await findScreening(world.app.database.db, screeningId);
    const headBefore = await getHead(world.app.database.db);
    const wrong = await screenings.decideScreening(world.app, world.users.officer2, screeningId, {
      result: 'negative',
      standard: 'reasonable_possibility',
      reasoning: 'Not established.',
    });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('LEGAL_STANDARD_MISMATCH');
    expect((await findScreening(world.app.database.db, screeningId))?.version).toBe(before?.version);
    expect(await getHead(world.app.database.db)).toEqual(headBefore);
    const notMine = await screenings.decideScreening(world.app, world.users.officer, screeningId, {
      result: 'negative',
      standard: 'more_likely_than_not',
      reasoning: 'x',
    });
    expect(notMine.ok ? 'ok' : notMine.error.code).toBe('NOT_ASSIGNED');
  });

  it('raises a flag for a negative MPP determination despite harm in Mexico, cleared only by a supervisor', async () => {
    value(
      await screenings.decideScreening(world.app, world.users.officer2, screeningId, {
        result: 'negative',
        standard: 'more_likely_than_not',
        reasoning: 'Harm by private actors; state protection not shown unavailable.',
      }),
    );
    const flags = await findFlagsOfCase(world.app.database.db, caseId);
    expect(flags.map((f) => [f.kind, f.status])).toEqual([['negative_mpp_despite_harm_in_mexico', 'open']]);
    const byOfficer = await clearFlag(world.app, world.users.officer2, flags[0]!.id, 'reviewed');
    expect(byOfficer.ok ? 'ok' : byOfficer.error.code).toBe('FORBIDDEN');
    value(
      await clearFlag(
        world.app,
        world.users.supervisor,
        flags[0]!.id,
        'Reviewed the testimony with the officer; determination stands.',
      ),
    );
    expect((await findFlagsOfCase(world.app.database.db, caseId))[0]?.status).toBe('cleared');
  });

  it('gives no IJ review of an MPP determination, returns the person and links harm after the return', async () => {
    value(
      await screenings.reviewDetermination(world.app, world.users.supervisor, screeningId, {
        outcome: 'concur',
        note: '',
      }),
    );
    value(
      await screenings.serveDetermination(world.app, world.users.officer2, screeningId, {
        at: '2019-07-22T15:00:00Z',
      }),
    );
    const review = await screenings.requestIjReview(world.app, world.users.officer2, screeningId, {
      at: '2019-07-22T15:05:00Z',
    });
    expect(review.ok ? 'ok' : review.error.code).toBe('NO_IJ_REVIEW');
    const returned = value(
      await returnCase(world.app, world.users.intake, caseId, {
        at: '2019-07-23T08:00:00Z',
        port: 'Paso del Norte',
        hearingDate: '2019-10-15',
        hearingLocation: 'ENP',
      }),
    );
    const harm = value(
      await reportHarmAfterReturn(world.app, world.users.intake, caseId, {
        kind: 'extortion',
        occurredOn: '2019-07-30',
        place: 'Ciudad Juárez',
        source: 'applicant',
        description: 'Synthetic test report.',
      }),
    );
    expect(harm.returnId).toBe(returned.returns[0]!.id);
    const second = value(
      await claimFear(world.app, world.users.intake, caseId, {
        at: '2019-07-31T09:00:00Z',
        raisedHow: 'unprompted',
        raisedTo: 'cbp',
        occasion: 'hearing_presentation',
      }),
    );
    expect(second.id).not.toBe(screeningId);
  });

  it('leaves a ledger that verifies, with one event per change', async () => {
    const result = await verifyLedger(world.app.database);
    expect(result.ok).toBe(true);
    const head = await getHead(world.app.database.db);
    if (result.ok) expect(result.count).toBe(head.seq);
    expect(head.seq).toBeGreaterThan(20);
  });
});
