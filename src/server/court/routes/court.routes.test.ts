// The court's routes over HTTP, on both dialects: proceedings, hearings, attendance, applications, outcomes (in
// absentia only after a missed hearing, relief only with a granted application), hearing notices, the calendar and
// the IJ review decision; refusals by role (403), hidden cases answered exactly like missing ones (404), unknown
// fields (400), the access log of every read, and a ledger that verifies afterwards.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import {
  addUser,
  asAttachment,
  openCaseUnderIjReview,
  openMppCase,
  syntheticPdf,
  value,
} from '../../../../test/court-cases.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous, signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import { acceptAppearanceNotice, fileAppearanceNotice } from '../../representation/appearance.service.ts';

type Json = Record<string, unknown> & {
  error?: { code: string; message: string; details: Record<string, unknown> };
};
const json = async (response: Response) => (await response.json()) as Json;

describeEachDialect('court routes', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let judge: ApiCaller;
  let miami: ApiCaller;
  let mpp: { caseId: string; aNumber: string };
  let relief: { caseId: string; aNumber: string };
  let chicago: { caseId: string; aNumber: string };
  let review: { caseId: string; screeningId: string };
  let proceedingId: string;
  let hearingId: string;

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    await addUser(world, 'judge.mia', 'court', 'MIA');
    mpp = await openMppCase(world, 'HOU');
    relief = await openMppCase(world, 'HOU');
    chicago = await openMppCase(world, 'CHI');
    review = await openCaseUnderIjReview(world, 'MIA');
    judge = await signInAs(http, 'judge1');
    miami = await signInAs(http, 'judge.mia');
  });
  afterAll(async () => world.dispose());

  const open = (caller: ApiCaller, caseId: string, body: Record<string, unknown> = {}) =>
    caller.request('POST', `/api/v1/cases/${caseId}/proceedings`, {
      kind: 'removal',
      origin: 'nta',
      openedAt: '2019-07-25T10:00:00Z',
      ...body,
    });

  it("opens a proceeding before the judge's court, holds a missed hearing and orders removal in absentia", async () => {
    const opened = await open(judge, mpp.caseId);
    expect(opened.status).toBe(201);
    const p = await json(opened);
    expect(p).toMatchObject({
      caseId: mpp.caseId,
      court: 'HOU',
      status: 'open',
      hearings: [],
      outcome: null,
    });
    proceedingId = p.id as string;

    const scheduled = await judge.request('POST', `/api/v1/proceedings/${proceedingId}/hearings`, {
      at: '2019-08-20T15:00:00Z',
      calendar: 'master',
      medium: 'video',
    });
    expect(scheduled.status).toBe(201);
    const hearings = (await json(scheduled)).hearings as Array<{ id: string; location: string }>;
    expect(hearings).toHaveLength(1);
    expect(hearings[0]!.location).toBe('HOU');
    hearingId = hearings[0]!.id;

    const tooEarly = await judge.request('POST', `/api/v1/proceedings/${proceedingId}/completion`, {
      outcome: { kind: 'removal_ordered', inAbsentia: true },
      at: '2019-08-20T17:00:00Z',
    });
    expect(tooEarly.status).toBe(409);
    expect((await json(tooEarly)).error?.message).toMatch(/missed hearing/);

    const missed = await judge.request(
      'POST',
      `/api/v1/proceedings/${proceedingId}/hearings/${hearingId}/attendance`,
      { attendance: 'missed', adjournmentReason: null },
    );
    expect(missed.status).toBe(200);
    const ordered = await judge.request('POST', `/api/v1/proceedings/${proceedingId}/completion`, {
      outcome: { kind: 'removal_ordered', inAbsentia: true },
      at: '2019-08-20T17:00:00Z',
    });
    expect(ordered.status).toBe(200);
    expect(await json(ordered)).toMatchObject({
      status: 'completed',
      outcome: { kind: 'removal_ordered', inAbsentia: true },
    });
  });

  it('grants relief only on a granted application of that kind', async () => {
    const p = await json(await open(judge, relief.caseId));
    const id = p.id as string;
    const filed = await json(
      await judge.request('POST', `/api/v1/proceedings/${id}/applications`, {
        kind: 'asylum',
        filedAt: '2019-08-01T10:00:00Z',
      }),
    );
    const applicationId = (filed.applications as Array<{ id: string }>)[0]!.id;
    const early = await judge.request('POST', `/api/v1/proceedings/${id}/completion`, {
      outcome: { kind: 'relief_granted', relief: 'asylum' },
      at: '2019-08-30T10:00:00Z',
    });
    expect(early.status).toBe(409);
    const decided = await judge.request(
      'POST',
      `/api/v1/proceedings/${id}/applications/${applicationId}/decision`,
      { decision: 'granted', at: '2019-08-30T10:00:00Z' },
    );
    expect(decided.status).toBe(200);
    const wrongKind = await judge.request('POST', `/api/v1/proceedings/${id}/completion`, {
      outcome: { kind: 'relief_granted', relief: 'cat' },
      at: '2019-08-30T11:00:00Z',
    });
    expect(wrongKind.status).toBe(409);
    const granted = await judge.request('POST', `/api/v1/proceedings/${id}/completion`, {
      outcome: { kind: 'relief_granted', relief: 'asylum' },
      at: '2019-08-30T11:00:00Z',
    });
    expect(await json(granted)).toMatchObject({ outcome: { kind: 'relief_granted', relief: 'asylum' } });
  });

  it('refuses other roles with 403, and answers 404 without a basis exactly as for a missing record', async () => {
    for (const name of ['officer1', 'supervisor1', 'intake1', 'counsel1', 'admin1', 'analyst1']) {
      const caller = await signInAs(http, name);
      const refused = await open(caller, mpp.caseId);
      expect(refused.status, name).toBe(403);
      expect((await json(refused)).error?.code).toBe('FORBIDDEN');
    }
    expect((await open(anonymous(http), mpp.caseId)).status).toBe(401);

    const hidden = await open(miami, mpp.caseId);
    const missing = await open(miami, randomUUID());
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(await json(hidden)).toEqual(await json(missing));

    const reads = [
      [`/api/v1/proceedings/${proceedingId}`, `/api/v1/proceedings/${randomUUID()}`],
      [`/api/v1/cases/${chicago.caseId}/proceedings`, `/api/v1/cases/${randomUUID()}/proceedings`],
      [`/api/v1/cases/${chicago.caseId}/hearing-notices`, `/api/v1/cases/${randomUUID()}/hearing-notices`],
    ] as const;
    for (const [hiddenPath, missingPath] of reads) {
      const caller = hiddenPath.includes(chicago.caseId) ? judge : miami;
      const a = await caller.request('GET', hiddenPath);
      const b = await caller.request('GET', missingPath);
      expect([a.status, b.status], hiddenPath).toEqual([404, 404]);
      expect(await json(a)).toEqual(await json(b));
    }
    const otherCourt = await miami.request('POST', `/api/v1/proceedings/${proceedingId}/hearings`, {
      at: '2019-12-01T15:00:00Z',
      calendar: 'master',
      medium: 'video',
    });
    expect(otherCourt.status).toBe(404);
  });

  it('rejects unknown fields and malformed values field by field, and a court other than its own', async () => {
    const extra = await open(judge, mpp.caseId, { judgeName: 'x' });
    expect(extra.status).toBe(400);
    expect((await json(extra)).error?.details.issues).toEqual([
      expect.objectContaining({ in: 'body', field: 'judgeName' }),
    ]);
    const badCourt = await open(judge, mpp.caseId, { origin: 'change_of_venue', court: 'Chicago' });
    expect(badCourt.status).toBe(400);
    const notMine = await open(judge, mpp.caseId, { court: 'CHI' });
    expect(notMine.status).toBe(403);
    const badOutcome = await judge.request('POST', `/api/v1/proceedings/${proceedingId}/completion`, {
      outcome: { kind: 'pardoned' },
      at: '2019-08-20T17:00:00Z',
    });
    expect(badOutcome.status).toBe(400);
  });

  it('serves hearing notices, flags one without an address, and lists them for the court, office and counsel of record', async () => {
    // The Chicago court, before which the notice to appear put the case, changes venue to Houston.
    await addUser(world, 'judge.chi', 'court', 'CHI');
    const chi = await signInAs(http, 'judge.chi');
    const p = await json(await open(chi, chicago.caseId, { origin: 'change_of_venue', court: 'HOU' }));
    expect(p.court).toBe('HOU');
    const id = p.id as string;
    const scheduled = await json(
      await judge.request('POST', `/api/v1/proceedings/${id}/hearings`, {
        at: '2019-11-04T15:00:00Z',
        calendar: 'master',
        medium: 'in_person',
      }),
    );
    const hearing = (scheduled.hearings as Array<{ id: string }>)[0]!.id;
    const path = `/api/v1/proceedings/${id}/hearings/${hearing}/notices`;
    const served = await judge.request('POST', path, {
      method: 'mail',
      address: 'Albergue, Ciudad Juárez',
      servedAt: '2019-08-31T10:00:00Z',
    });
    expect(served.status).toBe(201);
    expect(await json(served)).toMatchObject({
      flagId: null,
      notice: { court: 'HOU', hearing: { id: hearing } },
    });
    const noAddress = await json(
      await judge.request('POST', path, {
        method: 'in_person',
        address: null,
        servedAt: '2019-09-01T10:00:00Z',
      }),
    );
    expect(noAddress.flagId).toEqual(expect.any(String));
    const missingAddressKey = await judge.request('POST', path, {
      method: 'mail',
      servedAt: '2019-09-01T10:00:00Z',
    });
    expect(missingAddressKey.status).toBe(400);
    const flag = await world.app.database.db
      .selectFrom('flags')
      .selectAll()
      .where('id', '=', noAddress.flagId as string)
      .executeTakeFirstOrThrow();
    expect([flag.kind, flag.case_id]).toEqual(['notice_without_address', chicago.caseId]);

    const counsel = await signInAs(http, 'counsel1');
    const notices = `/api/v1/cases/${chicago.caseId}/hearing-notices`;
    const before = await counsel.request('GET', notices);
    expect(before.status).toBe(404);
    const filed = value(
      await fileAppearanceNotice(world.app, world.users.counsel, {
        form: 'EOIR-28',
        aNumber: chicago.aNumber,
        consent: asAttachment(syntheticPdf()),
      }),
    );
    value(await acceptAppearanceNotice(world.app, world.users.court, filed.id, {}));
    for (const caller of [judge, counsel, await signInAs(http, 'supervisor1')]) {
      const listed = await caller.request('GET', notices);
      expect(listed.status).toBe(200);
      expect(((await json(listed)).items as Array<{ address: string | null }>).map((n) => n.address)).toEqual(
        ['Albergue, Ciudad Juárez', null],
      );
    }
    const logged = await world.app.database.db
      .selectFrom('disclosures')
      .select(['user_id', 'legal_basis'])
      .where('case_id', '=', chicago.caseId)
      .where('action', '=', 'read')
      .execute();
    expect(logged.map((l) => l.legal_basis).sort()).toEqual([
      'counsel-of-record',
      'court-of-record',
      'office-supervisor',
    ]);
  });

  it("reads the court's calendar between two dates, a page at a time, only for the court", async () => {
    const page = await judge.request('GET', '/api/v1/court/calendar?from=2019-08-01&to=2019-12-31&limit=1');
    expect(page.status).toBe(200);
    const first = await json(page);
    expect((first.items as Array<{ at: string; caseId: string }>).map((i) => [i.at, i.caseId])).toEqual([
      ['2019-08-20T15:00:00.000Z', mpp.caseId],
    ]);
    const next = await json(
      await judge.request(
        'GET',
        `/api/v1/court/calendar?from=2019-08-01&to=2019-12-31&limit=1&cursor=${first.nextCursor as string}`,
      ),
    );
    expect((next.items as Array<{ caseId: string }>).map((i) => i.caseId)).toEqual([chicago.caseId]);
    expect(next.nextCursor).toBeNull();
    expect(
      (await json(await miami.request('GET', '/api/v1/court/calendar?from=2019-08-01&to=2019-12-31'))).items,
    ).toEqual([]);
    expect(
      (
        await (
          await signInAs(http, 'officer1')
        ).request('GET', '/api/v1/court/calendar?from=2019-08-01&to=2019-12-31')
      ).status,
    ).toBe(403);
    expect((await judge.request('GET', '/api/v1/court/calendar?from=2019-08-01')).status).toBe(400);
  });

  it('lets the judge of the named court decide an IJ review, and no one else', async () => {
    const path = (id: string) => `/api/v1/screenings/${id}/ij-decision`;
    const body = { decision: 'vacated', at: '2019-08-07T10:00:00Z' };
    const hidden = await judge.request('POST', path(review.screeningId), body);
    const missing = await judge.request('POST', path(randomUUID()), body);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(await json(hidden)).toEqual(await json(missing));
    const officer = await signInAs(http, 'officer1');
    expect((await officer.request('POST', path(review.screeningId), body)).status).toBe(403);
    const decided = await miami.request('POST', path(review.screeningId), body);
    expect(decided.status).toBe(200);
    expect(await json(decided)).toMatchObject({
      screeningId: review.screeningId,
      status: 'ij_vacated',
      court: 'MIA',
      decision: 'vacated',
    });
    expect((await miami.request('POST', path(review.screeningId), body)).status).toBe(409);
  });

  it('leaves a ledger that verifies', async () => {
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
