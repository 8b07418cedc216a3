// The model build as a schedule: steps start as soon as their tables are loaded, never before; a failing step
// stops the build with its name; the finished build equals the one built in one go.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors.ts';
import { buildEoirModel } from './build-model.ts';
import { startModelBuild } from './model-schedule.ts';
import { MODEL_STEPS } from './model-steps.ts';
import { createRawTables, type RawRows } from './raw-tables.fixture.ts';

const RAW: RawRows = {
  A_TblCase: [{ IDNCASE: '1', NAT: 'HO ', LANG: 'SP ', CUSTODY: 'N', Sex: 'F' }],
  B_TblProceeding: [
    {
      IDNPROCEEDING: '10',
      IDNCASE: '1',
      CASE_TYPE: 'RMV',
      HEARING_LOC_CODE: 'ENP',
      OSC_DATE: '2019-03-01 00:00:00.000',
      COMP_DATE: '2020-01-01 00:00:00.000',
      DEC_CODE: 'X',
      ABSENTIA: 'Y',
    },
  ],
  tbl_schedule: [
    { IDNSCHEDULE: '100', IDNCASE: '1', IDNPROCEEDING: '10', ADJ_DATE: '2019-06-01 00:00:00.000' },
  ],
  tbl_Court_Appln: [
    { IDNPROCEEDINGAPPLN: '7', IDNPROCEEDING: '10', IDNCASE: '1', APPL_CODE: 'ASYL', APPL_DEC: 'D' },
  ],
};

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await createRawTables(connection, RAW);
});
afterEach(() => {
  connection.closeSync();
  instance.closeSync();
});

const rows = async (sql: string): Promise<unknown[][]> => (await connection.runAndReadAll(sql)).getRowsJS();

describe('the model build schedule', () => {
  it('runs a step only once every table it reads is loaded and the steps it follows are done', async () => {
    const done: string[] = [];
    const build = await startModelBuild(connection, ({ step }) => done.push(step));
    await build.whenIdle();
    expect(done).toEqual(['types']);

    build.markLoaded('b_tblproceeding');
    await build.whenIdle();
    expect(done).toEqual([
      'types',
      'proceedings (work)',
      'proceeding code types',
      'removal proceedings (work)',
      'outcome proceedings (work)',
      'eoir_model.removal_proceedings',
    ]);

    for (const table of ['A_TblCaseIdentifier', 'tbl_Court_Appln', 'tbl_schedule']) build.markLoaded(table);
    await build.whenIdle();
    expect(done.slice(6)).toEqual([
      'MPP cases (work)',
      'eoir_model.asylum_decisions',
      'first hearings (work)',
    ]);

    // Only the stored case table waits for the representation rows, the last file the importer loads.
    build.markLoaded('A_TblCase');
    await build.whenIdle();
    expect(done.slice(9)).toEqual(['case attributes (work)', 'case code types']);
    build.markLoaded('tbl_RepsAssigned');
    await build.whenIdle();
    expect(done.slice(11)).toEqual([
      'court representation (work)',
      'eoir_model.cases',
      'eoir_model.hearings',
    ]);

    await build.finish();
    expect(new Set(done)).toEqual(new Set(MODEL_STEPS.map((step) => step.name)));
    for (const step of MODEL_STEPS) {
      for (const before of step.after)
        expect(done.indexOf(before), step.name).toBeLessThan(done.indexOf(step.name));
    }
    expect(await rows(`SELECT count(*) FROM duckdb_tables() WHERE temporary`)).toEqual([[0n]]);
  });

  it('reports its share done by step weights, ending at 1', async () => {
    const fractions: number[] = [];
    const build = await startModelBuild(connection, ({ fraction }) => fractions.push(fraction));
    await build.finish();
    expect(fractions).toHaveLength(MODEL_STEPS.length);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBeCloseTo(1, 10);
  });

  it('builds the same model as building it in one go', async () => {
    const build = await startModelBuild(connection);
    for (const table of ['tbl_RepsAssigned', 'A_TblCase', 'tbl_schedule', 'B_TblProceeding'])
      build.markLoaded(table);
    await build.finish();
    const scheduled = await rows('SELECT * FROM eoir_model.cases ORDER BY idncase');
    await buildEoirModel(connection);
    expect(await rows('SELECT * FROM eoir_model.cases ORDER BY idncase')).toEqual(scheduled);
    expect(scheduled).toHaveLength(1);
  });

  it('stops at a failing step and names it', async () => {
    await connection.run('ALTER TABLE eoir_raw.tbl_schedule DROP COLUMN ADJ_DATE');
    const done: string[] = [];
    const build = await startModelBuild(connection, ({ step }) => done.push(step));
    const failure = await build.finish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('IMPORT_FAILED');
    expect((failure as AppError).message).toMatch(
      /^Building the court-data model \(first hearings \(work\)\) failed: /,
    );
    expect(done).not.toContain('eoir_model.cases');
    expect(await rows(`SELECT count(*) FROM duckdb_tables() WHERE temporary`)).toEqual([[0n]]);
  });
});
