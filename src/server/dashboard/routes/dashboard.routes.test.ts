// The public dashboard over HTTP, in process: court figures against the sample release's known cases, office
// figures right after the acts, codes named from the release's lookups, filters that change the answer (and those a
// source cannot apply, said), suppression for the public and exact counts for analysts, and the court figures'
// answers before any import and while one is announced.
import { copyFileSync, rmSync } from 'node:fs';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous, signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import { announceImport } from '../../analytics/eoir/import/import-pending.ts';
import {
  analyticsDatabasePath,
  closeAnalyticsDatabases,
} from '../../analytics/eoir/reports/analytics-database.ts';
import {
  addSampleLookups,
  createSampleDataDir,
  type SampleCase,
} from '../../analytics/eoir/reports/sample-model.fixture.ts';
import { decideAndServe, openMppCase, referScreening } from '../../analytics/office/office-acts.fixture.ts';
import { closeOfficeModel } from '../../analytics/office/office-analytics.ts';
import { createHttpApp } from '../../http/app.ts';
import { DashboardFigureSchema, DashboardFilterChoicesSchema } from './dashboard.schemas.ts';

type Figure = ReturnType<typeof DashboardFigureSchema.parse>;

const valueOf = (figure: Figure, row: string | null, column: string | null): unknown => {
  const r = figure.rows.find((x) => x.code === row);
  const c = figure.columns.findIndex((x) => x.code === column);
  return r?.values[c];
};

describeEachDialect('dashboard routes', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let analyst: ApiCaller;
  let sample: { dataDir: string; cases: SampleCase[] };

  const request = (caller: ApiCaller, path: string) => caller.request('GET', `/api/v1/dashboard/${path}`);
  const figure = async (caller: ApiCaller, name: string, query = ''): Promise<Figure> => {
    const response = await request(caller, `figures/${name}${query}`);
    expect(response.status).toBe(200);
    return DashboardFigureSchema.parse(await response.json());
  };
  const errorOf = async (caller: ApiCaller, path: string) => {
    const response = await request(caller, path);
    return { status: response.status, ...((await response.json()) as { error: { code: string } }) };
  };

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    analyst = await signInAs(http, 'analyst1');
    sample = await createSampleDataDir(300);
    await addSampleLookups(sample.dataDir);
  });
  afterAll(async () => {
    closeAnalyticsDatabases();
    await closeOfficeModel(world.app);
    await world.dispose();
    rmSync(sample.dataDir, { recursive: true, force: true });
  });

  it('answers the court figures NO_COURT_DATA before any import, COURT_DATA_IMPORTING while one is announced', async () => {
    expect(await errorOf(anonymous(http), 'figures/court-funnel')).toMatchObject({
      status: 404,
      error: { code: 'NO_COURT_DATA' },
    });
    const withdraw = await announceImport(world.app.dataDir);
    try {
      expect(await errorOf(anonymous(http), 'figures/court-outcomes')).toMatchObject({
        status: 503,
        error: { code: 'COURT_DATA_IMPORTING', details: { retryAfter: 5 } },
      });
    } finally {
      await withdraw();
    }
    const choices = DashboardFilterChoicesSchema.parse(
      await (await request(anonymous(http), 'filters')).json(),
    );
    expect(choices).toMatchObject({ courtData: null, nationalities: [], courts: [] });
  });

  it('counts the office funnel right after the acts: exact for analysts, small cells suppressed for the public', async () => {
    const { caseId } = await openMppCase(world);
    await openMppCase(world);
    await decideAndServe(world, await referScreening(world, caseId), { result: 'positive' });
    const exact = await figure(analyst, 'office-funnel', '?nationality=HO');
    expect(exact.rows.map((r) => [r.code, r.values[0]])).toEqual([
      ['encounters', 2],
      ['enrolled', 2],
      ['fear_claim', 1],
      ['positive', 1],
      ['disenrolled', 1],
    ]);
    expect(exact.rows[2]?.name).toBe('Claimed fear of return to Mexico');
    expect(valueOf(exact, 'fear_claim', '% of the stage above')).toBe(50);
    expect(exact.filters.notApplied.map((f) => [f.filter, f.value])).toEqual([['nationality', 'HO']]);
    expect(exact.source).toMatchObject({ kind: 'office', isSynthetic: false, release: null });
    const published = await figure(anonymous(http), 'office-funnel');
    expect(published.audience).toBe('public');
    expect(published.rows.map((r) => r.values)).toEqual([
      ['<10', null, null],
      ['<10', 'x', 'x'],
      ['<10', 'x', 'x'],
      ['<10', 'x', 'x'],
      ['<10', 'x', 'x'],
    ]);
    expect((await figure(analyst, 'office-funnel', '?fiscalYear=2018')).rows[0]?.values[0]).toBe(0);
    const passRates = await figure(analyst, 'screening-pass-rates');
    expect(passRates.rates.map((r) => r.statement)).toContain('positive / positive + negative');
  });

  it('counts the court figures as the release holds them, names codes from its lookups, and filters', async () => {
    copyFileSync(analyticsDatabasePath(sample.dataDir), analyticsDatabasePath(world.app.dataDir));
    const { cases } = sample;
    const mpp = cases.filter((c) => c.mpp);
    const completed = mpp.filter((c) => c.outcome !== 'pending');
    const funnel = await figure(analyst, 'court-funnel');
    expect(funnel.rows.map((r) => r.values[0])).toEqual([
      mpp.length,
      completed.length,
      completed.filter((c) => c.outcome === 'relief_granted').length,
    ]);
    expect(funnel.source).toMatchObject({
      kind: 'court',
      release: 'sample release 2026-01',
      isSynthetic: false,
    });

    const honduras = await figure(analyst, 'court-funnel', '?nationality=ho&fiscalYear=2020');
    expect(honduras.filters.applied).toMatchObject({
      fiscalYear: 2020,
      nationality: { code: 'HO', name: 'Honduras' },
    });
    expect(honduras.rows[0]?.values[0]).toBe(
      mpp.filter((c) => c.nationality === 'HO' && c.fiscalYear === 2020).length,
    );

    const outcomes = await figure(analyst, 'court-outcomes', '?court=HOU');
    expect(outcomes.filters.applied.court).toEqual({ code: 'HOU', name: 'Houston, TX' });
    const houMpp = completed.filter((c) => c.court === 'HOU');
    const absentia = houMpp.filter((c) => c.outcome === 'removal_in_absentia').length;
    expect(valueOf(outcomes, 'yes', 'removal_in_absentia')).toBe(absentia);
    expect(valueOf(outcomes, 'yes', 'in absentia %')).toBe(
      Math.round((absentia / houMpp.length) * 1000) / 10,
    );
    expect(outcomes.rows.find((r) => r.code === 'yes')?.name).toBe('MPP cases');
    expect(outcomes.columns.find((c) => c.code === 'removal_in_absentia')?.name).toBe(
      'Removal ordered in absentia',
    );
    expect(outcomes.rates.map((r) => r.statement)).toContain('removal ordered in absentia / completed cases');

    const representation = await figure(analyst, 'court-representation');
    expect(valueOf(representation, 'yes', 'represented')).toBe(mpp.filter((c) => c.represented).length);

    // Cuba: five MPP cases, a small cell for the public (and no name in the lookup).
    const cuba = mpp.filter((c) => c.nationality === 'CU').length;
    expect(cuba).toBeGreaterThan(0);
    expect(cuba).toBeLessThan(10);
    expect((await figure(analyst, 'court-funnel', '?nationality=CU')).rows[0]?.values[0]).toBe(cuba);
    const publicCuba = await figure(anonymous(http), 'court-funnel', '?nationality=CU');
    expect(publicCuba.rows[0]?.values[0]).toBe('<10');
    expect(publicCuba.filters.applied.nationality).toEqual({ code: 'CU', name: null });
    expect(publicCuba.definitions.some((d) => d.startsWith('Small cells'))).toBe(true);
  });

  it('lists the filter choices present in the data, with names', async () => {
    const choices = DashboardFilterChoicesSchema.parse(
      await (await request(anonymous(http), 'filters')).json(),
    );
    expect(choices.fiscalYears.court).toEqual([2019, 2020]);
    expect(choices.fiscalYears.office).toContain(2019);
    expect(choices.nationalities).toContainEqual({ code: 'HO', name: 'Honduras' });
    expect(choices.nationalities).toContainEqual({ code: 'ES', name: 'El Salvador' });
    expect(choices.courts).toEqual([
      { code: 'HOU', name: 'Houston, TX' },
      { code: 'SND', name: 'San Diego, California' },
    ]);
    expect(choices.courtData?.release).toBe('sample release 2026-01');
  });

  it('rejects an unknown figure or a malformed filter, naming it', async () => {
    expect((await errorOf(anonymous(http), 'figures/everything')).status).toBe(400);
    const injected = await errorOf(
      anonymous(http),
      `figures/court-funnel?court=${encodeURIComponent("ELP' --")}`,
    );
    expect(injected).toMatchObject({ status: 400, error: { code: 'VALIDATION_FAILED' } });
  });
});
