import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsRoutes } from './analytics.routes.ts';
import { closeAnalyticsDatabases } from './eoir/reports/analytics-database.ts';
import { createSampleDataDir } from './eoir/reports/sample-model.fixture.ts';

let dataDir: string;

beforeAll(async () => {
  ({ dataDir } = await createSampleDataDir(120, 'route test release'));
});

afterAll(() => {
  closeAnalyticsDatabases();
  rmSync(dataDir, { recursive: true, force: true });
});

type Body = {
  rows: { label: string; values: unknown[] }[];
  source: string;
  release: string;
  definitions: string[];
  audience: string;
};

describe('analytics routes', () => {
  it('answers a crosstab with figures, source, release and definitions, suppressed for the public', async () => {
    const routes = createAnalyticsRoutes({ dataDir });
    const response = await routes.request('/crosstab?rows=nationality&cols=mpp');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body).toMatchObject({
      source: 'EOIR case-data release',
      release: 'route test release',
      audience: 'public',
    });
    expect(body.definitions.length).toBeGreaterThan(2);
    expect(body.rows.find((row) => row.label === 'CU')?.values).toContain('<10');
  });

  it('shows exact counts when the resolver says the reader is an analyst', async () => {
    const routes = createAnalyticsRoutes({
      dataDir,
      audience: (c) => (c.req.header('x-test-role') === 'analyst' ? 'analyst' : 'public'),
    });
    const response = await routes.request('/crosstab?rows=nationality&cols=mpp', {
      headers: { 'x-test-role': 'analyst' },
    });
    const body = (await response.json()) as Body;
    expect(body.audience).toBe('analyst');
    expect(body.rows.find((row) => row.label === 'CU')?.values.every((v) => typeof v === 'number')).toBe(
      true,
    );
  });

  it('serves named reports and 404s unknown ones with the AppError shape', async () => {
    const routes = createAnalyticsRoutes({ dataDir });
    expect((await routes.request('/reports/representation')).status).toBe(200);
    const missing = await routes.request('/reports/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: { code: 'NOT_FOUND', details: { report: 'nothing-here' } },
    });
  });

  it('answers 400 with the valid dimensions for a bad crosstab', async () => {
    const response = await createAnalyticsRoutes({ dataDir }).request('/crosstab?rows=country');
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; details: { validDimensions: string[] } };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.validDimensions).toContain('nationality');
  });

  it('answers 404 before any import', async () => {
    const response = await createAnalyticsRoutes({ dataDir: '/nonexistent/refuge' }).request(
      '/crosstab?rows=mpp',
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'No court data imported yet',
    );
  });
});
