// Property-based fuzzing of every route in the OpenAPI document, with inputs derived from the route's own schemas
// (valid, near-valid and junk), as every role and unauthenticated: never a 5xx, every rejection a 4xx in the one
// error shape, every status documented, every response valid against the route's schema, nothing internal leaked.
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { anonymous, signInAs, TEST_USER_NAMES, type ApiCaller } from '../http-client.ts';
import { createHttpApp } from '../../src/server/http/app.ts';
import { apiRoutes } from '../../src/server/http/api/api-routes.ts';
import { ErrorSchema } from '../../src/server/http/api/error-schemas.ts';
import type { ApiRoute } from '../../src/server/http/api/route-definition.ts';
import { junkArb, nearValidArb, resolverFor, validArb, type JsonSchema } from './schema-arbitrary.ts';

interface Operation {
  parameters?: Array<{
    name: string;
    in: 'path' | 'query' | 'header' | 'cookie';
    required?: boolean;
    schema: JsonSchema;
  }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Signs of internals that must never reach a client. */
const LEAKS = [
  /\/work\//,
  /node_modules/,
  /\n\s+at .+\(/,
  /SQLITE_/,
  /\.duckdb/,
  /\.sqlite/,
  /syntax error at or near/i,
];

const RUNS_PER_OPERATION = Number(process.env.REFUGE_FUZZ_RUNS ?? 10);

describeEachDialect('API fuzz: every route, every role, schema-derived inputs', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let document: Document;
  let routes: ApiRoute[];
  const callers = new Map<string, ApiCaller>();
  let knownIds: string[] = [];

  const signIn = async (key: string) => {
    callers.set(key, key === 'anonymous' ? anonymous(http) : await signInAs(http, key));
  };

  beforeAll(async () => {
    world = await createTestWorld(dialect);
    http = createHttpApp(world.app, { isDemo: false });
    document = (await (await http.request('/api/openapi.json')).json()) as Document;
    routes = apiRoutes(world.app);
    await signIn('anonymous');
    for (const name of Object.values(TEST_USER_NAMES)) await signIn(name);
    const db = world.app.database.db;
    knownIds = [
      ...(await db.selectFrom('cases').select('id').execute()).map((r) => r.id),
      ...(await db.selectFrom('screenings').select('id').execute()).map((r) => r.id),
      ...(await db.selectFrom('users').select('id').execute()).map((r) => r.id),
    ];
  });
  afterAll(async () => world.dispose());

  it('the document lists every route of the route table, and nothing else', () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = routes.map((r) => `${r.route.method.toUpperCase()} ${r.route.path}`);
    expect(documented.sort()).toEqual(declared.sort());
  });

  it('answers every generated request without a 5xx, in the documented shapes', async () => {
    const resolve = resolverFor(document);
    for (const definition of routes) {
      const { method, path } = definition.route;
      const operation = document.paths[path]?.[method];
      if (!operation) throw new Error(`${method} ${path} is not in the document`);
      const params = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      const paramArb = (schema: JsonSchema, kind: 'valid' | 'near' | 'junk') =>
        kind === 'junk'
          ? fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...knownIds, 'x'))
          : validArb(schema, resolve);
      const requestArb = fc.constantFrom('valid', 'near', 'junk').chain((kind) =>
        fc.record({
          kind: fc.constant(kind),
          caller: fc.constantFrom(...callers.keys()),
          path: fc.record(
            Object.fromEntries(
              params
                .filter((p) => p.in === 'path')
                .map((p) => [
                  p.name,
                  fc.oneof(
                    fc.constantFrom(...(knownIds.length ? knownIds : ['none'])),
                    paramArb(p.schema, kind as 'valid'),
                  ),
                ]),
            ),
          ),
          query: fc.record(
            Object.fromEntries(
              params
                .filter((p) => p.in === 'query')
                .map((p) => [p.name, paramArb(p.schema, kind as 'valid')]),
            ),
            {
              requiredKeys: params
                .filter((p) => p.in === 'query' && p.required && kind !== 'near')
                .map((p) => p.name),
            },
          ),
          body: bodySchema
            ? kind === 'valid'
              ? validArb(bodySchema, resolve)
              : kind === 'near'
                ? nearValidArb(bodySchema, resolve)
                : junkArb
            : fc.constant(undefined),
        }),
      );
      await fc.assert(
        fc.asyncProperty(requestArb, async (sample) => {
          const url =
            path.replace(/\{(\w+)\}/g, (_m, name: string) =>
              encodeURIComponent(asText((sample.path as Record<string, unknown>)[name])),
            ) + queryString(sample.query);
          const caller = callers.get(sample.caller)!;
          const response = await caller.request(method.toUpperCase(), url, sample.body);
          const text = await response.text();
          const where = `${method.toUpperCase()} ${url} as ${sample.caller} (${sample.kind}) → ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, where).toBeLessThan(500);
          expect(Object.keys(operation.responses), `undocumented status: ${where}`).toContain(
            String(response.status),
          );
          for (const leak of LEAKS) expect(text, where).not.toMatch(leak);
          if (response.status >= 400) {
            expect(ErrorSchema.safeParse(JSON.parse(text)).success, where).toBe(true);
          } else if (
            text.length > 0 &&
            (response.headers.get('content-type') ?? '').includes('application/json')
          ) {
            const schema = (
              definition.route.responses as Record<
                number,
                {
                  content?: Record<
                    string,
                    { schema?: { safeParse(v: unknown): { success: boolean; error?: unknown } } }
                  >;
                }
              >
            )[response.status]?.content?.['application/json']?.schema;
            if (schema) {
              const parsed = schema.safeParse(JSON.parse(text));
              expect(parsed.success, `${where}\n${JSON.stringify(parsed.error)}`).toBe(true);
            }
          }
          if (method === 'delete' && path === '/api/v1/session' && sample.caller !== 'anonymous')
            await signIn(sample.caller);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: 20_190_128, endOnFailure: true },
      );
    }
  });
});

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

function queryString(query: Record<string, unknown>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '';
  const search = new URLSearchParams();
  for (const [key, value] of entries)
    for (const item of Array.isArray(value) ? value : [value])
      search.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  return `?${search.toString()}`;
}
