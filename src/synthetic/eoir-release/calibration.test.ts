// Distributions of a 20k-case release against the public court figures (docs/domain.md) and the generator's
// targets, within tolerances.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseTruth } from './case-truth.ts';
import { generateEoirRelease, type GenerateSummary } from './generate-release.ts';
import { columnValues, readRawTable } from './release-lines.testing.ts';

const CASES = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'eoir-cal-'));
const truths: CaseTruth[] = [];
let summary: GenerateSummary;

beforeAll(async () => {
  summary = await generateEoirRelease({
    folder: join(dir, 'r'),
    cases: CASES,
    seed: 5,
    lookups: false,
    onCaseTruth: (t) => truths.push(t),
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const share = (part: number, whole: number): number => part / whole;

describe('calibration (20k cases)', () => {
  it('has about 1.3 proceedings and 3.6 hearings per case', () => {
    expect(share(summary.tables.B_TblProceeding.rows, CASES)).toBeGreaterThan(1.25);
    expect(share(summary.tables.B_TblProceeding.rows, CASES)).toBeLessThan(1.35);
    expect(share(summary.tables.tbl_schedule.rows, CASES)).toBeGreaterThan(3.3);
    expect(share(summary.tables.tbl_schedule.rows, CASES)).toBeLessThan(3.9);
  });

  it('makes about 7% of cases MPP, all with NTAs in fiscal years 2019–2022', () => {
    const mpp = truths.filter((t) => t.mpp);
    expect(share(mpp.length, CASES)).toBeGreaterThan(0.063);
    expect(share(mpp.length, CASES)).toBeLessThan(0.077);
    expect(mpp.every((t) => t.fiscalYear === null || (t.fiscalYear >= 2019 && t.fiscalYear <= 2022))).toBe(
      true,
    );
  });

  it('calibrates MPP outcomes: ~1.5% relief among completed, in absentia the most common, about half missing a hearing', () => {
    const outcomes = summary.truth.outcomes.mpp;
    const total = Object.values(outcomes).reduce((a, b) => a + b, 0);
    const completed = total - outcomes.pending;
    expect(share(outcomes.relief_granted, completed)).toBeGreaterThan(0.007);
    expect(share(outcomes.relief_granted, completed)).toBeLessThan(0.025);
    const top = Object.entries(outcomes).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top).toBe('removal_in_absentia');
    expect(share(outcomes.removal_in_absentia, total)).toBeGreaterThan(0.45);
    expect(share(outcomes.removal_in_absentia, total)).toBeLessThan(0.65);
  });

  it('represents 4–7% of MPP cases and 30–60% of the others', () => {
    const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    expect(share(summary.truth.represented.mpp, sum(summary.truth.outcomes.mpp))).toBeGreaterThan(0.035);
    expect(share(summary.truth.represented.mpp, sum(summary.truth.outcomes.mpp))).toBeLessThan(0.075);
    expect(share(summary.truth.represented.nonMpp, sum(summary.truth.outcomes.nonMpp))).toBeGreaterThan(0.3);
    expect(share(summary.truth.represented.nonMpp, sum(summary.truth.outcomes.nonMpp))).toBeLessThan(0.6);
  });

  it('spreads other cases over fiscal years from the 1990s to 2026, mostly removal cases', () => {
    const years = truths.filter((t) => !t.mpp && t.fiscalYear !== null).map((t) => t.fiscalYear ?? 0);
    expect(Math.min(...years)).toBeLessThan(2000);
    expect(Math.max(...years)).toBe(2026);
    const caseTypes = columnValues(readRawTable(summary.folder, 'A_TblCase'), 'CASE_TYPE').map((value) =>
      value.trim(),
    );
    expect(share(caseTypes.filter((t) => t === 'RMV').length, CASES)).toBeGreaterThan(0.8);
    expect(new Set(caseTypes).size).toBeGreaterThan(5);
  });

  it('draws codes with the real frequencies where the stats have them', () => {
    const crimInd = columnValues(readRawTable(summary.folder, 'B_TblProceeding'), 'CRIM_IND');
    const crim = crimInd.filter((v) => v === 'Y').length / crimInd.filter(Boolean).length;
    expect(crim).toBeGreaterThan(0.06);
    expect(crim).toBeLessThan(0.1);
    const calTypes = columnValues(readRawTable(summary.folder, 'tbl_schedule'), 'CAL_TYPE');
    const masters = calTypes.filter((v) => v === 'M').length / calTypes.length;
    expect(masters).toBeGreaterThan(0.6);
    expect(masters).toBeLessThan(0.9);
  });
});
