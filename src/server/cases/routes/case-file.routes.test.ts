// The case file over HTTP on both dialects: what each role sees (the person, the case, screenings in summary,
// proceedings, harm reports, open flags), the acts each is offered, an objection's reason only for its officer and
// the office's supervisors, 403 by role and 404 without a basis identical to a missing case, and one access-log row
// per read with its basis and purpose. Harm reports after a return are recorded here too.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { openProceeding, recordRepresentation } from '../../court/court.service.ts';
import { createHttpApp } from '../../http/app.ts';
import { PURPOSE_HEADER } from '../../http/api/authorize.middleware.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import { assignScreening, declineScreening } from '../../screenings/screening.service.ts';
import {
  addUser,
  encounterBody,
  expectStatus,
  openCaseAs,
  readJson,
  type CaseFileBody,
  type ErrorBody,
  type ScreeningBody,
} from './case-routes.fixture.ts';

const NOW = '2019-09-01T12:00:00.000Z';
const DECLINE_REASON = 'Synthetic: I cannot in conscience send people back to Mexico.';
const HARM = { kind: 'kidnapping', occurredOn: '2019-07-28', place: 'Ciudad Juárez', source: 'counsel' };

const must = <T>(result: { ok: true; value: T } | { ok: false; error: Error }): T => {
  if (!result.ok) throw result.error;
  return result.value;
};

describeEachDialect('the case file over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  const callers: Record<string, ApiCaller> = {};
  let caseId: string;
  let screeningId: string;
  let returnId: string;
  const fileAs = async (name: string, headers: Record<string, string> = {}) => {
    const response = await callers[name]!.request('GET', `/api/v1/cases/${caseId}`, undefined, headers);
    if (response.status !== 200) throw new Error(`${name}: ${response.status} ${await response.text()}`);
    return readJson<CaseFileBody>(response);
  };

  beforeAll(async () => {
    world = await createTestWorld(dialect, NOW);
    await addUser(world.app, 'elp.intake', 'intake', 'ELP');
    await addUser(world.app, 'elp.supervisor', 'supervisor', 'ELP');
    http = createHttpApp(world.app, { isDemo: false });
    for (const name of [
      'intake1',
      'officer1',
      'officer2',
      'supervisor1',
      'judge1',
      'counsel1',
      'analyst1',
      'admin1',
      'elp.intake',
      'elp.supervisor',
    ])
      callers[name] = await signInAs(http, name);
    const intake = callers['intake1']!;
    const made = await openCaseAs(intake, encounterBody('A300-000-201'));
    caseId = made.case.id;
    const base = `/api/v1/cases/${caseId}`;
    // No address for the hearing notice: the enrolment raises a flag that stays open.
    await expectStatus(intake, 200, 'POST', `${base}/mpp-enrolment`, {
      ntaServedAt: '2019-07-20T18:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: 'El Paso',
      noticeAddress: null,
    });
    const returned = await expectStatus<{ returns: Array<{ id: string }> }>(
      intake,
      201,
      'POST',
      `${base}/returns`,
      {
        at: '2019-07-21T10:00:00Z',
        port: 'El Paso',
        hearingDate: '2019-10-15',
        hearingLocation: 'El Paso',
      },
    );
    returnId = returned.returns[0]!.id;
    const screening = await expectStatus<ScreeningBody>(intake, 201, 'POST', `${base}/fear-claims`, {
      at: '2019-08-01T11:00:00Z',
      raisedHow: 'unprompted',
      raisedTo: 'cbp',
      occasion: 'other',
    });
    screeningId = screening.id;
    must(await assignScreening(world.app, world.users.supervisor, screeningId, world.users.officer));
    // officer1 declines on grounds of conscience: the screening waits unassigned in the office queue.
    must(await declineScreening(world.app, world.users.officer, screeningId, DECLINE_REASON));
    must(
      await openProceeding(world.app, world.users.court, {
        caseId,
        kind: 'removal',
        origin: 'nta',
        court: 'HOU',
        openedAt: '2019-07-22T09:00:00Z',
      }),
    );
    must(
      await recordRepresentation(world.app, world.users.intake, {
        caseId,
        counselId: world.users.counsel,
        form: 'G-28',
        filedAt: '2019-07-25T09:00:00Z',
      }),
    );
  });
  afterAll(async () => world.dispose());

  it('records a harm report after the return, linked to it, and refuses one on a case never returned', async () => {
    const report = await expectStatus<{ id: string; returnId: string | null }>(
      callers['counsel1']!,
      201,
      'POST',
      `/api/v1/cases/${caseId}/harm-reports`,
      { ...HARM, description: 'Synthetic: held for ransom for three days.' },
    );
    expect(report).toMatchObject({
      ...HARM,
      returnId,
      description: 'Synthetic: held for ransom for three days.',
    });
    const signed = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['actor_id', 'case_id'])
      .where('type', '=', 'harm.reported')
      .execute();
    expect(signed).toEqual([{ actor_id: world.users.counsel, case_id: caseId }]);

    const early = await callers['intake1']!.request('POST', `/api/v1/cases/${caseId}/harm-reports`, {
      ...HARM,
      occurredOn: '2019-07-01',
    });
    expect(early.status).toBe(400);
    expect((await readJson<ErrorBody>(early)).error.details).toEqual({ field: 'occurredOn' });

    const neverReturned = await openCaseAs(callers['intake1']!, encounterBody('300000202'));
    const none = await callers['intake1']!.request(
      'POST',
      `/api/v1/cases/${neverReturned.case.id}/harm-reports`,
      { ...HARM, occurredOn: null },
    );
    expect(none.status).toBe(409);
    expect((await readJson<ErrorBody>(none)).error.code).toBe('INVALID_TRANSITION');
    // The court may read the case but records no harm reports; analysts and admins have no case content at all.
    for (const name of ['judge1', 'analyst1', 'admin1'])
      expect(
        (await callers[name]!.request('POST', `/api/v1/cases/${caseId}/harm-reports`, HARM)).status,
        name,
      ).toBe(403);
    const unknownField = await callers['counsel1']!.request('POST', `/api/v1/cases/${caseId}/harm-reports`, {
      ...HARM,
      victimName: 'x',
    });
    expect(unknownField.status).toBe(400);
  });

  it('shows intake the person, the case, its screening, proceeding, harm report and open flag, and its acts', async () => {
    const file = await fileAs('intake1');
    expect(file.person).toMatchObject({
      aNumber: '300000201',
      familyName: 'SYNTHETIC',
      givenName: 'PERSONA',
      nationality: 'HN',
      birthDate: '1990-04',
      sex: 'female',
    });
    expect(file.case).toMatchObject({
      office: 'HOU',
      track: 'mpp',
      mpp: { state: 'enrolled', noticeAddress: null },
    });
    expect(file.case.returns.map((r) => r.id)).toEqual([returnId]);
    expect(file.screenings).toEqual([
      expect.objectContaining({
        id: screeningId,
        kind: 'mpp_interview',
        status: 'referred',
        standard: 'more_likely_than_not',
        officer: null,
        declines: [
          {
            officer: { id: world.users.officer, name: 'officer1' },
            at: expect.any(String) as unknown,
            reason: null,
            isReasonWithheld: true,
          },
        ],
        allowedActions: [],
      }),
    ]);
    expect(file.proceedings).toEqual([
      expect.objectContaining({ kind: 'removal', court: 'HOU', status: 'open', hearingCount: 0 }),
    ]);
    expect(file.harmReports).toEqual([expect.objectContaining({ kind: 'kidnapping', returnId })]);
    expect(file.openFlags).toEqual([
      expect.objectContaining({ kind: 'notice_without_address', allowedActions: [] }),
    ]);
    // A screening is open, so no return is offered; intake may still exempt, claim fear, report harm.
    expect(file.allowedActions).toEqual(['exempt_mpp', 'claim_fear', 'report_harm']);
    expect(file.deadlines.map((d) => d.kind).sort()).toEqual([
      'asylum_application',
      'mpp_first_hearing_target',
    ]);
  });

  it("shows an objection's reason to the objecting officer and the office's supervisors only", async () => {
    const reasonsSeenBy = async (name: string) =>
      (await fileAs(name)).screenings.flatMap((s) => s.declines.map((d) => d.reason));
    expect(await reasonsSeenBy('officer1')).toEqual([DECLINE_REASON]);
    expect(await reasonsSeenBy('supervisor1')).toEqual([DECLINE_REASON]);
    for (const name of ['officer2', 'intake1', 'judge1', 'counsel1']) {
      const response = await callers[name]!.request('GET', `/api/v1/cases/${caseId}`);
      expect(response.status, name).toBe(200);
      const text = await response.text();
      expect(text, name).not.toContain(DECLINE_REASON);
      expect(text, name).not.toContain('cannot in conscience');
    }
  });

  it('offers each role exactly the acts the API would accept from it', async () => {
    const supervisor = await fileAs('supervisor1');
    expect(supervisor.screenings[0]!.allowedActions.sort()).toEqual(['assign', 'dissolve', 'schedule']);
    expect(supervisor.openFlags[0]!.allowedActions).toEqual(['clear']);
    expect(supervisor.allowedActions).toEqual(['exempt_mpp', 'claim_fear', 'report_harm']);
    // An officer sees the screening in the office queue, but only an assignment lets them work it.
    const officer = await fileAs('officer2');
    expect(officer.screenings[0]!.allowedActions).toEqual([]);
    expect(officer.allowedActions).toEqual(['report_harm']);
    const judge = await fileAs('judge1');
    expect(judge.allowedActions).toEqual([]);
    expect(judge.person.aNumber).toBe('300000201');
    const counsel = await fileAs('counsel1');
    expect(counsel.allowedActions).toEqual(['report_harm']);
    expect(counsel.person).toEqual(judge.person);
    expect(counsel.openFlags[0]!.allowedActions).toEqual([]);
  });

  it('refuses analysts and admins by role, and answers without a basis exactly as for a missing case', async () => {
    for (const name of ['analyst1', 'admin1']) {
      const response = await callers[name]!.request('GET', `/api/v1/cases/${caseId}`);
      expect(response.status, name).toBe(403);
      expect((await readJson<ErrorBody>(response)).error.code).toBe('FORBIDDEN');
    }
    for (const name of ['elp.intake', 'elp.supervisor']) {
      const hidden = await callers[name]!.request('GET', `/api/v1/cases/${caseId}`);
      const missing = await callers[name]!.request('GET', `/api/v1/cases/${randomUUID()}`);
      expect(hidden.status, name).toBe(404);
      expect(await hidden.text(), name).toBe(await missing.text());
    }
  });

  it('writes one access-log row per read, with the basis and the stated purpose, and none for a refusal', async () => {
    const countReads = async () =>
      (
        await world.app.database.db
          .selectFrom('disclosures')
          .select(['user_id', 'legal_basis', 'purpose', 'subject'])
          .where('case_id', '=', caseId)
          .where('action', '=', 'read')
          .execute()
      ).length;
    const before = await countReads();
    await fileAs('judge1', { [PURPOSE_HEADER]: 'Synthetic: preparing the master hearing' });
    await fileAs('officer2');
    await callers['elp.intake']!.request('GET', `/api/v1/cases/${caseId}`);
    await callers['analyst1']!.request('GET', `/api/v1/cases/${caseId}`);
    expect(await countReads()).toBe(before + 2);
    const latest = await world.app.database.db
      .selectFrom('disclosures')
      .select(['user_id', 'legal_basis', 'purpose', 'subject'])
      .where('case_id', '=', caseId)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(latest).toEqual([
      {
        user_id: world.users.officer2,
        legal_basis: 'office-unassigned-queue',
        purpose: 'case work',
        subject: 'case',
      },
      {
        user_id: world.users.court,
        legal_basis: 'court-of-record',
        purpose: 'Synthetic: preparing the master hearing',
        subject: 'case',
      },
    ]);
  });

  it('leaves a ledger that verifies', async () => {
    expect((await verifyLedger(world.app.database, { workers: 1 })).ok).toBe(true);
  });
});
