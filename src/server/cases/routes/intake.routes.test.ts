// Intake over HTTP on both dialects: the encounter at the caller's own office, an A-number already on record (the
// person linked, other offices' cases never mentioned), MPP enrolment, exemption with the period's reasons, return,
// fear claim and referral; refusals by role, by basis (404 exactly as for a missing case), by validation and by
// the rules (with their details); injection texts stored inert; the ledger verifies afterwards.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { MPP_EXEMPTIONS_BY_TERM } from '../../../domain/mpp/mpp-exemption.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import { markDemoStore } from '../../settings/store-settings.repository.ts';
import { ENCOUNTER_PURPOSE } from '../encounter.service.ts';
import {
  addUser,
  encounterBody,
  expectStatus,
  issuesOf,
  openCaseAs,
  readJson,
  type CaseBody,
  type CaseFileBody,
  type ErrorBody,
  type ScreeningBody,
} from './case-routes.fixture.ts';

const NOW = '2019-09-01T12:00:00.000Z';
const ENROLMENT = {
  ntaServedAt: '2019-07-20T18:00:00Z',
  firstHearingDate: '2019-10-15',
  hearingLocation: 'El Paso',
  noticeAddress: 'Albergue (synthetic), Ciudad Juárez',
};
const RETURN = {
  at: '2019-07-21T10:00:00Z',
  port: 'El Paso',
  hearingDate: '2019-10-15',
  hearingLocation: 'El Paso',
};
const FEAR = { at: '2019-08-01T11:00:00Z', raisedHow: 'unprompted', raisedTo: 'cbp', occasion: 'other' };

describeEachDialect('intake over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let intake: ApiCaller;
  let elpIntake: ApiCaller;
  let supervisor: ApiCaller;
  beforeAll(async () => {
    world = await createTestWorld(dialect, NOW);
    await addUser(world.app, 'elp.intake', 'intake', 'ELP');
    http = createHttpApp(world.app, { isDemo: false });
    intake = await signInAs(http, 'intake1');
    elpIntake = await signInAs(http, 'elp.intake');
    supervisor = await signInAs(http, 'supervisor1');
  });
  afterAll(async () => world.dispose());

  it("opens a case at the caller's own office, registers the person and signs both events", async () => {
    const made = await openCaseAs(
      intake,
      encounterBody('A300-000-101', { vulnerabilities: ['known_health_issue'] }),
    );
    expect(made.case).toMatchObject({
      office: 'HOU',
      track: 'mpp',
      status: 'open',
      mpp: { state: 'pending' },
      vulnerabilities: ['known_health_issue'],
      encounter: { at: '2019-07-20T15:00:00.000Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
    });
    expect(made.person).toMatchObject({
      aNumber: '300000101',
      aNumberFormatted: 'A300-000-101',
      familyName: 'SYNTHETIC',
      birthDate: '1990-04',
      sex: 'female',
    });
    expect(made.otherCases).toEqual([]);
    const events = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['type', 'actor_id', 'case_id'])
      .where('type', 'in', ['person.registered', 'case.opened'])
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { type: 'person.registered', actor_id: world.users.intake, case_id: null },
      { type: 'case.opened', actor_id: world.users.intake, case_id: made.case.id },
    ]);
  });

  it('refuses an office in the body and other unknown fields by name, and a malformed A-number as person.aNumber', async () => {
    const withOffice = await intake.request('POST', '/api/v1/cases', {
      ...encounterBody('300000102'),
      office: 'ELP',
    });
    expect(withOffice.status).toBe(400);
    const body = await readJson<ErrorBody>(withOffice);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(issuesOf(body)).toEqual([expect.objectContaining({ in: 'body', field: 'office' })]);

    const nested = await intake.request(
      'POST',
      '/api/v1/cases',
      encounterBody('300000102', { person: { passportNumber: 'X1' } }),
    );
    expect(issuesOf(await readJson<ErrorBody>(nested))).toEqual([
      expect.objectContaining({ field: 'person.passportNumber' }),
    ]);

    for (const aNumber of ['A12-34', '000000000', 'A1234567890', "300000102' OR '1'='1"]) {
      const malformed = await intake.request('POST', '/api/v1/cases', encounterBody(aNumber));
      expect(malformed.status, aNumber).toBe(400);
      expect(
        issuesOf(await readJson<ErrorBody>(malformed)).map((i) => i.field),
        aNumber,
      ).toEqual(['person.aNumber']);
    }
    expect(
      await world.app.database.db
        .selectFrom('persons')
        .select('id')
        .where('a_number', '=', '300000102')
        .execute(),
    ).toEqual([]);
  });

  it('lets only intake record an encounter (403 for every other role)', async () => {
    for (const name of ['officer1', 'supervisor1', 'judge1', 'counsel1', 'analyst1', 'admin1']) {
      const caller = await signInAs(http, name);
      const response = await caller.request('POST', '/api/v1/cases', encounterBody('300000103'));
      expect(response.status, name).toBe(403);
      expect((await readJson<ErrorBody>(response)).error.code).toBe('FORBIDDEN');
    }
  });

  it('links an A-number on record to its person, and shows only the other cases the caller may see', async () => {
    const elsewhere = await openCaseAs(
      elpIntake,
      encounterBody('300000104', { person: { familyName: 'RECORDED', givenName: 'FIRST' } }),
    );
    const first = await intake.request(
      'POST',
      '/api/v1/cases',
      encounterBody('A300000104', { person: { familyName: 'ENTERED', givenName: 'SECOND' } }),
    );
    expect(first.status).toBe(201);
    const firstText = await first.text();
    // The other office's case is not mentioned at all: not its id, not its office.
    expect(firstText).not.toContain(elsewhere.case.id);
    expect(firstText).not.toContain('ELP');
    const firstBody = JSON.parse(firstText) as typeof elsewhere;
    expect(firstBody.person).toMatchObject({
      id: elsewhere.person.id,
      familyName: 'RECORDED',
      givenName: 'FIRST',
    });
    expect(firstBody.otherCases).toEqual([]);

    const second = await openCaseAs(intake, encounterBody('300-000-104'));
    expect(second.otherCases.map((c) => c.id)).toEqual([firstBody.case.id]);
    expect(second.otherCases[0]).toMatchObject({ office: 'HOU', person: { aNumber: '300000104' } });
    const logged = await world.app.database.db
      .selectFrom('disclosures')
      .select(['case_id', 'action', 'purpose', 'legal_basis'])
      .where('user_id', '=', world.users.intake)
      .where('purpose', '=', ENCOUNTER_PURPOSE)
      .execute();
    expect(logged).toEqual([
      {
        case_id: firstBody.case.id,
        action: 'read',
        purpose: ENCOUNTER_PURPOSE,
        legal_basis: 'office-intake',
      },
    ]);
  });

  it('stores and returns injection texts in names unchanged, and refuses control characters', async () => {
    const names = { familyName: "'; DROP TABLE cases; --", givenName: '<script>alert("x")</script>' };
    const made = await openCaseAs(intake, encounterBody('300000105', { person: names }));
    expect(made.person).toMatchObject(names);
    const file = await expectStatus<CaseFileBody>(intake, 200, 'GET', `/api/v1/cases/${made.case.id}`);
    expect(file.person).toMatchObject(names);
    expect(
      Number(
        (
          await world.app.database.db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(0);

    const nul = await intake.request(
      'POST',
      '/api/v1/cases',
      encounterBody('300000106', { person: { familyName: '\u0000nul\u0000' } }),
    );
    expect(nul.status).toBe(400);
    expect(issuesOf(await readJson<ErrorBody>(nul)).map((i) => i.field)).toEqual(['person.familyName']);
  });

  it('enrols, returns and takes a fear claim, referring the screening the track calls for', async () => {
    const made = await openCaseAs(intake, encounterBody('300000107'));
    const base = `/api/v1/cases/${made.case.id}`;
    const enrolled = await expectStatus<CaseBody>(intake, 200, 'POST', `${base}/mpp-enrolment`, ENROLMENT);
    expect(enrolled.mpp).toMatchObject({ state: 'enrolled', term: '2019', firstHearingDate: '2019-10-15' });
    const returned = await expectStatus<CaseBody>(intake, 201, 'POST', `${base}/returns`, RETURN);
    expect(returned.returns).toEqual([
      expect.objectContaining({ port: 'El Paso', hearingDate: '2019-10-15', overrideReason: null }),
    ]);
    const screening = await expectStatus<ScreeningBody>(intake, 201, 'POST', `${base}/fear-claims`, FEAR);
    expect(screening).toMatchObject({
      kind: 'mpp_interview',
      status: 'referred',
      office: 'HOU',
      standard: 'more_likely_than_not',
      officer: null,
      result: null,
      declines: [],
    });
    // Nobody is returned while a screening of theirs is undecided: the rule's rejection, in the error shape.
    const again = await intake.request('POST', `${base}/returns`, { ...RETURN, at: '2019-08-02T10:00:00Z' });
    expect(again.status).toBe(409);
    expect((await readJson<ErrorBody>(again)).error).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/not yet decided and served/) as unknown,
    });
    const file = await expectStatus<CaseFileBody>(intake, 200, 'GET', base);
    expect(file.case.fearClaims).toEqual([
      expect.objectContaining({ screeningId: screening.id, raisedHow: 'unprompted' }),
    ]);
    expect(file.screenings.map((s) => s.id)).toEqual([screening.id]);
  });

  it("refuses a reason off the period's list with the allowed ones, and lets a supervisor record the exemption", async () => {
    const made = await openCaseAs(intake, encounterBody('300000108'));
    const base = `/api/v1/cases/${made.case.id}`;
    const wrong = await intake.request('POST', `${base}/mpp-exemption`, {
      reason: 'sexual_orientation_or_gender_identity_risk',
      at: '2019-07-20T16:00:00Z',
    });
    expect(wrong.status).toBe(400);
    const wrongBody = await readJson<ErrorBody>(wrong);
    expect(wrongBody.error.details).toEqual({
      field: 'reason',
      allowed: [...MPP_EXEMPTIONS_BY_TERM['2019']],
    });
    expect(wrongBody.error.message).toMatch(/unaccompanied_child/);

    // A supervisor may record an exemption, but enrolment is intake's act: refused by the rules.
    const enrolBySupervisor = await supervisor.request('POST', `${base}/mpp-enrolment`, ENROLMENT);
    expect(enrolBySupervisor.status).toBe(403);
    const exempt = await expectStatus<CaseBody>(supervisor, 200, 'POST', `${base}/mpp-exemption`, {
      reason: 'known_health_issue',
      note: 'Synthetic: needs insulin.',
      at: '2019-07-20T16:00:00Z',
    });
    expect(exempt.mpp).toEqual({
      state: 'exempt',
      term: '2019',
      at: '2019-07-20T16:00:00.000Z',
      reason: 'known_health_issue',
      reasonLabel: 'Known physical or mental health issue',
      note: 'Synthetic: needs insulin.',
    });
    const enrolExempt = await intake.request('POST', `${base}/mpp-enrolment`, ENROLMENT);
    expect(enrolExempt.status).toBe(409);
    const returnExempt = await intake.request('POST', `${base}/returns`, RETURN);
    expect(returnExempt.status).toBe(422);
    expect((await readJson<ErrorBody>(returnExempt)).error).toMatchObject({
      code: 'EXEMPT_GROUP',
      details: { mpp: 'exempt', vulnerabilities: [] },
    });
    const fear = await intake.request('POST', `${base}/fear-claims`, FEAR);
    expect(fear.status).toBe(409);
    const overridden = await expectStatus<CaseBody>(intake, 201, 'POST', `${base}/returns`, {
      ...RETURN,
      overrideReason: 'Synthetic: port director approved.',
    });
    expect(overridden.returns.at(-1)?.overrideReason).toBe('Synthetic: port director approved.');
  });

  it('refuses to enrol a Mexican national, naming the exemption to record', async () => {
    const made = await openCaseAs(intake, encounterBody('300000109', { person: { nationality: 'MX' } }));
    const response = await intake.request('POST', `/api/v1/cases/${made.case.id}/mpp-enrolment`, ENROLMENT);
    expect(response.status).toBe(422);
    expect((await readJson<ErrorBody>(response)).error).toMatchObject({
      code: 'EXEMPT_GROUP',
      details: { reason: 'mexican_national' },
    });
  });

  it('lists the exemption reasons of the period in force on a date', async () => {
    const officer = await signInAs(http, 'officer1');
    const list = await expectStatus<{ term: string; reasons: Array<{ reason: string; label: string }> }>(
      officer,
      200,
      'GET',
      '/api/v1/reference/mpp-exemptions?at=2019-07-01',
    );
    expect(list.term).toBe('2019');
    expect(list.reasons.map((r) => r.reason)).toEqual([...MPP_EXEMPTIONS_BY_TERM['2019']]);
    const later = await expectStatus<{ term: string; reasons: unknown[] }>(
      officer,
      200,
      'GET',
      '/api/v1/reference/mpp-exemptions?at=2022-02-01',
    );
    expect(later).toMatchObject({
      term: '2021',
      reasons: expect.arrayContaining([
        expect.objectContaining({ reason: 'sexual_orientation_or_gender_identity_risk' }),
      ]) as unknown,
    });
    const between = await officer.request('GET', '/api/v1/reference/mpp-exemptions?at=2021-08-01');
    expect(between.status).toBe(400);
    expect((await readJson<ErrorBody>(between)).error.message).toMatch(/2019-01-28 to 2021-06-01/);
    expect((await officer.request('GET', '/api/v1/reference/mpp-exemptions')).status).toBe(400);
  });

  it('answers a case of another office exactly as a case that does not exist, for every intake act', async () => {
    const hidden = await openCaseAs(intake, encounterBody('300000110'));
    for (const [path, body] of [
      ['mpp-enrolment', ENROLMENT],
      ['mpp-exemption', { reason: 'known_health_issue', at: '2019-07-20T16:00:00Z' }],
      ['returns', RETURN],
      ['fear-claims', FEAR],
    ] as const) {
      const seen = await elpIntake.request('POST', `/api/v1/cases/${hidden.case.id}/${path}`, body);
      const missing = await elpIntake.request('POST', `/api/v1/cases/${randomUUID()}/${path}`, body);
      expect(seen.status, path).toBe(404);
      expect(await seen.text(), path).toBe(await missing.text());
    }
    const file = await expectStatus<CaseFileBody>(intake, 200, 'GET', `/api/v1/cases/${hidden.case.id}`);
    expect(file.case.mpp).toEqual({ state: 'pending' });
  });

  it('labels a case synthetic when asked, and every case opened on a demo store whatever the body says', async () => {
    const real = await openCaseAs(intake, encounterBody('300000191'));
    expect(real.case.isSynthetic).toBe(false);
    const labelled = await openCaseAs(intake, encounterBody('300000192', { isSynthetic: true }));
    expect(labelled.case.isSynthetic).toBe(true);
    await markDemoStore(world.app.database.db, NOW);
    const onDemo = await openCaseAs(intake, encounterBody('300000193', { isSynthetic: false }));
    expect(onDemo.case.isSynthetic).toBe(true);
    expect(onDemo.person.isSynthetic).toBe(true);
  });

  it('leaves a ledger that verifies', async () => {
    const verdict = await verifyLedger(world.app.database, { workers: 1 });
    expect(verdict.ok).toBe(true);
  });
});
