// The access matrix, generated from the route table so that a new route cannot escape it: every route × every role
// × (own case, own office, other office, unrelated case, nonexistent id), and for the routes that name a record of
// no case (an account, a token, a dissent, an objection, counsel's notice) that record as its owner, as others and
// as a nonexistent id. Without a sign-in every route but the public ones answers 401; a role that may never do the
// act gets 403 whatever the id; a record the caller has no basis to see answers 404 with exactly the body a
// nonexistent id gets; no list or page shown to a caller mentions a record they have no basis to see. The last
// test proves that the routes checked are the route table's, every one of them.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rolesFor } from '../../src/domain/access/need-to-know.ts';
import type { Role } from '../../src/domain/actor.ts';
import type { SubjectKind } from '../../src/server/access/access-facts.repository.ts';
import { apiRoutes } from '../../src/server/http/api/api-routes.ts';
import type { ApiRoute } from '../../src/server/http/api/route-definition.ts';
import { createHttpApp } from '../../src/server/http/app.ts';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { anonymous, signInAs, TEST_USER_NAMES, type ApiCaller } from '../http-client.ts';
import {
  createAccessWorld,
  createOwnedRecords,
  EXPECTED_VISIBLE,
  NOTICE_FILER,
  RELATIONS,
  type AccessWorld,
  type CaseRecords,
  type OwnedRecord,
} from './access-world.ts';

// Which of a case's records a route's path names, by the subject it declares: every subject kind has one.
const SUBJECT_ID: Record<SubjectKind, keyof CaseRecords> = {
  case: 'caseId',
  screening: 'screeningId',
  proceeding: 'proceedingId',
  flag: 'flagId',
  appearance: 'noticeId',
  filing: 'filingId',
};

// Bodies the routes that name a record of no case accept, so that the record's own service decides (its rules on
// who may see it run after validation). A new such route with a body fails the matrix until it has one here.
const VALID_BODIES: Record<string, unknown> = {
  'POST /api/v1/users/{userId}/disable': { reason: 'Synthetic access matrix check.' },
  'PUT /api/v1/users/{userId}/role': { role: 'analyst', office: null },
  'PUT /api/v1/users/{userId}/dissent-reviewer': { isDissentReviewer: false },
  'POST /api/v1/users/{userId}/tokens': { expiresInDays: 1 },
  'POST /api/v1/dissents/{dissentId}/answer': { text: 'A synthetic answer.' },
  'POST /api/v1/appearances/{noticeId}/withdrawal': { reason: 'Synthetic access matrix check.' },
};

// A body no route accepts: the access decision comes before validation, so a refusal shows as 401, 403 or 404 and a
// write let through as 400, and nothing in the world changes between the callers.
const UNACCEPTABLE_BODY: unknown[] = [];

// What a list needs beyond its purpose to answer at all (a list that refuses the query shows nothing, proving
// nothing).
const LIST_QUERIES: Record<string, string> = {
  '/api/v1/court/calendar': '&from=2019-01-01&to=2020-12-31',
  '/api/v1/reference/mpp-exemptions': '&at=2019-09-01',
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** One way of filling a route's path: a record (in a relation to the callers, or owned) or a nonexistent id. */
interface Variant {
  label: string;
  ids: Readonly<Record<string, string>>;
  isMissing: boolean;
  /** The test users with a basis to see the record. */
  knownTo: readonly string[];
}

type Check = 'sign-in' | 'role' | 'basis';
type Answer = { status: number; body: string };

const keyOf = (route: ApiRoute): string => `${route.route.method.toUpperCase()} ${route.route.path}`;
const paramsOf = (route: ApiRoute): string[] =>
  [...route.route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const rolesOf = (route: ApiRoute): readonly Role[] => {
  const access = route.access;
  if (access.kind === 'public') return [];
  return access.kind === 'signed-in' ? access.roles : rolesFor(access.action);
};

describeEachDialect('access matrix: every route × role × relation', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let records: AccessWorld;
  let owned: OwnedRecord[];
  let routes: ApiRoute[];
  const missingId = randomUUID();
  const callers = new Map<string, ApiCaller>();
  const roleOf = new Map<string, Role>();
  const coverage = new Map<string, Set<Check>>();
  let checks = 0;

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    records = await createAccessWorld(world);
    owned = await createOwnedRecords(world);
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

  const cover = (route: ApiRoute, check: Check) => {
    const key = keyOf(route);
    coverage.set(key, new Set([...(coverage.get(key) ?? []), check]));
  };

  // The records a route's path can name: a case's records by relation for a case-record route; else the owned
  // records carrying every id the path names (a route naming a record the world lacks fails here, loudly).
  const variantsOf = (route: ApiRoute): Variant[] => {
    const access = route.access;
    const missing: Variant = { label: 'nonexistent', ids: {}, isMissing: true, knownTo: [] };
    if (access.kind === 'case-record')
      return RELATIONS.map((relation) => ({
        label: relation,
        ids: { [access.param]: records[relation][SUBJECT_ID[access.subject]] },
        isMissing: relation === 'nonexistent',
        knownTo: Object.keys(EXPECTED_VISIBLE).filter((name) => EXPECTED_VISIBLE[name]!.includes(relation)),
      }));
    const params = paramsOf(route);
    if (params.length === 0) return [{ label: 'no id', ids: {}, isMissing: false, knownTo: [] }];
    if (access.kind === 'public') return [missing];
    const matching: Variant[] = [...owned, ...noticesAsCounselKnowsThem()]
      .filter((record) => params.every((p) => p in record.ids))
      .map((record) => ({ label: record.what, ids: record.ids, isMissing: false, knownTo: record.knownTo }));
    if (matching.length === 0)
      throw new Error(
        `${keyOf(route)} names {${params.join('}, {')}} but the access world has no such record: ` +
          'add one to createOwnedRecords',
      );
    return [...matching, missing];
  };

  // Counsel knows the notices they filed, and only those (reviewers reach notices through case-record routes).
  const noticesAsCounselKnowsThem = (): OwnedRecord[] =>
    RELATIONS.filter((r) => r !== 'nonexistent').map((relation) => ({
      what: `${NOTICE_FILER[relation]}'s notice on the ${relation} case`,
      ids: { noticeId: records[relation].noticeId },
      knownTo: [NOTICE_FILER[relation]],
    }));

  const pathOf = (route: ApiRoute, ids: Readonly<Record<string, string>>): string =>
    route.route.path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? missingId);

  const ask = async (
    caller: ApiCaller,
    route: ApiRoute,
    variant: Variant,
    body: unknown = UNACCEPTABLE_BODY,
  ): Promise<Answer> => {
    const method = route.route.method.toUpperCase();
    const hasBody = method !== 'GET' && method !== 'DELETE' && route.route.request?.body !== undefined;
    const response = await caller.request(method, pathOf(route, variant.ids), hasBody ? body : undefined);
    checks += 1;
    return { status: response.status, body: await response.text() };
  };

  it('asks every route but the public ones for a sign-in, and answers public ones without a server error', async () => {
    const nobody = anonymous(http);
    for (const route of routes) {
      const variants = variantsOf(route);
      const asked = await Promise.all(variants.map((variant) => ask(nobody, route, variant)));
      const answers = new Map(variants.map((v, i) => [v.label, asked[i]!]));
      const first = [...answers.values()][0]!;
      for (const [label, answer] of answers) {
        const where = `${keyOf(route)} unauthenticated (${label})`;
        if (route.access.kind === 'public') expect(answer.status, where).toBeLessThan(500);
        else expect(answer, `${where}: 401, alike for every id`).toEqual({ ...first, status: 401 });
      }
      cover(route, 'sign-in');
    }
  });

  // Each caller's answers to the route for each variant, keyed by variant label, asked all at once (the world does
  // not change under these requests: the body is unacceptable).
  const askEach = async (
    names: readonly string[],
    route: ApiRoute,
    variants: readonly Variant[],
  ): Promise<Array<[string, Map<string, Answer>]>> =>
    Promise.all(
      names.map(async (name) => {
        const answers = await Promise.all(variants.map((variant) => ask(callers.get(name)!, route, variant)));
        return [name, new Map(variants.map((v, i) => [v.label, answers[i]!]))] as [
          string,
          Map<string, Answer>,
        ];
      }),
    );
  const namesWhere = (route: ApiRoute, mayAct: boolean) =>
    [...callers.keys()].filter((name) => rolesOf(route).includes(roleOf.get(name)!) === mayAct);

  it('refuses every route to the roles it does not name, with one body whatever the id', async () => {
    for (const route of routes) {
      if (route.access.kind === 'public') continue;
      // The role is decided before the record is looked for: a record and a nonexistent id must answer alike.
      const variants = variantsOf(route);
      const compared = [...new Set([variants[0]!, variants.at(-1)!])];
      for (const [name, answers] of await askEach(namesWhere(route, false), route, compared)) {
        const [first, ...others] = [...answers.values()];
        for (const answer of [first!, ...others])
          expect(answer, `${keyOf(route)} as ${name}: role may not act`).toEqual({ ...first!, status: 403 });
        cover(route, 'role');
      }
    }
  });

  it('answers case-record routes by basis, hiding existence exactly', async () => {
    for (const route of routes) {
      if (route.access.kind !== 'case-record') continue;
      for (const [name, answers] of await askEach(namesWhere(route, true), route, variantsOf(route)))
        expectBasisAnswers(route, name, answers);
      cover(route, 'basis');
    }
  });

  // The ids of every record the caller has no basis to see, each with what it is.
  const hiddenFrom = (name: string): Array<{ what: string; id: string }> => [
    ...RELATIONS.filter((r) => r !== 'nonexistent' && !EXPECTED_VISIBLE[name]!.includes(r)).flatMap(
      (relation) => {
        const r = records[relation];
        return (Object.keys(r) as Array<keyof CaseRecords>).map((k) => ({
          what: `the ${relation} case's ${k}`,
          id: r[k],
        }));
      },
    ),
    ...owned
      .filter((record) => !record.knownTo.includes(name))
      .flatMap((record) => Object.values(record.ids).map((id) => ({ what: record.what, id }))),
  ];

  const expectNoMentionOfHidden = (name: string, where: string, text: string) => {
    const mentioned = new Set(text.match(UUID) ?? []);
    for (const { what, id } of hiddenFrom(name))
      expect(mentioned.has(id), `${where} as ${name} mentions ${what}`).toBe(false);
  };

  it('never mentions a record outside the caller\u2019s basis in any list', async () => {
    for (const route of routes) {
      if (route.route.method !== 'get' || route.access.kind !== 'signed-in' || paramsOf(route).length > 0)
        continue;
      // The access log names, by opaque id, the cases that were read: auditing reads is what it is for, and only
      // supervisors (their office's log) and admins may read it.
      if (route.route.path === '/api/v1/access-log') continue;
      for (const name of namesWhere(route, true)) {
        const query = LIST_QUERIES[route.route.path] ?? '';
        const response = await callers
          .get(name)!
          .request('GET', `${route.route.path}?purpose=access%20matrix%20test${query}`);
        checks += 1;
        const text = await response.text();
        expect(response.status, `GET ${route.route.path} as ${name}: ${text}`).toBe(200);
        expectNoMentionOfHidden(name, `GET ${route.route.path}`, text);
      }
    }
  });

  it('answers routes naming a record of no case only to those who know of it, hiding existence exactly', async () => {
    for (const route of routes) {
      if (route.access.kind !== 'signed-in' || paramsOf(route).length === 0) continue;
      const key = keyOf(route);
      const hasBody = route.route.method !== 'get' && route.route.request?.body !== undefined;
      if (hasBody && !(key in VALID_BODIES))
        expect.fail(`${key}: give the access matrix a valid body for it (VALID_BODIES)`);
      // One caller after another, each asking the nonexistent id first: an owner's request may change the record
      // (revoke it, withdraw it), and whoever has no basis must still be told exactly what a nonexistent id gets.
      for (const name of namesWhere(route, true)) {
        const answers = new Map<string, Answer>();
        for (const variant of variantsOf(route).reverse())
          answers.set(variant.label, await ask(callers.get(name)!, route, variant, VALID_BODIES[key]));
        expectBasisAnswers(route, name, answers);
      }
      cover(route, 'basis');
    }
  });

  // The nonexistent id answers 404; a record the caller knows of answers anything else, and mentions nothing the
  // caller has no basis to see; one they do not know of answers exactly what the nonexistent id got.
  const expectBasisAnswers = (route: ApiRoute, name: string, answers: Map<string, Answer>) => {
    for (const [label, answer] of answers)
      expectNoMentionOfHidden(name, `${keyOf(route)} (${label})`, answer.body);
    const where = `${keyOf(route)} as ${name}`;
    const missing = answers.get('nonexistent')!;
    expect(missing.status, `${where}: nonexistent id`).toBe(404);
    for (const variant of variantsOf(route)) {
      if (variant.isMissing) continue;
      const answer = answers.get(variant.label)!;
      if (variant.knownTo.includes(name))
        expect(answer, `${where} (${variant.label}): has a basis, must not look missing`).not.toEqual(
          missing,
        );
      else
        expect(answer, `${where} (${variant.label}): no basis, must look exactly missing`).toEqual(missing);
    }
  };

  it('checked every route of the route table, and only those', () => {
    const required = (route: ApiRoute): Check[] => {
      const needed: Check[] = ['sign-in'];
      const access = route.access;
      if (access.kind !== 'public' && [...roleOf.values()].some((role) => !rolesOf(route).includes(role)))
        needed.push('role');
      if (access.kind === 'case-record' || (access.kind === 'signed-in' && paramsOf(route).length > 0))
        needed.push('basis');
      return needed;
    };
    const outside = routes
      .filter((route) => required(route).some((check) => !coverage.get(keyOf(route))?.has(check)))
      .map(
        (route) =>
          `${keyOf(route)} (lacks ${required(route)
            .filter((c) => !coverage.get(keyOf(route))?.has(c))
            .join(', ')})`,
      );
    expect(outside, `routes outside the matrix after ${checks} checks`).toEqual([]);
    expect([...coverage.keys()].sort(), 'the routes checked are the route table\u2019s').toEqual(
      routes.map(keyOf).sort(),
    );
  });
});
