import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { ERROR_CODES } from '../../domain/errors.ts';
import { createHttpApp } from './app.ts';
import { DEMO_HEADER, DEMO_HEADER_VALUE } from './demo-marking.ts';
import { ERROR_STATUS } from './error-status.ts';

describeEachDialect('HTTP app', (store) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(store());
  });
  afterAll(async () => world.dispose());

  it('answers /healthz with 200 {"status":"ok"} once the store is open', async () => {
    const response = await createHttpApp(world.app, { isDemo: false }).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown endpoint with the one JSON error shape, without echoing the path', async () => {
    const response = await createHttpApp(world.app, { isDemo: false }).request('/api/v1/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No such endpoint: check the method and the address.',
        details: { method: 'GET' },
      },
    });
  });

  it('marks every page and API response of a demo store, and none of any other store', async () => {
    const demo = createHttpApp(world.app, { isDemo: true });
    const real = createHttpApp(world.app, { isDemo: false });
    for (const path of ['/', '/dashboard', '/healthz', '/api/v1/analytics/crosstab?rows=outcome', '/nope']) {
      expect((await demo.request(path)).headers.get(DEMO_HEADER)).toBe(DEMO_HEADER_VALUE);
      expect((await real.request(path)).headers.get(DEMO_HEADER)).toBeNull();
    }
    const asPage = { headers: { accept: 'text/html' } };
    for (const page of ['/', '/dashboard', '/queue']) {
      expect(await (await demo.request(page, asPage)).text()).toContain('DEMO STORE: SYNTHETIC DATA');
      expect(await (await real.request(page, asPage)).text()).not.toContain('DEMO STORE');
    }
  });
});

describe('security headers', () => {
  it('sets them on every page, API answer and error, allowing no other host', async () => {
    const world = await createTestWorld('sqlite');
    try {
      const http = createHttpApp(world.app, { isDemo: false });
      for (const path of [
        '/',
        '/dashboard',
        '/healthz',
        '/api/openapi.json',
        '/api/docs',
        '/api/v1/session',
        '/nope',
      ]) {
        const headers = (await http.request(path)).headers;
        const policy = headers.get('content-security-policy') ?? '';
        expect(policy, path).toContain("default-src 'self'");
        expect(policy, path).toContain("script-src 'self';");
        expect(policy, path).toContain("frame-ancestors 'none'");
        expect(policy, path).not.toMatch(/https?:|\*/);
        expect(headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(headers.get('x-frame-options'), path).toBe('DENY');
        expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      }
    } finally {
      await world.dispose();
    }
  });
});

describe('error status map', () => {
  it('gives every error code a client or server status', () => {
    for (const code of ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(ERROR_STATUS.VALIDATION_FAILED).toBe(400);
    expect(ERROR_STATUS.STORE_UNAVAILABLE).toBe(503);
  });
});

describe('analytics mount', () => {
  it('serves the court-data crosstab under /api/v1/analytics, and says plainly when nothing is imported', async () => {
    const world = await createTestWorld('sqlite');
    try {
      const response = await createHttpApp(world.app, { isDemo: false }).request(
        '/api/v1/analytics/crosstab?rows=outcome',
      );
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NO_COURT_DATA');
      expect(body.error.message).toMatch(/No court data imported yet/);
    } finally {
      await world.dispose();
    }
  });
});
