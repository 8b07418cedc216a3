import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { ERROR_CODES } from '../../domain/errors.ts';
import { createHttpApp } from './app.ts';
import { ERROR_STATUS } from './error-status.ts';

for (const dialect of availableDialects()) {
  describe(`HTTP app [${dialect}]`, () => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(dialect);
    });
    afterAll(async () => world.dispose());

    it('answers /healthz with 200 {"status":"ok"} once the store is open', async () => {
      const response = await createHttpApp(world.app, { isDemo: false }).request('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('answers an unknown endpoint with the one JSON error shape, naming the endpoint', async () => {
      const response = await createHttpApp(world.app, { isDemo: false }).request('/api/v1/nope');
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such endpoint: GET /api/v1/nope.', details: {} } });
    });

    it('labels the landing page as synthetic only when the store holds demo data', async () => {
      const demo = await (await createHttpApp(world.app, { isDemo: true }).request('/')).text();
      const real = await (await createHttpApp(world.app, { isDemo: false }).request('/')).text();
      expect(demo).toContain('SYNTHETIC DEMO DATA');
      expect(real).not.toContain('SYNTHETIC DEMO DATA');
    });
  });
}

describe('error status map', () => {
  it('gives every error code a client or server status', () => {
    for (const code of ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(ERROR_STATUS.VALIDATION_FAILED).toBe(400);
    expect(ERROR_STATUS.STORE_UNAVAILABLE).toBe(503);
  });
});
