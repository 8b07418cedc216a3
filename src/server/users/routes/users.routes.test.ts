// Account administration over HTTP, on SQLite and PostgreSQL: the list without secrets, creating an account,
// disabling it (its sessions and tokens end at once), enabling, re-roling (sessions end), dissent reviewers, the
// last administrator kept, and every refusal in the one error shape.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { bearer, signInAs, TEST_PASSWORD, type ApiCaller } from '../../../../test/http-client.ts';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';
import { createApiToken } from '../../auth/api-token.service.ts';
import { createHttpApp } from '../../http/app.ts';
import { verifyLedger } from '../../ledger/ledger.verify.ts';

interface AccountBody {
  id: string;
  name: string;
  role: string;
  office: string | null;
  isDisabled: boolean;
  isDissentReviewer: boolean;
}
interface ErrorBody {
  error: { code: string; message: string; details: { issues?: Array<{ field: string }> } };
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describeEachDialect('user administration over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let admin: ApiCaller;
  beforeAll(async () => {
    world = await createTestWorld(dialect);
    http = createHttpApp(world.app, { isDemo: false });
    admin = await signInAs(http, 'admin1');
  });
  afterAll(async () => world.dispose());

  it('lists accounts by name, a page at a time, without keys or hashes and without the system actor', async () => {
    const first = await admin.request('GET', '/api/v1/users?limit=4');
    expect(first.status).toBe(200);
    const page = await json<{ items: AccountBody[]; nextCursor: string | null }>(first);
    expect(page.items.map((u) => u.name)).toEqual(['admin1', 'analyst1', 'counsel1', 'intake1']);
    expect(Object.keys(page.items[0]!).sort()).toEqual(
      ['createdAt', 'disabledAt', 'id', 'isDisabled', 'isDissentReviewer', 'name', 'office', 'role'].sort(),
    );
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/argon2|password|public_?key|private_?key/i);
    const rest = await json<{ items: AccountBody[]; nextCursor: string | null }>(
      await admin.request('GET', `/api/v1/users?limit=50&cursor=${page.nextCursor}`),
    );
    expect(rest.items.map((u) => u.name)).toEqual([
      'judge1',
      'officer1',
      'officer2',
      'supervisor1',
      'supervisor2',
    ]);
    expect(rest.nextCursor).toBeNull();
    const officers = await json<{ items: AccountBody[] }>(
      await admin.request('GET', '/api/v1/users?role=officer'),
    );
    expect(officers.items.map((u) => u.name)).toEqual(['officer1', 'officer2']);
    expect((await admin.request('GET', '/api/v1/users?cursor=not-a-cursor')).status).toBe(400);
  });

  it('refuses every other role with 403, on reads and writes alike', async () => {
    const target = world.users.officer2;
    for (const name of ['intake1', 'officer1', 'supervisor1', 'judge1', 'counsel1', 'analyst1']) {
      const caller = await signInAs(http, name);
      for (const [method, path, body] of [
        ['GET', '/api/v1/users', undefined],
        ['POST', '/api/v1/users', { name: 'x1', role: 'officer', office: 'HOU', password: 'p'.repeat(12) }],
        ['POST', `/api/v1/users/${target}/disable`, { reason: 'x' }],
        ['POST', `/api/v1/users/${target}/enable`, undefined],
        ['PUT', `/api/v1/users/${target}/role`, { role: 'supervisor' }],
        ['PUT', `/api/v1/users/${target}/dissent-reviewer`, { isDissentReviewer: true }],
      ] as const) {
        const response = await caller.request(method, path, body);
        expect(response.status, `${name} ${method} ${path}`).toBe(403);
        expect((await json<ErrorBody>(response)).error.code).toBe('FORBIDDEN');
      }
    }
  });

  it('creates an account whose password works at once, and refuses a short password, an unknown field, a taken name', async () => {
    const created = await admin.request('POST', '/api/v1/users', {
      name: 'hou.officer7',
      role: 'officer',
      office: 'HOU',
      password: 'synthetic-new-password',
    });
    expect(created.status).toBe(201);
    expect(await json<AccountBody>(created)).toMatchObject({
      name: 'hou.officer7',
      role: 'officer',
      office: 'HOU',
      isDisabled: false,
      isDissentReviewer: false,
    });
    const signIn = await http.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'hou.officer7', password: 'synthetic-new-password' }),
    });
    expect(signIn.status).toBe(201);

    const short = await admin.request('POST', '/api/v1/users', {
      name: 'x2',
      role: 'analyst',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect((await json<ErrorBody>(short)).error.details.issues).toEqual([
      expect.objectContaining({ field: 'password' }),
    ]);
    const extra = await admin.request('POST', '/api/v1/users', {
      name: 'x3',
      role: 'analyst',
      password: 'p'.repeat(12),
      isAdmin: true,
    });
    expect(extra.status).toBe(400);
    expect((await json<ErrorBody>(extra)).error.details.issues).toEqual([
      expect.objectContaining({ field: 'isAdmin' }),
    ]);
    const noOffice = await admin.request('POST', '/api/v1/users', {
      name: 'x4',
      role: 'officer',
      password: 'p'.repeat(12),
    });
    expect(noOffice.status).toBe(400);
    const taken = await admin.request('POST', '/api/v1/users', {
      name: 'officer1',
      role: 'officer',
      office: 'HOU',
      password: 'p'.repeat(12),
    });
    expect(taken.status).toBe(409);
  });

  it('disables an account with a reason: its session and its token stop working at once; enabling lets it sign in again', async () => {
    const session = await signInAs(http, 'counsel1');
    const created = await createApiToken(world.app, SYSTEM_ACTOR_ID, {
      userName: 'counsel1',
      expiresInDays: 5,
    });
    if (!created.ok) throw created.error;
    const token = bearer(http, created.value.token);
    expect((await session.request('GET', '/api/v1/session')).status).toBe(200);
    expect((await token.request('GET', '/api/v1/session')).status).toBe(200);

    const noReason = await admin.request('POST', `/api/v1/users/${world.users.counsel}/disable`, {});
    expect(noReason.status).toBe(400);
    expect((await json<ErrorBody>(noReason)).error.details.issues).toEqual([
      expect.objectContaining({ field: 'reason' }),
    ]);
    const disabled = await admin.request('POST', `/api/v1/users/${world.users.counsel}/disable`, {
      reason: 'Left the firm.',
    });
    expect(disabled.status).toBe(200);
    expect(await json<AccountBody>(disabled)).toMatchObject({ name: 'counsel1', isDisabled: true });
    expect((await session.request('GET', '/api/v1/session')).status).toBe(401);
    expect((await token.request('GET', '/api/v1/session')).status).toBe(401);
    const stored = await world.app.database.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', created.value.summary.id)
      .executeTakeFirstOrThrow();
    expect(stored.revoked_at).not.toBeNull();
    const again = await admin.request('POST', `/api/v1/users/${world.users.counsel}/disable`, {
      reason: 'x',
    });
    expect(again.status).toBe(409);
    await expect(signInAs(http, 'counsel1')).rejects.toThrow(/401/);

    const enabled = await admin.request('POST', `/api/v1/users/${world.users.counsel}/enable`);
    expect(enabled.status).toBe(200);
    expect((await json<AccountBody>(enabled)).isDisabled).toBe(false);
    expect((await session.request('GET', '/api/v1/session')).status).toBe(401);
    expect((await token.request('GET', '/api/v1/session')).status).toBe(401);
    expect((await signInAs(http, 'counsel1')).cookie).toBeTruthy();
    const events = await world.app.database.db
      .selectFrom('ledger_events')
      .select(['type', 'actor_id', 'payload'])
      .where('type', 'in', ['user.disabled', 'user.enabled', 'token.revoked'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.type, e.actor_id])).toEqual([
      ['user.disabled', world.users.admin],
      ['token.revoked', world.users.admin],
      ['user.enabled', world.users.admin],
    ]);
    expect(JSON.parse(events[0]!.payload)).toEqual({ userId: world.users.counsel, reason: 'Left the firm.' });
  });

  it('changes role and office: the old session ends, the next sign-in has the new role', async () => {
    const before = await signInAs(http, 'officer2');
    const changed = await admin.request('PUT', `/api/v1/users/${world.users.officer2}/role`, {
      role: 'supervisor',
      office: 'ELP',
    });
    expect(changed.status).toBe(200);
    expect(await json<AccountBody>(changed)).toMatchObject({ role: 'supervisor', office: 'ELP' });
    expect((await before.request('GET', '/api/v1/session')).status).toBe(401);
    const after = await signInAs(http, 'officer2');
    expect(await json<{ user: AccountBody }>(await after.request('GET', '/api/v1/session'))).toMatchObject({
      user: { role: 'supervisor', office: 'ELP' },
    });
    const same = await admin.request('PUT', `/api/v1/users/${world.users.officer2}/role`, {
      role: 'supervisor',
    });
    expect(same.status).toBe(409);
    const bad = await admin.request('PUT', `/api/v1/users/${world.users.officer2}/role`, { role: 'system' });
    expect(bad.status).toBe(400);
  });

  it('keeps at least one active administrator: the last one can neither be disabled nor demoted', async () => {
    const self = world.users.admin;
    const disable = await admin.request('POST', `/api/v1/users/${self}/disable`, { reason: 'Testing.' });
    expect(disable.status).toBe(409);
    expect((await json<ErrorBody>(disable)).error.message).toMatch(/last active administrator/);
    expect((await admin.request('PUT', `/api/v1/users/${self}/role`, { role: 'analyst' })).status).toBe(409);
    const second = await json<AccountBody>(
      await admin.request('POST', '/api/v1/users', {
        name: 'admin2',
        role: 'admin',
        password: TEST_PASSWORD,
      }),
    );
    expect((await admin.request('PUT', `/api/v1/users/${second.id}/role`, { role: 'analyst' })).status).toBe(
      200,
    );
    expect((await admin.request('POST', `/api/v1/users/${self}/disable`, { reason: 'x' })).status).toBe(409);
  });

  it('designates a dissent reviewer (seen in their session) and removes it; not for counsel', async () => {
    const on = await admin.request('PUT', `/api/v1/users/${world.users.supervisor2}/dissent-reviewer`, {
      isDissentReviewer: true,
    });
    expect(on.status).toBe(200);
    expect((await json<AccountBody>(on)).isDissentReviewer).toBe(true);
    const reviewer = await signInAs(http, 'supervisor2');
    expect(await json<{ user: AccountBody }>(await reviewer.request('GET', '/api/v1/session'))).toMatchObject(
      {
        user: { isDissentReviewer: true },
      },
    );
    const listed = await json<{ items: AccountBody[] }>(
      await admin.request('GET', '/api/v1/users?isDissentReviewer=true'),
    );
    expect(listed.items.map((u) => u.name)).toEqual(['supervisor2']);
    const counsel = await admin.request('PUT', `/api/v1/users/${world.users.counsel}/dissent-reviewer`, {
      isDissentReviewer: true,
    });
    expect(counsel.status).toBe(409);
    const off = await admin.request('PUT', `/api/v1/users/${world.users.supervisor2}/dissent-reviewer`, {
      isDissentReviewer: false,
    });
    expect((await json<AccountBody>(off)).isDissentReviewer).toBe(false);
  });

  it('answers an unknown id and the system actor with the same 404, and the ledger verifies', async () => {
    const missing = await admin.request('POST', `/api/v1/users/${crypto.randomUUID()}/enable`);
    const system = await admin.request('POST', `/api/v1/users/${SYSTEM_ACTOR_ID}/enable`);
    expect(missing.status).toBe(404);
    expect(system.status).toBe(404);
    expect(await json<ErrorBody>(system)).toEqual(await json<ErrorBody>(missing));
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
