import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors.ts';
import { closeAnalyticsDatabases } from './analytics-database.ts';
import { MISSING_LABEL } from './dimensions.ts';
import { renderReport, toReportJson } from './render-report.ts';
import { getCrosstabReport } from './report.service.ts';
import { createSampleDataDir, type SampleCase } from './sample-model.fixture.ts';

let dataDir: string;
let cases: SampleCase[];

beforeAll(async () => {
  ({ dataDir, cases } = await createSampleDataDir(300));
});

afterAll(() => {
  closeAnalyticsDatabases();
  rmSync(dataDir, { recursive: true, force: true });
});

const csv = async (
  input: Parameters<typeof getCrosstabReport>[1],
  audience: 'public' | 'analyst' = 'analyst',
): Promise<string[][]> =>
  renderReport(await getCrosstabReport(dataDir, input, audience), 'csv')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

/** Counts the sample cases by two facts, as the test's own reference. */
function expectedCounts(
  rowOf: (c: SampleCase) => string,
  colOf: (c: SampleCase) => string,
  keep: (c: SampleCase) => boolean = () => true,
) {
  const counts = new Map<string, number>();
  for (const c of cases.filter(keep))
    counts.set(`${rowOf(c)}|${colOf(c)}`, (counts.get(`${rowOf(c)}|${colOf(c)}`) ?? 0) + 1);
  return counts;
}

describe('crosstab CSV', () => {
  it('has one header row (row dimension, then sorted column values) and one sorted line per row value', async () => {
    const lines = await csv({ rows: 'nationality', cols: 'outcome', where: 'mpp=yes' });
    const expected = expectedCounts(
      (c) => c.nationality ?? MISSING_LABEL,
      (c) => c.outcome,
      (c) => c.mpp,
    );
    const outcomes = [...new Set(cases.filter((c) => c.mpp).map((c) => c.outcome))].sort();
    expect(lines[0]).toEqual(['nationality', ...outcomes]);
    expect(lines.slice(1).map((line) => line[0])).toEqual(['CU', 'ES', 'GT', 'HO', MISSING_LABEL]);
    for (const line of lines.slice(1)) {
      outcomes.forEach((outcome, j) =>
        expect(line[j + 1]).toBe(String(expected.get(`${line[0]}|${outcome}`) ?? 0)),
      );
    }
  });

  it('has a single count column without cols, and sorts fiscal years numerically', async () => {
    const lines = await csv({ rows: 'fiscal_year' });
    expect(lines).toEqual([
      ['fiscal_year', 'count'],
      ['2019', String(cases.filter((c) => c.fiscalYear === 2019).length)],
      ['2020', String(cases.filter((c) => c.fiscalYear === 2020).length)],
    ]);
  });

  it('shows percent of the row total', async () => {
    const lines = await csv({ rows: 'mpp', cols: 'represented', measure: 'percent' });
    expect(lines[0]).toEqual(['mpp', 'no', 'yes']);
    const mpp = cases.filter((c) => c.mpp);
    const share = (mpp.filter((c) => c.represented).length / mpp.length) * 100;
    expect(lines[2]?.[0]).toBe('yes');
    expect(Number(lines[2]?.[2])).toBeCloseTo(share, 1);
    expect(Number(lines[2]?.[1]) + Number(lines[2]?.[2])).toBeCloseTo(100, 0);
  });

  it('filters on several dimensions, alternatives and missing values', async () => {
    const lines = await csv({
      rows: 'court',
      where: 'nationality=ES|(missing),outcome=removal|removal_in_absentia',
    });
    const keep = (c: SampleCase): boolean =>
      (c.nationality === 'ES' || c.nationality === null) && c.outcome.startsWith('removal');
    const expected = ['HOU', 'SND']
      .map((court) => [court, String(cases.filter((c) => keep(c) && c.court === court).length)])
      .filter(([, n]) => n !== '0');
    expect(expected.length).toBeGreaterThan(0);
    expect(lines.slice(1)).toEqual(expected);
  });
});

describe('crosstab suppression', () => {
  it('shows small cells as <10 for the public, withholds complements, and shows exact counts to analysts', async () => {
    const request = { rows: 'nationality', cols: 'mpp' };
    const analyst = await csv(request, 'analyst');
    const publicLines = await csv(request, 'public');
    const cuAnalyst = analyst.find((line) => line[0] === 'CU');
    const cuPublic = publicLines.find((line) => line[0] === 'CU');
    expect(cuAnalyst?.slice(1).every((v) => Number(v) >= 1 && Number(v) <= 9)).toBe(true);
    expect(cuPublic?.slice(1)).toEqual(['<10', '<10']);
    // each column of the public table hides either nothing or at least two figures (counting the total row)
    const result = await getCrosstabReport(dataDir, request, 'public');
    const json = toReportJson(result) as { rows: { values: unknown[] }[] };
    for (let c = 0; c < 3; c++) {
      const hidden = json.rows.filter((row) => typeof row.values[c] === 'string').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
    for (const row of json.rows) {
      const hidden = row.values.filter((v) => typeof v === 'string').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });
});

describe('crosstab output', () => {
  it('carries source, release and definitions in JSON and in the table footer, never in CSV', async () => {
    const result = await getCrosstabReport(dataDir, { rows: 'mpp', cols: 'outcome' }, 'public');
    const json = toReportJson(result);
    expect(json).toMatchObject({
      source: 'EOIR case-data release',
      release: 'sample release 2026-01',
      audience: 'public',
    });
    expect((json.definitions as string[]).some((text) => text.startsWith('MPP case:'))).toBe(true);
    const table = renderReport(result, 'table');
    expect(table).toContain('Source: EOIR case-data release, sample release 2026-01');
    expect(table).toContain('Outcome: decided by the latest removal proceeding');
    const csvText = renderReport(result, 'csv');
    expect(csvText.trimEnd().split('\n')).toHaveLength(3);
    expect(csvText).not.toContain('EOIR');
  });
});

describe('crosstab validation', () => {
  it.each([
    [{ rows: 'nat' }, "Unknown dimension 'nat' in rows: use one of mpp, outcome, fiscal_year"],
    [{}, 'A crosstab needs rows'],
    [{ rows: 'mpp', cols: 'mpp' }, 'pick two different dimensions'],
    [{ rows: 'mpp', measure: 'median' }, "Unknown measure 'median'"],
    [{ rows: 'mpp', where: 'outcome=deported' }, "Invalid value 'deported' for outcome"],
    [{ rows: 'mpp', where: 'fiscal_year=19' }, 'four-digit fiscal year'],
    [{ rows: 'mpp', where: 'mpp' }, "Cannot read 'mpp' in where"],
    [{ rows: 'mpp', where: 'mpp=yes,mpp=no' }, 'mpp appears twice'],
    [{ rows: 'mpp', where: "court=x'; DROP TABLE eoir_model.cases; --" }, undefined],
  ])('rejects or safely handles %j', async (input, message) => {
    const outcome = await getCrosstabReport(dataDir, input, 'analyst').catch((error: unknown) => error);
    if (message === undefined) {
      // a hostile value is only ever a parameter: it matches nothing and the table is still there
      expect(outcome).not.toBeInstanceOf(Error);
      expect(renderReport(await getCrosstabReport(dataDir, { rows: 'mpp' }, 'analyst'), 'csv')).toContain(
        'yes,',
      );
      return;
    }
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).code).toBe('VALIDATION_FAILED');
    expect((outcome as AppError).message).toContain(message);
  });

  it('says no court data is imported when the file does not exist', async () => {
    const failure = await getCrosstabReport('/nonexistent/refuge-data', { rows: 'mpp' }, 'public').catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('NO_COURT_DATA');
    expect((failure as AppError).message).toContain('No court data imported yet');
  });
});
