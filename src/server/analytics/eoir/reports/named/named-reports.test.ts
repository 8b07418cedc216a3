import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../domain/errors.ts';
import { closeAnalyticsDatabases } from '../analytics-database.ts';
import { toReportJson } from '../render-report.ts';
import { NAMED_REPORT_NAMES } from '../report-names.ts';
import { getNamedReport } from '../report.service.ts';
import { createSampleDataDir, type SampleCase } from '../sample-model.fixture.ts';
import { NAMED_REPORTS } from './index.ts';

let dataDir: string;
let cases: SampleCase[];

beforeAll(async () => {
  ({ dataDir, cases } = await createSampleDataDir(300));
});

afterAll(() => {
  closeAnalyticsDatabases();
  rmSync(dataDir, { recursive: true, force: true });
});

type Json = {
  columns: { label: string }[];
  rows: { label: string; values: unknown[]; isTotal: boolean }[];
  definitions: string[];
};
const report = async (name: string, audience: 'public' | 'analyst' = 'analyst'): Promise<Json> =>
  toReportJson(await getNamedReport(dataDir, name, audience)) as unknown as Json;
const row = (json: Json, label: string): unknown[] =>
  json.rows.find((r) => r.label === label && !r.isTotal)?.values ?? [];
const share = (part: number, base: number): number => Math.round((part / base) * 1000) / 10;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('named reports', () => {
  it('lists the same names for help as it runs', () => {
    expect(NAMED_REPORTS.map((r) => r.name)).toEqual([...NAMED_REPORT_NAMES]);
  });

  it('mpp-outcomes-by-nationality counts MPP cases by nationality and outcome', async () => {
    const json = await report('mpp-outcomes-by-nationality');
    const removals = cases.filter((c) => c.mpp && c.nationality === 'GT' && c.outcome === 'removal').length;
    const column = json.columns.findIndex((c) => c.label === 'removal');
    expect(row(json, 'GT')[column]).toBe(removals);
    expect(json.rows.at(-1)?.values.at(-1)).toBe(cases.filter((c) => c.mpp).length);
  });

  it('mpp-outcomes-by-hearing-location puts every MPP case at the location of its outcome proceeding', async () => {
    const json = await report('mpp-outcomes-by-hearing-location');
    expect(json.rows.filter((r) => !r.isTotal).map((r) => r.label)).toEqual(['ENP', 'SND']);
    expect(row(json, 'SND').at(-1)).toBe(cases.filter((c) => c.mpp && c.idncase % 2 !== 0).length);
  });

  it('representation compares MPP and non-MPP cases', async () => {
    const json = await report('representation');
    for (const [label, isMpp] of [
      ['yes', true],
      ['no', false],
    ] as const) {
      const group = cases.filter((c) => c.mpp === isMpp);
      const represented = group.filter((c) => c.represented).length;
      expect(row(json, label)).toEqual([group.length, represented, share(represented, group.length)]);
    }
  });

  it('in-absentia gives the share of completed cases removed in absentia', async () => {
    const json = await report('in-absentia');
    const completed = cases.filter((c) => c.mpp && c.outcome !== 'pending');
    const absentia = completed.filter((c) => c.outcome === 'removal_in_absentia').length;
    expect(row(json, 'yes')).toEqual([completed.length, absentia, share(absentia, completed.length)]);
  });

  it('relief-granted counts completed MPP cases by fiscal year', async () => {
    const json = await report('relief-granted');
    const completed = cases.filter((c) => c.mpp && c.outcome !== 'pending' && c.fiscalYear === 2020);
    const granted = completed.filter((c) => c.outcome === 'relief_granted').length;
    expect(row(json, '2020')).toEqual([completed.length, granted, share(granted, completed.length)]);
  });

  it('asylum-grants-by-judge and -by-court count grants among merits decisions', async () => {
    const byJudge = await report('asylum-grants-by-judge');
    const merits = cases.filter(
      (c) => c.judge === 'JBB' && (c.asylumDecision === 'G' || c.asylumDecision === 'D'),
    );
    const grants = merits.filter((c) => c.asylumDecision === 'G').length;
    expect(row(byJudge, 'JBB')).toEqual([merits.length, grants, share(grants, merits.length)]);
    const byCourt = await report('asylum-grants-by-court');
    const hou = cases.filter(
      (c) => c.court === 'HOU' && (c.asylumDecision === 'G' || c.asylumDecision === 'D'),
    );
    expect(row(byCourt, 'HOU')[0]).toBe(hou.length);
  });

  it('durations gives median days from the NTA to the first hearing and to completion', async () => {
    const json = await report('durations');
    const mpp = cases.filter((c) => c.mpp);
    const completed = mpp.filter((c) => c.outcome !== 'pending');
    expect(row(json, 'yes')).toEqual([
      mpp.length,
      median(mpp.map((c) => days(c.oscDate, c.firstHearingDate))),
      completed.length,
      median(completed.map((c) => days(c.oscDate, '2021-02-01'))),
    ]);
  });

  it('suppresses small counts and the shares built on them for the public', async () => {
    const json = await report('mpp-outcomes-by-nationality', 'public');
    expect(row(json, 'CU').filter((v) => v === '<10').length).toBeGreaterThan(0);
    expect(json.definitions.some((text) => text.startsWith('Small cells'))).toBe(true);
  });

  it('answers NOT_FOUND for an unknown report, naming the known ones', async () => {
    const failure = await getNamedReport(dataDir, 'mpp-everything', 'public').catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('NOT_FOUND');
    expect((failure as AppError).message).toContain('representation');
  });
});
