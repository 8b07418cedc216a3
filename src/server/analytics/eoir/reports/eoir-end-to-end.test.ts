// End to end: generate a release, import it, and check crosstabs against a count this test makes itself from the
// raw files in plain TypeScript (tab split, cp1252, trimming, the counting rules written again, simply).
//
// Stray tabs that make a row ambiguous are switched off here: the importer quarantines those rows, and that
// decision is the importer's to test; every other quirk is on, at raised rates.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_DATA_DIR, generateEoirRelease } from '../../../../synthetic/eoir-release/index.ts';
import { importEoirRelease } from '../import/index.ts';
import { closeAnalyticsDatabases } from './analytics-database.ts';
import { renderReport } from './render-report.ts';
import { getCrosstabReport } from './report.service.ts';

const root = mkdtempSync(join(tmpdir(), 'refuge-eoir-e2e-'));
const releaseDir = join(root, 'release');
const dataDir = join(root, 'data');

type Row = Record<string, string | undefined>;

/** Reads a release table: cp1252, NULs dropped, CRLF or LF; a row with one extra field keeps its first field and reads the rest from the right. */
function readTable(table: string): Row[] {
  const text = new TextDecoder('windows-1252')
    .decode(readFileSync(join(releaseDir, CASE_DATA_DIR, `${table}.csv`)))
    .replaceAll('\0', '');
  const [headerLine = '', ...lines] = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const header = headerLine.split('\t').map((name) => (name === 'GENDER' ? 'Sex' : name));
  return lines
    .filter((line) => line !== '')
    .map((line) => {
      const fields = line.split('\t');
      const shift = Math.max(0, fields.length - header.length);
      return Object.fromEntries(header.map((name, i) => [name, i === 0 ? fields[0] : fields[i + shift]]));
    });
}

const code = (value: string | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
const isValidDate = (value: string | undefined): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)?$/.exec((value ?? '').trim());
  if (!match) return false;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().startsWith(day) &&
    day >= '1950-01-01' &&
    day <= '2035-12-31'
  );
};

/** The counting rules, applied to the raw rows: per in-scope case its MPP flag, outcome, nationality and representation. */
function countIndependently(): Map<
  string,
  { mpp: boolean; outcome: string; nationality: string; represented: boolean }
> {
  const mppLocations = new Set(['ENP', 'SYP', 'CIX', 'OPP', 'MPL', 'MPB', 'TUM']);
  const mpp = new Set<string>();
  for (const row of readTable('A_TblCaseIdentifier'))
    if (['MP', 'RM'].includes(code(row.CASE_ID) ?? '')) mpp.add(code(row.IDNCASE) ?? '');
  for (const row of readTable('tbl_schedule'))
    if (mppLocations.has(code(row.HEARING_LOC_CODE) ?? '')) mpp.add(code(row.IDNCASE) ?? '');
  const removal = new Map<string, Row[]>();
  for (const row of readTable('B_TblProceeding')) {
    if (mppLocations.has(code(row.HEARING_LOC_CODE) ?? '')) mpp.add(code(row.IDNCASE) ?? '');
    if (code(row.CASE_TYPE) !== 'RMV') continue;
    const list = removal.get(code(row.IDNCASE) ?? '') ?? [];
    list.push(row);
    removal.set(code(row.IDNCASE) ?? '', list);
  }
  const people = new Map(readTable('A_TblCase').map((row) => [code(row.IDNCASE) ?? '', row]));
  const courtReps = new Set(
    readTable('tbl_RepsAssigned')
      .filter((row) => code(row.STRATTYLEVEL) === 'COURT' && code(row.STRATTYTYPE) === 'ALIEN')
      .map((row) => code(row.IDNCASE) ?? ''),
  );
  const result = new Map<
    string,
    { mpp: boolean; outcome: string; nationality: string; represented: boolean }
  >();
  for (const [idncase, proceedings] of removal) {
    const open = proceedings.filter((p) => !['C', 'T'].includes(code(p.OTHER_COMP) ?? ''));
    const pool = open.length > 0 ? open : proceedings;
    const chosen = pool.reduce((best, p) =>
      Number(code(p.IDNPROCEEDING)) > Number(code(best.IDNPROCEEDING)) ? p : best,
    );
    const dec = code(chosen.DEC_CODE);
    const outcome = !isValidDate(chosen.COMP_DATE)
      ? 'pending'
      : dec === 'X'
        ? code(chosen.ABSENTIA) === 'Y'
          ? 'removal_in_absentia'
          : 'removal'
        : dec === 'V'
          ? 'voluntary_departure'
          : ['R', 'E', 'Z'].includes(dec ?? '')
            ? 'relief_granted'
            : ['T', 'U'].includes(dec ?? '')
              ? 'terminated'
              : ['A', 'Y', 'M'].includes(code(chosen.OTHER_COMP) ?? '')
                ? 'admin_closed'
                : 'other';
    const person = people.get(idncase);
    result.set(idncase, {
      mpp: mpp.has(idncase),
      outcome,
      nationality: code(person?.NAT) ?? '(missing)',
      represented: isValidDate(person?.E_28_DATE) || courtReps.has(idncase),
    });
  }
  return result;
}

const csvCounts = (csv: string): Map<string, number> => {
  const [header = [], ...lines] = csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  const counts = new Map<string, number>();
  for (const line of lines)
    header.slice(1).forEach((col, j) => counts.set(`${line[0]}|${col}`, Number(line[j + 1])));
  return counts;
};

let cases: ReturnType<typeof countIndependently>;

beforeAll(async () => {
  const generated = await generateEoirRelease({
    folder: releaseDir,
    cases: 3000,
    seed: 11,
    quirks: {
      extraField: 0.005,
      extraFieldAmbiguous: 0,
      shortRow: 0.003,
      nulByte: 0.01,
      latin1City: 0.02,
      sentinelDate: 0.02,
      paddedCode: 0.05,
      testLocation: 0.01,
    },
  });
  expect(
    generated.quirks.extra_field + generated.quirks.short_row + generated.quirks.sentinel_date,
  ).toBeGreaterThan(0);
  const summary = await importEoirRelease({ source: releaseDir, dataDir, label: 'e2e synthetic' });
  expect(summary.errors).toEqual([]);
  cases = countIndependently();
}, 120_000);

afterAll(() => {
  closeAnalyticsDatabases();
  rmSync(root, { recursive: true, force: true });
});

describe('generated release → import → crosstab', () => {
  it('counts MPP cases by nationality and outcome exactly as the raw files say', async () => {
    const csv = renderReport(
      await getCrosstabReport(dataDir, { rows: 'nationality', cols: 'outcome', where: 'mpp=yes' }, 'analyst'),
      'csv',
    );
    const expected = new Map<string, number>();
    for (const c of cases.values())
      if (c.mpp)
        expected.set(
          `${c.nationality}|${c.outcome}`,
          (expected.get(`${c.nationality}|${c.outcome}`) ?? 0) + 1,
        );
    const actual = csvCounts(csv);
    expect([...actual].filter(([, n]) => n > 0).sort()).toEqual([...expected].sort());
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('counts representation, MPP against non-MPP, exactly as the raw files say', async () => {
    const csv = renderReport(
      await getCrosstabReport(dataDir, { rows: 'mpp', cols: 'represented' }, 'analyst'),
      'csv',
    );
    const expected = new Map<string, number>();
    for (const c of cases.values()) {
      const key = `${c.mpp ? 'yes' : 'no'}|${c.represented ? 'yes' : 'no'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect([...csvCounts(csv)].sort()).toEqual([...expected].sort());
  });
});
