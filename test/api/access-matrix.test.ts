// The access matrix, generated from the route table so that a new route cannot escape it: every route × every role
// × (own case, own office, other office, unrelated case, nonexistent id). A record the caller has no basis to see
// answers 404 with exactly the body a nonexistent id gets; a role that may never do the act gets 403 whatever the
// id; list routes never mention a record of a case the caller has no basis to see.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rolesFor } from '../../src/domain/access/need-to-know.ts';
import type { Role } from '../../src/domain/actor.ts';
import { createHttpApp } from '../../src/server/http/app.ts';
import { apiRoutes } from '../../src/server/http/api/api-routes.ts';
import type { ApiRoute } from '../../src/server/http/api/route-definition.ts';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { signInAs, TEST_USER_NAMES, type ApiCaller } from '../http-client.ts';
import type { SubjectKind } from '../../src/server/access/access-facts.repository.ts';
import {
  createAccessWorld,
  EXPECTED_VISIBLE,
  RELATIONS,
  type AccessWorld,
  type CaseRecords,
  type Relation,
} from './access-world.ts';

// Subjects the four-case world holds records of; for others (notices of appearance, filings) every relation gets a
// missing id, so only the role gate and the identical 404 are checked for them (they have their own route tests).
const SUBJECT_ID: Partial<Record<SubjectKind, keyof CaseRecords>> = {
  case: 'caseId',
  screening: 'screeningId',
  proceeding: 'proceedingId',
  flag: 'flagId',
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

describeEachDialect('access matrix: every route × role × relation', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let records: AccessWorld;
  let routes: ApiRoute[];
  const callers = new Map<string, ApiCaller>();
  const roleOf = new Map<string, Role>();

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    records = await createAccessWorld(world);
    http = createHttpApp(world.app, { isDemo: false });
    routes = apiRoutes(world.app);
    for (const name of Object.values(TEST_USER_NAMES)) {
      const caller = await signInAs(http, name);
      callers.set(name, caller);
      const me = (await (await caller.request('GET', '/api/v1/session')).json()) as { user: { role: Role } };
      roleOf.set(name, me.user.role);
    }
  });
  afterAll(async () => world.dispose());

  const pathFor = (route: ApiRoute, relation: Relation): string =>
    route.route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const access = route.access;
      if (access.kind === 'case-record' && name === access.param) {
        const field = SUBJECT_ID[access.subject];
        return field ? records[relation][field] : records.nonexistent.caseId;
      }
      return records.nonexistent.caseId; // any other id in the path: one that does not exist
    });

  it('answers case-record routes by role and basis, hiding existence exactly', async () => {
    const checked: string[] = [];
    for (const route of routes) {
      const access = route.access;
      if (access.kind !== 'case-record') continue;
      const method = route.route.method.toUpperCase();
      for (const [name, caller] of callers) {
        const role = roleOf.get(name)!;
        const answers = new Map<Relation, { status: number; body: string }>();
        for (const relation of RELATIONS) {
          const response = await caller.request(
            method,
            pathFor(route, relation),
            method === 'GET' ? undefined : {},
          );
          answers.set(relation, { status: response.status, body: await response.text() });
        }
        const where = `${method} ${route.route.path} as ${name}`;
        const missing = answers.get('nonexistent')!;
        if (!rolesFor(access.action).includes(role)) {
          for (const relation of RELATIONS)
            expect(answers.get(relation), `${where} (${relation}): role may not act`).toEqual({
              ...missing,
              status: 403,
            });
          continue;
        }
        expect(missing.status, `${where}: nonexistent id`).toBe(404);
        for (const relation of RELATIONS.filter((r) => r !== 'nonexistent')) {
          const answer = answers.get(relation)!;
          if (EXPECTED_VISIBLE[name]!.includes(relation) && SUBJECT_ID[access.subject])
            expect(answer, `${where} (${relation}): has a basis, must not look missing`).not.toEqual(missing);
          else expect(answer, `${where} (${relation}): no basis, must look exactly missing`).toEqual(missing);
        }
        checked.push(where);
      }
    }
    // Every case-record route was tried by every caller with a role that may act (the others are role-checked above).
    const caseRoutes = routes.filter((r) => r.access.kind === 'case-record');
    expect(caseRoutes.length).toBeGreaterThan(0);
    expect(checked.length).toBe(
      caseRoutes.reduce(
        (sum, r) =>
          sum +
          [...roleOf.values()].filter(
            (role) => r.access.kind === 'case-record' && rolesFor(r.access.action).includes(role),
          ).length,
        0,
      ),
    );
  });

  it('never mentions a record of a case outside the caller\u2019s basis in any list or page', async () => {
    const idsOf = (relation: Relation): string[] => {
      const r = records[relation];
      return [r.caseId, r.personId, r.screeningId, r.proceedingId, r.flagId];
    };
    for (const route of routes) {
      if (route.route.method !== 'get' || route.access.kind !== 'signed-in' || /\{/.test(route.route.path))
        continue;
      // The access log names, by opaque id, the cases that were read: auditing reads is what it is for, and only
      // supervisors (their office's log) and admins may read it.
      if (route.route.path === '/api/v1/access-log') continue;
      for (const [name, caller] of callers) {
        const response = await caller.request('GET', `${route.route.path}?purpose=access%20matrix%20test`);
        const text = await response.text();
        const mentioned = new Set(text.match(UUID) ?? []);
        for (const relation of RELATIONS.filter(
          (r) => r !== 'nonexistent' && !EXPECTED_VISIBLE[name]!.includes(r),
        ))
          for (const id of idsOf(relation))
            expect(
              mentioned.has(id),
              `GET ${route.route.path} as ${name} mentions a ${relation} record`,
            ).toBe(false);
      }
    }
  });
});
