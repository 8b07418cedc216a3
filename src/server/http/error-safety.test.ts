// What a client learns when something fails: the error shape with a status and a plain message, never a filesystem
// path, a file name, a driver's words, SQL or a stack; the server log (stderr) keeps those. And /healthz answers 503
// when the store cannot answer, on real stores that were really broken.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect } from '../../../test/database.ts';
import { analyticsDatabasePath } from '../analytics/eoir/reports/analytics-database.ts';
import type { AppContext } from '../app-context.ts';
import { openDatabase } from '../db/database.ts';
import { createHttpApp } from './app.ts';

const logged: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  logged.length = 0;
});
const captureLog = () =>
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (logged.push(String(chunk)), true));

// Everything a response must not carry; `dataDir` is the folder the server's files live in.
function expectNothingInternal(body: string, dataDir: string): void {
  expect(body).not.toContain(dataDir);
  expect(body).not.toMatch(/\.duckdb|\.sqlite|master\.key/i);
  expect(body).not.toMatch(/\bselect\b.*\bfrom\b|information_schema/i);
  expect(body).not.toMatch(/\n\s+at |\bat .+:\d+:\d+/); // stack frames
  expect(body).not.toMatch(/SQLITE_|duckdb|errno|ENOENT|EACCES/i);
}

// The error shape, checked: JSON, the status of its code, and a message without a single path separator.
async function expectSafeError(response: Response, status: number, dataDir: string): Promise<string> {
  const body = await response.text();
  expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
    status,
    type: expect.stringContaining('application/json') as unknown,
  });
  const { error } = JSON.parse(body) as { error: { code: string; message: string } };
  expect(error.message.length).toBeGreaterThan(10);
  expect(body).not.toContain('/');
  expectNothingInternal(body, dataDir);
  return error.code;
}

const COURT_FIGURE = '/api/v1/dashboard/figures/court-funnel';

const ANALYTICS_ROUTES = [
  '/api/v1/analytics/crosstab?rows=outcome&cols=mpp',
  '/api/v1/analytics/reports/in-absentia',
];

describe('error responses', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld('sqlite');
  });
  afterAll(async () => world.dispose());

  it('say no court data is imported, and nothing of where it was looked for', async () => {
    const http = createHttpApp(world.app, { isDemo: false });
    for (const route of ANALYTICS_ROUTES)
      expect(await expectSafeError(await http.request(route), 404, world.app.dataDir)).toBe('NO_COURT_DATA');
    // The dashboard's court figures say the same, with the same code the page renders as a notice.
    expect(await expectSafeError(await http.request(COURT_FIGURE), 404, world.app.dataDir)).toBe('NO_COURT_DATA');
  });

  it('name bad parameters and unknown routes without echoing anything of the server', async () => {
    const http = createHttpApp(world.app, { isDemo: false });
    for (const route of [
      '/api/v1/analytics/crosstab?rows=bogus',
      '/api/v1/analytics/crosstab?rows=outcome&where=mpp',
      '/api/v1/analytics/crosstab?rows=outcome&measure=median',
    ])
      expect(await expectSafeError(await http.request(route), 400, world.app.dataDir)).toBe(
        'VALIDATION_FAILED',
      );
    // A client asking for JSON (a browser navigating gets the web app's page, which holds nothing of the server).
    const asJson = { headers: { accept: 'application/json' } };
    for (const route of ['/api/v1/analytics/reports/no-such-report', '/api/v1/nope', '/etc/passwd'])
      expect(await expectSafeError(await http.request(route, asJson), 404, world.app.dataDir)).toBe('NOT_FOUND');
  });

  it('say a damaged analytics file cannot be opened, while the log keeps its path and the driver message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-corrupt-analytics-'));
    try {
      writeFileSync(analyticsDatabasePath(dataDir), randomBytes(64 * 1024));
      const http = createHttpApp({ ...world.app, dataDir }, { isDemo: false });
      captureLog();
      for (const route of ANALYTICS_ROUTES)
        expect(await expectSafeError(await http.request(route), 503, dataDir)).toBe('STORE_UNAVAILABLE');
      expect(await expectSafeError(await http.request(COURT_FIGURE), 503, dataDir)).toBe('STORE_UNAVAILABLE');
      expect(logged.join('')).toContain(analyticsDatabasePath(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describeEachDialect('/healthz with the store down', (store, dialect) => {
  it('answers 503 STORE_UNAVAILABLE in the error shape, and logs the driver error', async () => {
    const { database, dataDir } = store();
    const app: AppContext = {
      database,
      dataDir,
      masterKey: randomBytes(32),
      newId: randomUUID,
      now: () => new Date().toISOString(),
    };
    const http = createHttpApp(app, { isDemo: false });
    expect((await http.request('/healthz')).status).toBe(200);
    if (dialect === 'sqlite') {
      await database.close(); // the handle is gone, as at shutdown
    } else {
      await store().dropNow();
    }
    captureLog();
    expect(await expectSafeError(await http.request('/healthz'), 503, dataDir)).toBe('STORE_UNAVAILABLE');
    expect(logged.join('')).toMatch(/\[refuge\] GET \/healthz: STORE_UNAVAILABLE[^\n]*\n {2}cause: /);
  });
});

describe('/healthz with PostgreSQL not listening', () => {
  it('answers 503 STORE_UNAVAILABLE, naming DATABASE_URL and not the address', async () => {
    const port = await closedPort();
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-pg-down-'));
    const database = await openDatabase({
      dataDir,
      databaseUrl: `postgres://postgres:secret@127.0.0.1:${port}/refuge`,
      migrate: false,
    });
    try {
      const app: AppContext = {
        database,
        dataDir,
        masterKey: randomBytes(32),
        now: () => '',
        newId: randomUUID,
      };
      captureLog();
      const response = await createHttpApp(app, { isDemo: false }).request('/healthz');
      expect(await expectSafeError(response.clone(), 503, dataDir)).toBe('STORE_UNAVAILABLE');
      const body = await response.text();
      expect(body).toContain('DATABASE_URL');
      expect(body).not.toMatch(/127\.0\.0\.1|secret|ECONNREFUSED/);
      expect(logged.join('')).toContain('ECONNREFUSED');
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// A port nothing listens on: bind one, note it, close it.
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
