// Bearer tokens over HTTP, on SQLite and PostgreSQL: an administrator creates one for a user (the secret once, in the
// 201 body) and lists them; the user lists and revokes their own; another user's token answers 404 like a missing one.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { bearer, signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';

interface TokenBody {
  id: string;
  userId: string;
  expiresAt: string | null;
  revokedAt: string | null;
}
interface ErrorBody {
  error: { code: string; details: { issues?: Array<{ field: string }> } };
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describeEachDialect('bearer tokens over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let admin: ApiCaller;
  // Each test moves the clock; the administrator signs in again at its new time (sessions end when idle).
  const at = async (instant: string) => {
    world.setNow(instant);
    admin = await signInAs(http, 'admin1');
  };
  beforeAll(async () => {
    world = await createTestWorld(dialect, '2021-05-01T10:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    await at('2021-05-01T10:00:00.000Z');
  });
  afterAll(async () => world.dispose());

  it('creates a token for a user, shown once; it works as a bearer and lists without its secret', async () => {
    const created = await admin.request('POST', `/api/v1/users/${world.users.analyst}/tokens`, {
      expiresInDays: 30,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const body = await json<{ token: string; summary: TokenBody }>(created);
    expect(body.token).toMatch(/^rfg_[A-Za-z0-9_-]{43}$/);
    expect(body.summary).toMatchObject({
      userId: world.users.analyst,
      expiresAt: '2021-05-31T10:00:00.000Z',
    });
    const me = await bearer(http, body.token).request('GET', '/api/v1/session');
    expect(await json<{ user: { name: string } }>(me)).toMatchObject({ user: { name: 'analyst1' } });

    const listed = await admin.request('GET', `/api/v1/users/${world.users.analyst}/tokens`);
    expect(listed.status).toBe(200);
    const page = await json<{ items: TokenBody[]; nextCursor: null }>(listed);
    expect(page.items.map((t) => t.id)).toEqual([body.summary.id]);
    expect(JSON.stringify(page)).not.toContain(body.token.slice(4));
    const own = await json<{ items: TokenBody[] }>(
      await bearer(http, body.token).request('GET', '/api/v1/tokens'),
    );
    expect(own.items.map((t) => t.id)).toEqual([body.summary.id]);
  });

  it('pages a long list newest first without repeating a token', async () => {
    const ids: string[] = [];
    await at('2021-05-02T10:00:00.000Z');
    for (let i = 0; i < 5; i++) {
      world.setNow(`2021-05-02T10:0${i}:00.000Z`);
      const created = await json<{ summary: TokenBody }>(
        await admin.request('POST', `/api/v1/users/${world.users.court}/tokens`, { expiresInDays: 1 }),
      );
      ids.unshift(created.summary.id);
    }
    const first = await json<{ items: TokenBody[]; nextCursor: string }>(
      await admin.request('GET', `/api/v1/users/${world.users.court}/tokens?limit=3`),
    );
    const second = await json<{ items: TokenBody[]; nextCursor: string | null }>(
      await admin.request(
        'GET',
        `/api/v1/users/${world.users.court}/tokens?limit=3&cursor=${first.nextCursor}`,
      ),
    );
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(ids);
    expect(second.nextCursor).toBeNull();
  });

  it('lets a user revoke their own token, and answers another user\u2019s exactly like a missing one', async () => {
    await at('2021-05-03T10:00:00.000Z');
    const created = await json<{ token: string; summary: TokenBody }>(
      await admin.request('POST', `/api/v1/users/${world.users.officer}/tokens`, { expiresInDays: 10 }),
    );
    const officer2 = await signInAs(http, 'officer2');
    const foreign = await officer2.request('DELETE', `/api/v1/tokens/${created.summary.id}`);
    const missing = await officer2.request('DELETE', `/api/v1/tokens/${crypto.randomUUID()}`);
    expect(foreign.status).toBe(404);
    expect(await json<ErrorBody>(foreign)).toEqual(await json<ErrorBody>(missing));
    expect((await bearer(http, created.token).request('GET', '/api/v1/session')).status).toBe(200);

    const officer1 = await signInAs(http, 'officer1');
    const revoked = await officer1.request('DELETE', `/api/v1/tokens/${created.summary.id}`);
    expect(revoked.status).toBe(200);
    expect((await json<TokenBody>(revoked)).revokedAt).toBe('2021-05-03T10:00:00.000Z');
    expect((await bearer(http, created.token).request('GET', '/api/v1/session')).status).toBe(401);
    expect((await officer1.request('DELETE', `/api/v1/tokens/${created.summary.id}`)).status).toBe(409);
  });

  it('lets an administrator revoke anyone\u2019s token', async () => {
    const created = await json<{ summary: TokenBody }>(
      await admin.request('POST', `/api/v1/users/${world.users.intake}/tokens`, { expiresInDays: 10 }),
    );
    expect((await admin.request('DELETE', `/api/v1/tokens/${created.summary.id}`)).status).toBe(200);
  });

  it('refuses non-admins the admin routes (403), bad input (400) and an unknown user (404)', async () => {
    for (const name of ['officer1', 'supervisor1', 'analyst1', 'counsel1']) {
      const caller = await signInAs(http, name);
      const create = await caller.request('POST', `/api/v1/users/${world.users.officer}/tokens`, {
        expiresInDays: 1,
      });
      expect(create.status, name).toBe(403);
      expect((await caller.request('GET', `/api/v1/users/${world.users.officer}/tokens`)).status, name).toBe(
        403,
      );
    }
    const zero = await admin.request('POST', `/api/v1/users/${world.users.officer}/tokens`, {
      expiresInDays: 0,
    });
    expect(zero.status).toBe(400);
    expect((await json<ErrorBody>(zero)).error.details.issues).toEqual([
      expect.objectContaining({ field: 'expiresInDays' }),
    ]);
    const extra = await admin.request('POST', `/api/v1/users/${world.users.officer}/tokens`, {
      scope: 'all',
    });
    expect((await json<ErrorBody>(extra)).error.details.issues).toEqual([
      expect.objectContaining({ field: 'scope' }),
    ]);
    expect((await admin.request('POST', `/api/v1/users/${crypto.randomUUID()}/tokens`, {})).status).toBe(404);
    expect((await admin.request('GET', `/api/v1/users/${crypto.randomUUID()}/tokens`)).status).toBe(404);
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
