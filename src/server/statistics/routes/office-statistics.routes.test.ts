// The office statistics over HTTP, in process: public to anyone, exact only for analysts, right after an act,
// documented, validated, and never carrying a name, an A-number, free text, an id or an exact date.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous, signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import {
  decideAndServe,
  declineCategory,
  IDENTIFYING_TEXTS,
  openMppCase,
  referScreening,
  reportHarm,
  returnToMexico,
} from '../../analytics/office/office-acts.fixture.ts';
import { closeOfficeModel } from '../../analytics/office/office-analytics.ts';
import { OFFICE_STATISTIC_NAMES } from '../../analytics/office/statistics/office-statistics.ts';
import {
  cellOf,
  suppressionViolations,
} from '../../analytics/office/statistics/published-figures.testing.ts';
import { createHttpApp } from '../../http/app.ts';
import { OfficeStatisticsSchema } from './statistics.schemas.ts';

const MPP = 'mpp_interview / more_likely_than_not';
const path = (name: string, query = '') => `/api/v1/statistics/office/${name}${query}`;

describeEachDialect('office statistics routes', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let analyst: ApiCaller;
  let officer: ApiCaller;
  const aNumbers: string[] = [];
  const caseIds: string[] = [];

  const get = async (caller: ApiCaller, name: string, query = '') => {
    const response = await caller.request('GET', path(name, query));
    expect(response.status).toBe(200);
    return OfficeStatisticsSchema.parse(await response.json());
  };

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    analyst = await signInAs(http, 'analyst1');
    officer = await signInAs(http, 'officer1');
  });
  afterAll(async () => {
    await closeOfficeModel(world.app);
    await world.dispose();
  });

  it('answers anyone: exact figures for analysts, suppressed ones for the public and every other role', async () => {
    const { caseId, aNumber } = await openMppCase(world);
    aNumbers.push(aNumber);
    caseIds.push(caseId);
    const before = cellOf(await get(analyst, 'screenings'), MPP, 'positive') as number;
    await decideAndServe(world, await referScreening(world, caseId), { result: 'positive' });
    const exact = await get(analyst, 'screenings');
    expect(exact.audience).toBe('analyst');
    expect(cellOf(exact, MPP, 'positive')).toBe(before + 1);
    for (const caller of [anonymous(http), officer]) {
      const published = await get(caller, 'screenings');
      expect(published.audience).toBe('public');
      expect(cellOf(published, MPP, 'positive')).toBe('<10');
      expect(suppressionViolations(published)).toEqual([]);
    }
  });

  it('includes an act done just before the request', async () => {
    const before = cellOf(
      await get(analyst, 'objections'),
      '2019-08',
      'whole category: credible_fear',
    ) as number;
    await declineCategory(world);
    expect(cellOf(await get(analyst, 'objections'), '2019-08', 'whole category: credible_fear')).toBe(
      before + 1,
    );
  });

  it('filters by office and fiscal year, and rejects unknown or malformed filters naming them', async () => {
    const filtered = await get(analyst, 'screenings', '?office=ELP&fiscalYear=2019');
    expect(filtered.parameters).toEqual({ office: 'ELP', fiscalYear: 2019 });
    expect(cellOf(filtered, 'total', 'total')).toBe(0);
    const unknown = await anonymous(http).request('GET', path('screenings', '?court=ELP'));
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as {
      error: { code: string; details: { issues: { field: string }[] } };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.issues.map((i) => i.field)).toEqual(['court']);
    const malformed = await anonymous(http).request('GET', path('returns', '?fiscalYear=next'));
    expect(malformed.status).toBe(400);
    const injected = await anonymous(http).request(
      'GET',
      path('returns', `?office=${encodeURIComponent("HOU' OR 1=1 --")}`),
    );
    expect(injected.status).toBe(400);
  });

  it('never carries a name, an A-number, free text, a record id or an exact date, for any audience', async () => {
    const { caseId, aNumber } = await openMppCase(world);
    aNumbers.push(aNumber);
    caseIds.push(caseId);
    await decideAndServe(world, await referScreening(world, caseId), {
      result: 'negative',
      isDeclinedFirst: true,
      hasHarmInMexico: true,
      isReturnedOnce: true,
    });
    await returnToMexico(world, caseId);
    await reportHarm(world, caseId);
    for (const caller of [analyst, anonymous(http)])
      for (const name of OFFICE_STATISTIC_NAMES) {
        const { refreshedAt, ...figures } = await get(caller, name);
        expect(refreshedAt).toBe('2019-08-01T12:00:00.000Z');
        const text = JSON.stringify(figures);
        for (const secret of [...IDENTIFYING_TEXTS, ...aNumbers, ...caseIds])
          expect(text).not.toContain(secret);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      }
    const returns = await get(analyst, 'returns');
    expect(cellOf(returns, '2019-07', 'El Paso')).toBe(1);
  });

  it('is in the OpenAPI document, public, with its filters and response', async () => {
    const document = (await (await anonymous(http).request('GET', '/api/openapi.json')).json()) as {
      paths: Record<
        string,
        {
          get?: {
            security?: unknown[];
            parameters?: { name: string }[];
            responses: Record<string, unknown>;
          };
        }
      >;
    };
    for (const name of OFFICE_STATISTIC_NAMES) {
      const operation = document.paths[path(name)]?.get;
      expect(operation?.security).toEqual([]);
      expect(operation?.parameters?.map((p) => p.name).sort()).toEqual(['fiscalYear', 'office']);
      expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '400', '500', '503']);
    }
  });
});
