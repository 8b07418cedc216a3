// Policy dissent over HTTP, on SQLite and PostgreSQL: filing with attachments, who sees a dissent (its filer and the
// reviewers; the filer's supervisor and everyone else get the 404 of a missing one), the reviewers' queue with its
// 60-day deadline, the written answer, the downloads, the size limits, the access log and the signed ledger.
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, designateDissentReviewers, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs } from '../../../../test/http-client.ts';
import { addDays } from '../../../domain/time.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';
import { attachmentDisposition } from './get-dissent-attachment.route.ts';

interface DissentBody {
  id: string;
  policy: string;
  text: string;
  filer: { id: string; name: string };
  dueAt: string;
  status: string;
  isOverdue: boolean;
  answer: { text: string; by: { name: string } } | null;
  attachments: Array<{ id: string; fileName: string; sizeBytes: number; sha256: string }>;
}
interface ErrorBody {
  error: { code: string; message: string; details: { issues?: Array<{ field: string }>; field?: string } };
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const T0 = '2020-01-15T12:00:00.000Z';
const memo = Buffer.from('%PDF-1.4 synthetic memo about a synthetic policy\n');

describeEachDialect('policy dissent over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let dissent: DissentBody;
  const as = (name: string) => signInAs(http, name);
  beforeAll(async () => {
    world = await createTestWorld(dialect, T0);
    http = createHttpApp(world.app, { isDemo: false });
    await designateDissentReviewers(world, world.users.supervisor2, world.users.analyst);
  });
  afterAll(async () => world.dispose());

  it('files a dissent with an attachment: due in 60 days, the digest kept, a signed event by the filer', async () => {
    const officer = await as('officer1');
    const response = await officer.request('POST', '/api/v1/dissents', {
      policy: '  MPP   Guiding Principles ',
      text: 'Returning people to danger contradicts our non-refoulement obligations.',
      attachments: [
        { fileName: 'memo.pdf', mediaType: 'application/pdf', contentBase64: memo.toString('base64') },
      ],
    });
    expect(response.status).toBe(201);
    dissent = await json<DissentBody>(response);
    expect(dissent).toMatchObject({
      policy: 'MPP Guiding Principles',
      filer: { id: world.users.officer, name: 'officer1' },
      dueAt: addDays(T0, 60),
      status: 'open',
      isOverdue: false,
      answer: null,
    });
    expect(dissent.attachments).toEqual([
      expect.objectContaining({
        fileName: 'memo.pdf',
        sizeBytes: memo.length,
        sha256: createHash('sha256').update(memo).digest('hex'),
      }),
    ]);
    const event = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['actor_id', 'case_id', 'payload'])
      .where('type', '=', 'dissent.filed')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: world.users.officer, case_id: null });
    expect(JSON.parse(event.payload)).toMatchObject({
      dissentId: dissent.id,
      policy: 'MPP Guiding Principles',
    });
  });

  it('shows it to the filer and the reviewers only; the filer\u2019s supervisor and others get a missing dissent\u2019s 404', async () => {
    for (const name of ['officer1', 'supervisor2', 'analyst1']) {
      const response = await (await as(name)).request('GET', `/api/v1/dissents/${dissent.id}`);
      expect(response.status, name).toBe(200);
      expect((await json<DissentBody>(response)).filer.name, name).toBe('officer1');
    }
    for (const name of ['supervisor1', 'officer2', 'admin1']) {
      const caller = await as(name);
      const hidden = await caller.request('GET', `/api/v1/dissents/${dissent.id}`);
      const missing = await caller.request('GET', `/api/v1/dissents/${crypto.randomUUID()}`);
      expect(hidden.status, name).toBe(404);
      expect(await hidden.text(), name).toBe(await missing.text());
      const listed = await json<{ items: unknown[] }>(await caller.request('GET', '/api/v1/dissents'));
      expect(listed.items, name).toEqual([]);
    }
    for (const name of ['intake1', 'judge1', 'counsel1']) {
      const response = await (await as(name)).request('GET', `/api/v1/dissents/${dissent.id}`);
      expect(response.status, name).toBe(403);
    }
  });

  it('downloads an attachment as an octet-stream attachment, for filer and reviewer only', async () => {
    const path = `/api/v1/dissents/${dissent.id}/attachments/${dissent.attachments[0]!.id}`;
    for (const name of ['officer1', 'supervisor2']) {
      const response = await (await as(name)).request('GET', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-disposition')).toBe(attachmentDisposition('memo.pdf'));
      expect(response.headers.get('refuge-media-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(memo);
    }
    const supervisor = await as('supervisor1');
    const hidden = await supervisor.request('GET', path);
    const missing = await supervisor.request(
      'GET',
      `/api/v1/dissents/${dissent.id}/attachments/${crypto.randomUUID()}`,
    );
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe(await missing.text());
  });

  it('logs every reviewer read (no case, the dissent named), never the filer\u2019s own', async () => {
    const rows = await world.app.database.db
      .selectFrom('disclosures')
      .select(['user_id', 'case_id', 'subject', 'subject_id', 'legal_basis', 'action'])
      .where('subject', '=', 'dissent')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows)
      expect(row).toMatchObject({
        case_id: null,
        subject_id: dissent.id,
        legal_basis: 'dissent-reviewer',
        action: 'read',
      });
    expect(new Set(rows.map((r) => r.user_id))).toEqual(
      new Set([world.users.supervisor2, world.users.analyst]),
    );
  });

  it('answers in writing once, by a reviewer who is not the filer; the filer sees the answer', async () => {
    const filer = await as('officer1');
    expect(
      (await filer.request('POST', `/api/v1/dissents/${dissent.id}/answer`, { text: 'I agree.' })).status,
    ).toBe(403);
    const supervisor = await as('supervisor1');
    const hidden = await supervisor.request('POST', `/api/v1/dissents/${dissent.id}/answer`, { text: 'No.' });
    const missing = await supervisor.request('POST', `/api/v1/dissents/${crypto.randomUUID()}/answer`, {
      text: 'No.',
    });
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe(await missing.text());

    const reviewer = await as('supervisor2');
    const own = await json<DissentBody>(
      await reviewer.request('POST', '/api/v1/dissents', {
        policy: 'Interview guidance',
        text: 'Too short.',
      }),
    );
    const selfAnswer = await reviewer.request('POST', `/api/v1/dissents/${own.id}/answer`, { text: 'Fine.' });
    expect(selfAnswer.status).toBe(403);
    expect((await json<ErrorBody>(selfAnswer)).error.message).toMatch(/another reviewer/);

    const answered = await reviewer.request('POST', `/api/v1/dissents/${dissent.id}/answer`, {
      text: 'The guidance will be revised to add a screening before return.',
    });
    expect(answered.status).toBe(200);
    expect(await json<DissentBody>(answered)).toMatchObject({
      status: 'answered',
      answer: { by: { name: 'supervisor2' } },
    });
    expect(
      (await reviewer.request('POST', `/api/v1/dissents/${dissent.id}/answer`, { text: 'Again.' })).status,
    ).toBe(409);
    const seen = await json<DissentBody>(await filer.request('GET', `/api/v1/dissents/${dissent.id}`));
    expect(seen.answer?.text).toMatch(/will be revised/);
    const event = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['actor_id', 'payload'])
      .where('type', '=', 'dissent.answered')
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBe(world.users.supervisor2);
  });

  it('queues open dissents for reviewers, oldest due first, overdue past 60 days; others may not see the queue', async () => {
    world.setNow('2020-02-01T09:00:00.000Z');
    const second = await json<DissentBody>(
      await (
        await as('officer2')
      ).request('POST', '/api/v1/dissents', { policy: 'Port guidance', text: 'Unsafe.' }),
    );
    world.setNow(addDays(T0, 61));
    const queue = await json<{ items: Array<{ id: string; isOverdue: boolean; filer: { name: string } }> }>(
      await (await as('analyst1')).request('GET', '/api/v1/dissents?view=review'),
    );
    const ownOfReviewer = queue.items.find((i) => i.filer.name === 'supervisor2');
    expect(queue.items.map((i) => i.id)).toEqual([ownOfReviewer!.id, second.id]);
    expect(queue.items.map((i) => i.isOverdue)).toEqual([true, false]);
    const forbidden = await (await as('supervisor1')).request('GET', '/api/v1/dissents?view=review');
    expect(forbidden.status).toBe(403);
    const mine = await json<{ items: Array<{ id: string }> }>(
      await (await as('officer1')).request('GET', '/api/v1/dissents'),
    );
    expect(mine.items.map((i) => i.id)).toEqual([dissent.id]);
  });

  describe('input limits', () => {
    const file = (contentBase64: string) => ({
      fileName: 'a.bin',
      mediaType: 'application/octet-stream',
      contentBase64,
    });
    const post = async (body: unknown) => (await as('officer1')).request('POST', '/api/v1/dissents', body);

    it('refuses unknown fields, too many attachments, bad base64, and an attachment over 2 MiB', async () => {
      const extra = await post({ policy: 'p', text: 't', anonymous: true });
      expect(extra.status).toBe(400);
      expect((await json<ErrorBody>(extra)).error.details.issues).toEqual([
        expect.objectContaining({ field: 'anonymous' }),
      ]);
      const many = await post({ policy: 'p', text: 't', attachments: [1, 2, 3, 4].map(() => file('AAAA')) });
      expect((await json<ErrorBody>(many)).error.details.issues).toEqual([
        expect.objectContaining({ field: 'attachments' }),
      ]);
      const junk = await post({ policy: 'p', text: 't', attachments: [file('not base64!')] });
      expect((await json<ErrorBody>(junk)).error.details.issues).toEqual([
        expect.objectContaining({ field: 'attachments.0.contentBase64' }),
      ]);
      const tooLong = await post({
        policy: 'p',
        text: 't',
        attachments: [file(Buffer.alloc(2 * 1024 * 1024 + 3).toString('base64'))],
      });
      expect(tooLong.status).toBe(400);
      expect((await json<ErrorBody>(tooLong)).error.details.issues).toEqual([
        expect.objectContaining({ field: 'attachments.0.contentBase64' }),
      ]);
      const oneByteOver = await post({
        policy: 'p',
        text: 't',
        attachments: [
          file(
            Buffer.alloc(2 * 1024 * 1024 + 1)
              .toString('base64')
              .replace(/=+$/, ''),
          ),
        ],
      });
      expect(oneByteOver.status).toBe(400);
      expect((await json<ErrorBody>(oneByteOver)).error.details.field).toBe('attachments.0.contentBase64');
    });

    it('accepts three attachments of exactly 2 MiB, and refuses a body over the limit with 413', async () => {
      const full = Buffer.alloc(2 * 1024 * 1024, 7).toString('base64');
      const accepted = await post({ policy: 'Big', text: 't', attachments: [full, full, full].map(file) });
      expect(accepted.status).toBe(201);
      expect((await json<DissentBody>(accepted)).attachments.map((a) => a.sizeBytes)).toEqual([
        2097152, 2097152, 2097152,
      ]);
      const huge = await post({ policy: 'p', text: 'x'.repeat(10 * 1024 * 1024) });
      expect(huge.status).toBe(413);
      expect((await json<ErrorBody>(huge)).error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  it('leaves a ledger that verifies', async () => {
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
