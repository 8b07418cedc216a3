// Counsel's routes over HTTP, on both dialects: a notice of appearance answered the same way whether or not its
// A-number has a case; the office (G-28) and the court (EOIR-28) answering it; counsel seeing the client's case,
// hearing notices and filings only between acceptance and withdrawal; downloads checked and logged; refusals by
// role (403), hidden records answered like missing ones (404), unknown fields (400), oversized attachments (413).
import { createHash, randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import {
  addUser,
  asAttachment,
  freshANumber,
  openMppCase,
  syntheticPdf,
} from '../../../../test/court-cases.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { CONSENT_MAX_BYTES } from '../../../domain/representation/attachment.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';

type Json = Record<string, unknown> & {
  error?: { code: string; message: string; details: Record<string, unknown> };
};
const json = async (response: Response) => (await response.json()) as Json;

describeEachDialect('counsel routes', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let counsel: ApiCaller;
  let intake: ApiCaller;
  let judge: ApiCaller;
  let mpp: { caseId: string; aNumber: string };
  let g28: string;
  let filingId: string;
  const consent = syntheticPdf(2048);

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    await addUser(world, 'counsel2', 'counsel', null);
    await addUser(world, 'intake.elp', 'intake', 'ELP');
    mpp = await openMppCase(world, 'HOU');
    counsel = await signInAs(http, 'counsel1');
    intake = await signInAs(http, 'intake1');
    judge = await signInAs(http, 'judge1');
  });
  afterAll(async () => world.dispose());

  const fileNotice = (
    caller: ApiCaller,
    aNumber: string,
    form = 'G-28',
    attachment = asAttachment(consent),
  ) => caller.request('POST', '/api/v1/appearances', { form, aNumber, consent: attachment });
  const expectSame404 = async (
    caller: ApiCaller,
    method: string,
    hidden: string,
    missing: string,
    body?: unknown,
  ) => {
    const a = await caller.request(method, hidden, body);
    const b = await caller.request(method, missing, body);
    expect([a.status, b.status], hidden).toEqual([404, 404]);
    expect(await json(a)).toEqual(await json(b));
  };

  it('answers a notice for an A-number with a case exactly as one for an A-number without', async () => {
    const existing = await fileNotice(counsel, mpp.aNumber);
    const nonexistent = await fileNotice(counsel, freshANumber());
    expect([existing.status, nonexistent.status]).toEqual([202, 202]);
    const a = await json(existing);
    const b = await json(nonexistent);
    const masked = (body: Json) => ({ ...body, id: 'id', aNumber: 'a-number' });
    expect(masked(a)).toEqual(masked(b));
    expect(a).toMatchObject({
      status: 'pending',
      caseId: null,
      consent: { sha256: createHash('sha256').update(consent).digest('hex'), sizeBytes: 2048 },
    });
    g28 = a.id as string;
    const rows = await world.app.database.db
      .selectFrom('appearance_notices')
      .select(['id', 'case_id'])
      .where('id', 'in', [a.id as string, b.id as string])
      .execute();
    expect(rows.map((r) => r.case_id).sort()).toEqual([mpp.caseId, null].sort());
  });

  it('keeps the case from counsel while the notice is pending', async () => {
    await expectSame404(
      counsel,
      'GET',
      `/api/v1/cases/${mpp.caseId}/hearing-notices`,
      `/api/v1/cases/${randomUUID()}/hearing-notices`,
    );
    expect((await json(await counsel.request('GET', '/api/v1/counsel/clients'))).items).toEqual([]);
  });

  it("shows the G-28 to the office's intake, not to the court or another office, and only they answer it", async () => {
    const pending = (caller: ApiCaller) =>
      caller
        .request('GET', '/api/v1/appearances/pending')
        .then(json)
        .then((b) => b.items as Array<{ id: string }>);
    expect((await pending(intake)).map((n) => n.id)).toEqual([g28]);
    expect(await pending(judge)).toEqual([]);
    const elp = await signInAs(http, 'intake.elp');
    expect(await pending(elp)).toEqual([]);
    expect((await counsel.request('GET', '/api/v1/appearances/pending')).status).toBe(403);

    const accept = (id: string) => `/api/v1/appearances/${id}/acceptance`;
    expect((await (await signInAs(http, 'officer1')).request('POST', accept(g28), {})).status).toBe(403);
    expect((await counsel.request('POST', accept(g28), {})).status).toBe(403);
    // The court sees the case (its notice to appear names the court) but a G-28 is the office's to answer.
    expect((await judge.request('POST', accept(g28), {})).status).toBe(403);
    await expectSame404(elp, 'POST', accept(g28), accept(randomUUID()), {});
    const orphan = (
      await world.app.database.db
        .selectFrom('appearance_notices')
        .select('id')
        .where('case_id', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;
    await expectSame404(intake, 'POST', accept(orphan), accept(randomUUID()), {});

    const download = await intake.request('GET', `/api/v1/appearances/${g28}/consent`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(consent)).toBe(true);
    expect(download.headers.get('x-content-sha256')).toBe(createHash('sha256').update(consent).digest('hex'));

    const unknown = await intake.request('POST', accept(g28), { note: 'ok', approvedBy: 'me' });
    expect(unknown.status).toBe(400);
    const accepted = await intake.request('POST', accept(g28), { note: 'Consent signed and dated.' });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ status: 'accepted', caseId: mpp.caseId });
    expect((await intake.request('POST', accept(g28), {})).status).toBe(409);
  });

  it("gives counsel of record the client's case: clients, hearing notices, filings", async () => {
    const clients = await json(await counsel.request('GET', '/api/v1/counsel/clients'));
    expect(clients.items).toEqual([
      expect.objectContaining({
        caseId: mpp.caseId,
        status: 'open',
        person: { aNumber: mpp.aNumber, familyName: 'SYNTHETIC', givenName: 'COURT' },
        nextHearing: null,
      }),
    ]);
    expect((await counsel.request('GET', `/api/v1/cases/${mpp.caseId}/hearing-notices`)).status).toBe(200);
    const mine = await json(await counsel.request('GET', '/api/v1/appearances/mine'));
    expect(
      (mine.items as Array<{ id: string; caseId: string | null }>).find((n) => n.id === g28)?.caseId,
    ).toBe(mpp.caseId);

    const brief = syntheticPdf(5000);
    const filed = await counsel.request('POST', `/api/v1/cases/${mpp.caseId}/filings`, {
      kind: 'brief',
      title: 'Brief on the particular social group',
      document: asAttachment(brief),
    });
    expect(filed.status).toBe(201);
    filingId = (await json(filed)).id as string;
    for (const caller of [judge, intake, counsel, await signInAs(http, 'supervisor1')]) {
      const listed = await json(await caller.request('GET', `/api/v1/cases/${mpp.caseId}/filings`));
      expect((listed.items as Array<{ id: string }>).map((f) => f.id)).toEqual([filingId]);
    }
    const content = await judge.request('GET', `/api/v1/filings/${filingId}/content`);
    expect(content.status).toBe(200);
    expect(Buffer.from(await content.arrayBuffer()).equals(brief)).toBe(true);
    const other = await signInAs(http, 'counsel2');
    await expectSame404(
      other,
      'GET',
      `/api/v1/filings/${filingId}/content`,
      `/api/v1/filings/${randomUUID()}/content`,
    );
    expect(
      (
        await judge.request('POST', `/api/v1/cases/${mpp.caseId}/filings`, {
          kind: 'brief',
          title: 'x',
          document: asAttachment(brief),
        })
      ).status,
    ).toBe(403);
    const reads = await world.app.database.db
      .selectFrom('disclosures')
      .select(['subject', 'legal_basis'])
      .where('case_id', '=', mpp.caseId)
      .where('user_id', '=', world.users.court)
      .execute();
    expect(reads).toContainEqual({ subject: 'filing', legal_basis: 'court-of-record' });
  });

  it('refuses an attachment over its limit (413), a mislabelled one and malformed base64 (400)', async () => {
    const overLimit = Buffer.concat([syntheticPdf(CONSENT_MAX_BYTES), Buffer.from('x')]);
    const tooLarge = await fileNotice(counsel, freshANumber(), 'EOIR-28', asAttachment(overLimit));
    expect(tooLarge.status).toBe(413);
    expect((await json(tooLarge)).error?.code).toBe('PAYLOAD_TOO_LARGE');
    const overBody = await fileNotice(
      counsel,
      freshANumber(),
      'EOIR-28',
      asAttachment(syntheticPdf(3 * 1024 * 1024)),
    );
    expect(overBody.status).toBe(413);
    const mislabelled = await fileNotice(
      counsel,
      freshANumber(),
      'EOIR-28',
      asAttachment(consent, 'image/png'),
    );
    expect(mislabelled.status).toBe(400);
    const notBase64 = await fileNotice(counsel, freshANumber(), 'EOIR-28', {
      mediaType: 'application/pdf',
      contentBase64: '<script>alert(1)</script>',
    });
    expect(notBase64.status).toBe(400);
    const unknown = await counsel.request('POST', '/api/v1/appearances', {
      form: 'G-28',
      aNumber: freshANumber(),
      consent: asAttachment(consent),
      clientName: 'x',
    });
    expect((await json(unknown)).error?.details.issues).toEqual([
      expect.objectContaining({ in: 'body', field: 'clientName' }),
    ]);
    expect((await intake.request('POST', '/api/v1/appearances', {})).status).toBe(403);
  });

  it('lets the court reject an EOIR-28 with a reason counsel reads', async () => {
    const filed = await json(await fileNotice(counsel, mpp.aNumber, 'EOIR-28'));
    const rejected = await judge.request('POST', `/api/v1/appearances/${filed.id as string}/rejection`, {
      reason: 'The consent is not signed by the respondent; file it again with the signature.',
    });
    expect(rejected.status).toBe(200);
    const mine = await json(await counsel.request('GET', '/api/v1/appearances/mine'));
    const shown = (mine.items as Array<{ id: string; status: string; review: { reason: string } }>).find(
      (n) => n.id === filed.id,
    );
    expect(shown).toMatchObject({ status: 'rejected', caseId: null });
    expect(shown?.review.reason).toMatch(/not signed/);
  });

  it('ends counsel\u2019s access when counsel withdraws, and only counsel may withdraw their own notice', async () => {
    const other = await signInAs(http, 'counsel2');
    const withdraw = (id: string) => `/api/v1/appearances/${id}/withdrawal`;
    await expectSame404(other, 'POST', withdraw(g28), withdraw(randomUUID()), {});
    expect((await intake.request('POST', withdraw(g28), {})).status).toBe(403);
    const withdrawn = await counsel.request('POST', withdraw(g28), {
      reason: 'The client retained other counsel.',
    });
    expect(withdrawn.status).toBe(200);
    expect(await json(withdrawn)).toMatchObject({ status: 'withdrawn', caseId: null });
    await expectSame404(
      counsel,
      'GET',
      `/api/v1/cases/${mpp.caseId}/hearing-notices`,
      `/api/v1/cases/${randomUUID()}/hearing-notices`,
    );
    await expectSame404(
      counsel,
      'GET',
      `/api/v1/filings/${filingId}/content`,
      `/api/v1/filings/${randomUUID()}/content`,
    );
    expect((await json(await counsel.request('GET', '/api/v1/counsel/clients'))).items).toEqual([]);
  });

  it('records every act as a signed event, and the ledger verifies', async () => {
    const types = (
      await world.app.database.db
        .selectFrom('ledger_events')
        .select('type')
        .where('type', 'like', 'representation.%')
        .execute()
    ).map((e) => e.type);
    expect(new Set(types)).toEqual(
      new Set([
        'representation.requested',
        'representation.accepted',
        'representation.rejected',
        'representation.ended',
      ]),
    );
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
