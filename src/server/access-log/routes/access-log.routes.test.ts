// The access log over HTTP, on SQLite and PostgreSQL: supervisors see the entries of their own office's users (never
// reads of policy dissents), administrators all of them; filters by case, user and action; paged by cursor;
// reading the log is itself logged; every other role is refused.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs } from '../../../../test/http-client.ts';
import { SYSTEM_ACTOR_ID } from '../../../domain/ledger/ledger-event.ts';
import { appendAccessLogMany, type AccessLogEntry } from '../../access/access-log.repository.ts';
import { createHttpApp } from '../../http/app.ts';
import { createUser } from '../../users/user.service.ts';

interface LogEntry {
  id: string;
  user: { id: string; name: string };
  caseId: string | null;
  action: string;
  subject: string;
  subjectId: string | null;
  basis: string;
  purpose: string;
}
interface Page {
  items: LogEntry[];
  nextCursor: string | null;
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describeEachDialect('the access log over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let elpOfficer: string;
  const read = async (name: string, query = '', headers: Record<string, string> = {}) =>
    (await signInAs(http, name)).request('GET', `/api/v1/access-log${query}`, undefined, headers);
  beforeAll(async () => {
    world = await createTestWorld(dialect, '2020-03-01T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    const elp = await createUser(world.app, SYSTEM_ACTOR_ID, {
      name: 'elp.officer1',
      role: 'officer',
      office: 'ELP',
      password: 'synthetic-test-password',
    });
    if (!elp.ok) throw elp.error;
    elpOfficer = elp.value.id;
    const entry = (userId: string, over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
      userId,
      caseId: 'case-a',
      action: 'read',
      subject: 'case',
      purpose: 'case work',
      basis: 'office-supervisor',
      at: '2020-02-01T10:00:00.000Z',
      ...over,
    });
    await appendAccessLogMany(world.app.database.db, [
      entry(world.users.officer, { basis: 'assigned-officer' }),
      entry(world.users.officer, { caseId: 'case-b', basis: 'assigned-officer' }),
      entry(world.users.intake, {
        caseId: null,
        action: 'search',
        subject: 'search',
        purpose: 'duplicate check',
      }),
      entry(world.users.supervisor2, {
        caseId: null,
        subject: 'dissent',
        subjectId: 'dissent-1',
        basis: 'dissent-reviewer',
      }),
      entry(elpOfficer, { caseId: 'case-a', basis: 'assigned-officer' }),
      entry(world.users.counsel, { caseId: 'case-a', basis: 'counsel-of-record' }),
    ]);
  });
  afterAll(async () => world.dispose());

  it('shows a supervisor their office\u2019s users only, never reads of dissents, newest first', async () => {
    const response = await read('supervisor1');
    expect(response.status).toBe(200);
    const page = await json<Page>(response);
    const names = page.items.map((e) => e.user.name);
    expect(names).toEqual(['intake1', 'officer1', 'officer1']);
    expect(page.items.map((e) => Number(e.id))).toEqual(
      [...page.items.map((e) => Number(e.id))].sort((a, b) => b - a),
    );
    expect(page.items.some((e) => e.subject === 'dissent')).toBe(false);
  });

  it('shows an administrator every entry, dissent reads and other offices included, and the reads of the log', async () => {
    const page = await json<Page>(await read('admin1'));
    const names = new Set(page.items.map((e) => e.user.name));
    for (const name of ['elp.officer1', 'counsel1', 'supervisor2', 'supervisor1'])
      expect(names).toContain(name);
    expect(page.items.find((e) => e.subject === 'dissent')).toMatchObject({
      caseId: null,
      subjectId: 'dissent-1',
      basis: 'dissent-reviewer',
    });
    expect(page.items.find((e) => e.user.name === 'supervisor1')).toMatchObject({
      subject: 'access-log',
      basis: 'office-supervisor',
      action: 'read',
    });
  });

  it('filters by case, user and action, and logs the read with its purpose and case', async () => {
    const byCase = await json<Page>(
      await read('admin1', '?caseId=case-a', { 'Refuge-Purpose': 'audit of case-a' }),
    );
    expect(byCase.items.map((e) => e.user.name).sort()).toEqual(['counsel1', 'elp.officer1', 'officer1']);
    const byUser = await json<Page>(await read('supervisor1', `?userId=${world.users.officer}`));
    expect(byUser.items.map((e) => e.caseId)).toEqual(['case-b', 'case-a']);
    const searches = await json<Page>(await read('supervisor1', '?action=search'));
    expect(searches.items.map((e) => e.purpose)).toEqual(['duplicate check']);
    const logged = await json<Page>(await read('admin1', `?userId=${world.users.admin}&caseId=case-a`));
    expect(logged.items[0]).toMatchObject({
      subject: 'access-log',
      purpose: 'audit of case-a',
      basis: 'administrator',
    });
  });

  it('pages by cursor without repeating or skipping an entry', async () => {
    const filter = `action=read&userId=${world.users.officer}`;
    const all = (await json<Page>(await read('admin1', `?${filter}`))).items.map((e) => e.id);
    expect(all).toHaveLength(2);
    const caller = await signInAs(http, 'admin1');
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page = await json<Page>(
        await caller.request('GET', `/api/v1/access-log?limit=1&cursor=${cursor}&${filter}`),
      );
      expect(page.items).toHaveLength(1);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
    expect((await read('admin1', '?cursor=bad')).status).toBe(400);
  });

  it('refuses every other role with 403', async () => {
    for (const name of ['intake1', 'officer1', 'judge1', 'counsel1', 'analyst1'])
      expect((await read(name)).status, name).toBe(403);
  });
});
