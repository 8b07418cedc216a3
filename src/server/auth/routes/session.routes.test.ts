// Sessions and tokens through the HTTP API: sign-in, the cookie's attributes, CSRF, sign-out, inactivity and
// absolute expiry, lock-out and address slowing, bearer tokens (expired, revoked, disabled user), and the upgrade
// of an old scrypt hash. On SQLite and PostgreSQL.
import { randomBytes, scryptSync } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous, bearer, signInAs, TEST_PASSWORD } from '../../../../test/http-client.ts';
import { addHours } from '../../../domain/time.ts';
import { createHttpApp } from '../../http/app.ts';
import { findUserByName } from '../../users/user.repository.ts';
import { createApiToken, revokeApiTokenById } from '../api-token.service.ts';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';

const T0 = '2020-03-02T09:00:00.000Z';
const minutes = (m: number) => addHours(T0, m / 60);
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describeEachDialect('sessions and tokens over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  beforeAll(async () => {
    world = await createTestWorld(dialect, T0);
    http = createHttpApp(world.app, { isDemo: false });
  });
  afterAll(async () => world.dispose());

  it('signs in with an HttpOnly SameSite=Strict cookie and a CSRF token, and knows the user after', async () => {
    world.setNow(T0);
    const response = await anonymous(http).request('POST', '/api/v1/session', {
      name: 'officer1',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(201);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^refuge_session=rfs_[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = (await response.json()) as { user: { name: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ name: 'officer1', role: 'officer', office: 'HOU' });
    const me = await (await signInAs(http, 'officer1')).request('GET', '/api/v1/session');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { name: 'officer1' }, credential: 'session' });
  });

  it('answers a wrong password and an unknown name with the same 401', async () => {
    world.setNow(minutes(1));
    const wrong = await anonymous(http, from('10.9.0.1')).request('POST', '/api/v1/session', {
      name: 'supervisor1',
      password: 'not the password',
    });
    const unknown = await anonymous(http, from('10.9.0.1')).request('POST', '/api/v1/session', {
      name: 'nobody-here',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('refuses a state-changing request without the CSRF token, and signs out with it', async () => {
    world.setNow(minutes(2));
    const caller = await signInAs(http, 'intake1');
    const withoutToken = await http.request('/api/v1/session', {
      method: 'DELETE',
      headers: { cookie: caller.cookie! },
    });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as { error: { message: string } }).error.message).toMatch(/CSRF/);
    const wrongToken = await caller.request('DELETE', '/api/v1/session', undefined, {
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrongToken.status).toBe(403);
    expect((await caller.request('DELETE', '/api/v1/session')).status).toBe(204);
    const after = await caller.request('GET', '/api/v1/session');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after 30 minutes without a request, and after 12 hours however active', async () => {
    world.setNow(minutes(10));
    const idle = await signInAs(http, 'officer2');
    world.setNow(minutes(10 + 29));
    expect((await idle.request('GET', '/api/v1/session')).status).toBe(200);
    world.setNow(minutes(10 + 29 + 31));
    expect((await idle.request('GET', '/api/v1/session')).status).toBe(401);

    world.setNow(minutes(100));
    const busy = await signInAs(http, 'officer2');
    for (let m = 100; m < 100 + 12 * 60; m += 20) {
      world.setNow(minutes(m));
      expect((await busy.request('GET', '/api/v1/session')).status).toBe(200);
    }
    world.setNow(minutes(100 + 12 * 60 + 5));
    expect((await busy.request('GET', '/api/v1/session')).status).toBe(401);
  });

  it('locks an account after 5 failures for 15 minutes, even for the right password, then lets it in', async () => {
    const t = 2000;
    world.setNow(minutes(t));
    for (let i = 0; i < 5; i++) {
      const r = await anonymous(http, from(`10.1.0.${i}`)).request('POST', '/api/v1/session', {
        name: 'judge1',
        password: `wrong ${i}`,
      });
      expect(r.status).toBe(401);
    }
    const locked = await anonymous(http, from('10.1.0.9')).request('POST', '/api/v1/session', {
      name: 'judge1',
      password: TEST_PASSWORD,
    });
    expect(locked.status).toBe(429);
    const body = (await locked.json()) as { error: { code: string; details: { retryAfter: string } } };
    expect(body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(body.error.details.retryAfter).toBe(minutes(t + 15));
    world.setNow(minutes(t + 16));
    expect((await signInAs(http, 'judge1', from('10.1.0.9'))).cookie).toMatch(/^refuge_session=/);
  });

  it('refuses an address after 20 failures in 15 minutes, whatever the names, and not other addresses', async () => {
    const t = 3000;
    world.setNow(minutes(t));
    for (let i = 0; i < 20; i++) {
      const r = await anonymous(http, from('10.2.0.1')).request('POST', '/api/v1/session', {
        name: `guess-${i}`,
        password: 'guess',
      });
      expect(r.status).toBe(401);
    }
    const slowed = await anonymous(http, from('10.2.0.1')).request('POST', '/api/v1/session', {
      name: 'counsel1',
      password: TEST_PASSWORD,
    });
    expect(slowed.status).toBe(429);
    expect((await signInAs(http, 'counsel1', from('10.2.0.2'))).cookie).toBeTruthy();
  });

  it('accepts a bearer token until it is revoked or expires, and never for a disabled account', async () => {
    world.setNow(minutes(5000));
    const created = await createApiToken(world.app, SYSTEM_ACTOR_ID, {
      userName: 'analyst1',
      expiresInDays: 2,
    });
    if (!created.ok) throw created.error;
    const { token, summary } = created.value;
    expect(token).toMatch(/^rfg_[A-Za-z0-9_-]{43}$/);
    const stored = await world.app.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', summary.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    const caller = bearer(http, token);
    const me = await caller.request('GET', '/api/v1/session');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      user: { name: 'analyst1' },
      credential: 'token',
      csrfToken: null,
    });
    world.setNow(addHours(minutes(5000), 49));
    expect((await caller.request('GET', '/api/v1/session')).status).toBe(401);

    world.setNow(minutes(8000));
    const second = await createApiToken(world.app, SYSTEM_ACTOR_ID, {
      userName: 'analyst1',
      expiresInDays: 30,
    });
    if (!second.ok) throw second.error;
    expect((await bearer(http, second.value.token).request('GET', '/api/v1/session')).status).toBe(200);
    expect((await revokeApiTokenById(world.app, SYSTEM_ACTOR_ID, second.value.summary.id)).ok).toBe(true);
    expect((await bearer(http, second.value.token).request('GET', '/api/v1/session')).status).toBe(401);
    expect((await bearer(http, 'rfg_' + 'A'.repeat(43)).request('GET', '/api/v1/session')).status).toBe(401);
    expect((await bearer(http, 'not-a-token').request('GET', '/api/v1/session')).status).toBe(401);
  });

  it('verifies an old scrypt hash at sign-in and replaces it with argon2id', async () => {
    world.setNow(minutes(9000));
    const salt = randomBytes(16);
    const legacy = `scrypt$16384$8$1$${salt.toString('base64')}$${scryptSync(TEST_PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')}`;
    await world.app.database.db
      .updateTable('users')
      .set({ password_hash: legacy })
      .where('name', '=', 'supervisor2')
      .execute();
    await signInAs(http, 'supervisor2');
    const user = await findUserByName(world.app.database.db, 'supervisor2');
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
    await signInAs(http, 'supervisor2');
  });

  it('rejects unknown fields and malformed bodies field by field', async () => {
    const extra = await anonymous(http).request('POST', '/api/v1/session', {
      name: 'a',
      password: 'b',
      admin: true,
    });
    expect(extra.status).toBe(400);
    const body = (await extra.json()) as {
      error: { code: string; details: { issues: Array<{ field: string }> } };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.issues).toEqual([expect.objectContaining({ in: 'body', field: 'admin' })]);
    const junk = await anonymous(http).request('POST', '/api/v1/session', '{not json');
    expect(junk.status).toBe(400);
    expect(((await junk.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
  });
});
