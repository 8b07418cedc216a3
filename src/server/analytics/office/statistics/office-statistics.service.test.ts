// Each act moves its statistic by exactly what it adds, read right after the act through the services (analysts
// exact, the public suppressed), on both dialects; the filters narrow by office and fiscal year.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../../test/app.ts';
import { describeEachDialect } from '../../../../../test/database.ts';
import { clearFlag } from '../../../flags/flag.service.ts';
import { findFlagsOfCase } from '../../../flags/flag.repository.ts';
import {
  decideAndServe,
  declineCategory,
  openMppCase,
  referScreening,
  reportHarm,
  returnToMexico,
  value,
} from '../office-acts.fixture.ts';
import { closeOfficeModel } from '../office-analytics.ts';
import type { Audience } from '../../eoir/reports/figure-table.ts';
import { toOfficeStatisticsJson } from './office-statistics-json.ts';
import { getOfficeStatistics, type OfficeStatisticsFilters } from './office-statistics.service.ts';
import type { OfficeStatisticName } from './office-statistics.ts';
import { cellOf, suppressionViolations } from './published-figures.testing.ts';

const ALL: OfficeStatisticsFilters = { office: null, fiscalYear: null };
const MPP = 'mpp_interview / more_likely_than_not';

describeEachDialect('office statistics', (_store, dialect) => {
  let world: TestWorld;
  const figures = async (
    name: OfficeStatisticName,
    audience: Audience = 'analyst',
    filters: OfficeStatisticsFilters = ALL,
  ) => toOfficeStatisticsJson(await getOfficeStatistics(world.app, name, filters, audience));
  const exact = async (name: OfficeStatisticName, row: string, column: string) =>
    cellOf(await figures(name), row, column) as number;

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-08-01T12:00:00.000Z');
  });
  afterAll(async () => {
    await closeOfficeModel(world.app);
    await world.dispose();
  });

  it('counts a screening as pending when referred and as positive once served: +1 in each cell, exact for analysts', async () => {
    const { caseId } = await openMppCase(world);
    const pending = await exact('screenings', MPP, 'pending');
    const positive = await exact('screenings', MPP, 'positive');
    const screeningId = await referScreening(world, caseId);
    expect(await exact('screenings', MPP, 'pending')).toBe(pending + 1);
    await decideAndServe(world, screeningId, { result: 'positive' });
    expect(await exact('screenings', MPP, 'pending')).toBe(pending);
    expect(await exact('screenings', MPP, 'positive')).toBe(positive + 1);
    expect(await exact('screenings', MPP, 'pass rate %')).toBe(100);
    const published = await figures('screenings', 'public');
    expect(published.audience).toBe('public');
    expect(cellOf(published, MPP, 'positive')).toBe('<10');
    expect(cellOf(published, MPP, 'pass rate %')).toBe('x');
    expect(suppressionViolations(published)).toEqual([]);
  });

  it('counts a declined, reworked negative: the decline, the reassignment, the returned review and the flag', async () => {
    const { caseId } = await openMppCase(world);
    const screeningId = await referScreening(world, caseId);
    const before = {
      negative: await exact('screenings', MPP, 'negative'),
      declines: await exact('objections', '2019-08', 'one screening: mpp_interview'),
      reassignments: await exact('reassignments', '2019-08', 'mpp_interview'),
      returned: await exact('reviews', MPP, 'returned for rework'),
      concurred: await exact('reviews', MPP, 'concurred'),
      open: await exact('flags', 'negative_mpp_despite_harm_in_mexico', 'open'),
    };
    await decideAndServe(world, screeningId, {
      result: 'negative',
      isDeclinedFirst: true,
      hasHarmInMexico: true,
      isReturnedOnce: true,
    });
    expect({
      negative: await exact('screenings', MPP, 'negative'),
      declines: await exact('objections', '2019-08', 'one screening: mpp_interview'),
      reassignments: await exact('reassignments', '2019-08', 'mpp_interview'),
      returned: await exact('reviews', MPP, 'returned for rework'),
      concurred: await exact('reviews', MPP, 'concurred'),
      open: await exact('flags', 'negative_mpp_despite_harm_in_mexico', 'open'),
    }).toEqual({
      negative: before.negative + 1,
      declines: before.declines + 1,
      reassignments: before.reassignments + 1,
      returned: before.returned + 1,
      concurred: before.concurred + 1,
      open: before.open + 1,
    });
    const [flag] = await findFlagsOfCase(world.app.database.db, caseId);
    value(await clearFlag(world.app, world.users.supervisor, flag!.id, 'Synthetic decision'));
    expect(await exact('flags', 'negative_mpp_despite_harm_in_mexico', 'open')).toBe(before.open);
    expect(await exact('flags', 'negative_mpp_despite_harm_in_mexico', 'cleared')).toBe(1);
    await returnToMexico(world, caseId);
    expect(await exact('returns', '2019-07', 'El Paso')).toBe(1);
    await reportHarm(world, caseId);
    expect(await exact('harm', '2019-07', 'extortion')).toBe(1);
  });

  it('counts an objection to a whole category, which belongs to no case', async () => {
    const before = await exact('objections', '2019-08', 'whole category: credible_fear');
    await declineCategory(world);
    expect(await exact('objections', '2019-08', 'whole category: credible_fear')).toBe(before + 1);
    expect(cellOf(await figures('objections', 'public'), '2019-08', 'whole category: credible_fear')).toBe(
      '<10',
    );
  });

  it('narrows by office and fiscal year, and says so in its parameters', async () => {
    const other = await figures('screenings', 'analyst', { office: 'ELP', fiscalYear: null });
    expect(other.parameters).toEqual({ office: 'ELP', fiscalYear: null });
    expect(other.rows.map((r) => r.label)).toEqual(['total']);
    const fy2019 = await figures('returns', 'analyst', { office: 'HOU', fiscalYear: 2019 });
    expect(cellOf(fy2019, '2019-07', 'El Paso')).toBe(1);
    const fy2020 = await figures('returns', 'analyst', { office: 'HOU', fiscalYear: 2020 });
    expect(cellOf(fy2020, 'total', 'total')).toBe(0);
  });

  it('carries its source, refresh time and definitions, naming the pass-rate denominator', async () => {
    const published = await figures('screenings', 'public');
    expect(published.source).toBe('Refuge office records');
    expect(published.refreshedAt).toBe('2019-08-01T12:00:00.000Z');
    expect(published.definitions.join('\n')).toContain('positive / (positive + negative); closures are NOT');
    expect(published.definitions.join('\n')).toContain('shown as <10');
    expect((await figures('screenings', 'analyst')).definitions.join('\n')).toContain('exact counts');
  });
});
