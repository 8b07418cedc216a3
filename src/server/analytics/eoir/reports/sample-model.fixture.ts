// Test support: a small synthetic release with known per-case facts, written as raw tables into a DuckDB file in
// a temp data directory and modelled with buildEoirModel, so report tests can compare figures with the facts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildEoirModel } from '../model/build-model.ts';
import { createRawTables, type RawRows } from '../model/raw-tables.fixture.ts';
import { analyticsDatabasePath } from './analytics-database.ts';

/** What the test knows about each sample case. */
export interface SampleCase {
  idncase: number;
  nationality: string | null;
  mpp: boolean;
  outcome: string;
  fiscalYear: number;
  represented: boolean;
  court: string;
  judge: string;
  oscDate: string;
  firstHearingDate: string;
  /** APPL_DEC of the case's one asylum application (ASYL), or null without one. */
  asylumDecision: string | null;
}

const OUTCOME_BY_REMAINDER = [
  'pending',
  'removal_in_absentia',
  'removal',
  'voluntary_departure',
  'relief_granted',
  'terminated',
];

/** The facts of case i (1-based), chosen so some cells are small and some nationalities missing. */
export function sampleCase(i: number): SampleCase {
  const month = (i % 12) + 1;
  const oscDate = `2019-${String(month).padStart(2, '0')}-15`;
  const hearing = new Date(`${oscDate}T00:00:00Z`);
  hearing.setUTCDate(hearing.getUTCDate() + 10 + (i % 50));
  const outcome = OUTCOME_BY_REMAINDER[i % 6] ?? 'other';
  const decisions: Record<string, string> = {
    relief_granted: 'G',
    removal: 'D',
    voluntary_departure: 'W',
    terminated: 'A',
  };
  return {
    judge: ['JAA', 'JBB', 'JCC'][i % 3] ?? 'JAA',
    oscDate,
    firstHearingDate: hearing.toISOString().slice(0, 10),
    asylumDecision: decisions[outcome] ?? null,
    idncase: i,
    nationality: i % 37 === 0 ? 'CU' : i % 20 === 0 ? null : (['ES', 'GT', 'HO'][i % 3] ?? null),
    mpp: i % 2 === 0 || i % 7 === 0,
    outcome,
    fiscalYear: month >= 10 ? 2020 : 2019,
    represented: i % 4 === 0 || i % 9 === 0,
    court: i % 5 === 0 ? 'HOU' : 'SND',
  };
}

function rawRowsFor(cases: SampleCase[]): RawRows {
  const ts = (date: string): string => `${date} 00:00:00.000`;
  return {
    A_TblCase: cases.map((c) => ({
      IDNCASE: String(c.idncase),
      NAT: c.nationality === null ? null : `${c.nationality} `,
      E_28_DATE:
        c.idncase % 4 === 0 ? ts('2019-12-01') : c.idncase % 9 === 0 ? '1900-01-01 00:00:00.000' : null,
    })),
    B_TblProceeding: cases.map((c) => {
      const decision: Record<string, [string | null, string | null]> = {
        pending: [null, null],
        removal_in_absentia: ['X', 'Y'],
        removal: ['X', null],
        voluntary_departure: ['V ', null],
        relief_granted: ['R', null],
        terminated: ['T', null],
      };
      const [decCode, absentia] = decision[c.outcome] ?? [null, null];
      return {
        IDNPROCEEDING: String(c.idncase * 10),
        IDNCASE: String(c.idncase),
        CASE_TYPE: 'RMV ',
        BASE_CITY_CODE: `${c.court} `,
        IJ_CODE: c.judge,
        HEARING_LOC_CODE: c.idncase % 2 === 0 ? 'ENP ' : 'SND',
        OSC_DATE: ts(c.oscDate),
        COMP_DATE: c.outcome === 'pending' ? null : ts('2021-02-01'),
        DEC_CODE: decCode,
        ABSENTIA: absentia,
      };
    }),
    A_TblCaseIdentifier: cases
      .filter((c) => c.idncase % 7 === 0)
      .map((c) => ({ IDNCASE: String(c.idncase), CASE_ID: 'MP ' })),
    tbl_schedule: cases.map((c) => ({
      IDNSCHEDULE: String(c.idncase),
      IDNCASE: String(c.idncase),
      IDNPROCEEDING: String(c.idncase * 10),
      ADJ_DATE: ts(c.firstHearingDate),
    })),
    tbl_Court_Appln: cases
      .filter((c) => c.asylumDecision !== null)
      .map((c) => ({
        IDNPROCEEDINGAPPLN: String(c.idncase),
        IDNPROCEEDING: String(c.idncase * 10),
        IDNCASE: String(c.idncase),
        APPL_CODE: 'ASYL',
        APPL_DEC: c.asylumDecision,
      })),
    tbl_RepsAssigned: cases
      .filter((c) => c.idncase % 9 === 0)
      .map((c) => ({ IDNCASE: String(c.idncase), STRATTYLEVEL: 'COURT', STRATTYTYPE: 'ALIEN' })),
  };
}

/** Creates a data directory holding analytics.duckdb with `count` sample cases and a release label. */
export async function createSampleDataDir(
  count: number,
  releaseLabel = 'sample release 2026-01',
): Promise<{ dataDir: string; cases: SampleCase[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'refuge-reports-'));
  const cases = Array.from({ length: count }, (_, index) => sampleCase(index + 1));
  const instance = await DuckDBInstance.create(analyticsDatabasePath(dataDir));
  const connection = await instance.connect();
  await createRawTables(connection, rawRowsFor(cases));
  await buildEoirModel(connection);
  await connection.run('CREATE SCHEMA eoir_meta');
  await connection.run(
    'CREATE TABLE eoir_meta.release (source VARCHAR, release_label VARCHAR, imported_at TIMESTAMP)',
  );
  await connection.run(
    `INSERT INTO eoir_meta.release VALUES ('folder', ?, TIMESTAMP '2026-01-15 10:00:00')`,
    [releaseLabel],
  );
  connection.closeSync();
  instance.closeSync();
  return { dataDir, cases };
}

/** Names the sample's codes as a release's Lookup/ folder would (EOIR's headers): HO, GT, ES (not CU), HOU and SND. */
export async function addSampleLookups(dataDir: string): Promise<void> {
  const instance = await DuckDBInstance.create(analyticsDatabasePath(dataDir));
  const connection = await instance.connect();
  await connection.run(`
    CREATE SCHEMA IF NOT EXISTS eoir_lookup;
    CREATE TABLE eoir_lookup."tblLookupNationality" AS SELECT * FROM (VALUES
      ('HO ', 'HONDURAS'), ('GT', 'GUATEMALA'), ('ES', 'EL SALVADOR')) AS t("NAT_CODE", "NAT_NAME");
    CREATE TABLE eoir_lookup."tblLookupBaseCity" AS SELECT * FROM (VALUES
      ('HOU', 'IMMIGRATION COURT', 'HOUSTON', 'TX'), ('SND', 'IMMIGRATION COURT', '', ''))
      AS t("BASE_CITY_CODE", "BASE_CITY_NAME", "BASE_CITY", "BASE_STATE");
    CREATE TABLE eoir_lookup."tblLookupHloc" AS SELECT * FROM (VALUES
      ('SND', 'SAN DIEGO, CALIFORNIA')) AS t("HEARING_LOC_CODE", "HEARING_LOC_NAME");`);
  connection.closeSync();
  instance.closeSync();
}
