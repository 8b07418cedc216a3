// The generator's ground truth must be what the importer's counting rules read from the written rows. This test
// recomputes it independently from the raw files (quirks and all) and compares case by case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseTruth } from './case-truth.ts';
import { generateEoirRelease } from './generate-release.ts';
import { readRawTable } from './release-lines.testing.ts';
import type { CoreTable } from './priors.ts';

const MPP_LOCATIONS = new Set(['ENP', 'SYP', 'CIX', 'OPP', 'MPL', 'MPB', 'TUM']);
const dir = mkdtempSync(join(tmpdir(), 'eoir-truth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows as name → value; stray-tab rows merged at the logged column, short rows padded. */
function rows(folder: string, table: CoreTable, tabColumns: Map<number, string>): Record<string, string>[] {
  const [header = '', ...lines] = readRawTable(folder, table).lines;
  const names = header.split('\t');
  return lines.map((line, i) => {
    let fields = line.replaceAll('\u0000', '').split('\t');
    const tabColumn = tabColumns.get(i + 2);
    if (tabColumn !== undefined) {
      const k = names.indexOf(tabColumn);
      fields = [...fields.slice(0, k), `${fields[k]}\t${fields[k + 1]}`, ...fields.slice(k + 2)];
    }
    return Object.fromEntries(names.map((name, j) => [name, fields[j] ?? '']));
  });
}

const code = (value: string | undefined): string => (value ?? '').trim();
const validDay = (value: string | undefined): string | null => {
  const day = (value ?? '').slice(0, 10);
  return /^\d{4}-\d\d-\d\d$/.test(day) && day >= '1950-01-01' && day <= '2035-12-31' ? day : null;
};
const fiscalYear = (day: string): number => Number(day.slice(0, 4)) + (Number(day.slice(5, 7)) >= 10 ? 1 : 0);

describe('case truth', () => {
  it('equals an independent reading of the raw files under the counting rules', async () => {
    const truths = new Map<number, CaseTruth>();
    const summary = await generateEoirRelease({
      folder: join(dir, 'r'),
      cases: 3000,
      seed: 21,
      lookups: false,
      mppShare: 0.2,
      maxListedDefects: 1_000_000,
      quirks: { sentinelDate: 0.03, extraField: 0.005, shortRow: 0.005, testLocation: 0.01, nulByte: 0.01 },
      onCaseTruth: (truth) => truths.set(truth.idncase, truth),
    });
    const tabs = new Map(
      summary.defects.filter((d) => d.kind.startsWith('extra_field')).map((d) => [d.line, d.detail ?? '']),
    );
    const none = new Map<number, string>();
    const cases = rows(summary.folder, 'A_TblCase', tabs);
    const proceedings = rows(summary.folder, 'B_TblProceeding', none);
    const mpp = new Set<string>();
    for (const r of rows(summary.folder, 'A_TblCaseIdentifier', none))
      if (['MP', 'RM'].includes(code(r.CASE_ID))) mpp.add(code(r.IDNCASE));
    for (const r of proceedings) if (MPP_LOCATIONS.has(code(r.HEARING_LOC_CODE))) mpp.add(code(r.IDNCASE));
    for (const r of rows(summary.folder, 'tbl_schedule', none))
      if (MPP_LOCATIONS.has(code(r.HEARING_LOC_CODE))) mpp.add(code(r.IDNCASE));
    const courtReps = new Set(
      rows(summary.folder, 'tbl_RepsAssigned', none)
        .filter((r) => code(r.STRATTYLEVEL) === 'COURT' && code(r.STRATTYTYPE) === 'ALIEN')
        .map((r) => code(r.IDNCASE)),
    );
    const byCase = new Map<string, Record<string, string>[]>();
    for (const p of proceedings.filter((r) => code(r.CASE_TYPE) === 'RMV'))
      byCase.set(code(p.IDNCASE), [...(byCase.get(code(p.IDNCASE)) ?? []), p]);

    let checked = 0;
    for (const c of cases) {
      const id = code(c.IDNCASE);
      const own = (byCase.get(id) ?? []).sort((a, b) => Number(b.IDNPROCEEDING) - Number(a.IDNPROCEEDING));
      const chosen = own.find((p) => !['C', 'T'].includes(code(p.OTHER_COMP))) ?? own[0];
      let outcome: string | null = null;
      if (chosen) {
        const dec = code(chosen.DEC_CODE);
        const other = code(chosen.OTHER_COMP);
        if (!validDay(chosen.COMP_DATE)) outcome = 'pending';
        else if (dec === 'X') outcome = code(chosen.ABSENTIA) === 'Y' ? 'removal_in_absentia' : 'removal';
        else if (dec === 'V') outcome = 'voluntary_departure';
        else if (['R', 'E', 'Z'].includes(dec)) outcome = 'relief_granted';
        else if (['T', 'U'].includes(dec)) outcome = 'terminated';
        else outcome = ['A', 'Y', 'M'].includes(other) ? 'admin_closed' : 'other';
      }
      const oscDays = own
        .map((p) => validDay(p.OSC_DATE))
        .filter((d): d is string => d !== null)
        .sort();
      const expected: CaseTruth = {
        idncase: Number(id),
        inScope: chosen !== undefined,
        mpp: mpp.has(id),
        outcome: outcome as CaseTruth['outcome'],
        fiscalYear: chosen && oscDays[0] ? fiscalYear(oscDays[0]) : null,
        represented: validDay(c.E_28_DATE) !== null || courtReps.has(id),
        nationality: code(c.NAT) || null,
        court: chosen ? code(chosen.BASE_CITY_CODE) : null,
        hearingLocation: chosen ? code(chosen.HEARING_LOC_CODE) : null,
      };
      expect(truths.get(Number(id))).toEqual(expected);
      checked++;
    }
    expect(checked).toBe(3000);
    expect(summary.quirks.test_location).toBeGreaterThan(0);
    expect(summary.truth.mpp).toBe([...truths.values()].filter((t) => t.mpp).length);
  });
});
