// Builds the eoir_model schema from the verbatim eoir_raw tables, inside whatever DuckDB file the caller holds
// (the importer calls it in the new file before swapping it in). Rebuilding drops the old model first.
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../../domain/errors.ts';
import { startModelBuild, type ModelStepDone } from './model-schedule.ts';

/** The raw columns the model reads, per core table (names as the importer writes them, after renames). */
export const MODEL_INPUT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  A_TblCase: ['IDNCASE', 'NAT', 'LANG', 'CUSTODY', 'Sex', 'E_28_DATE', '_line'],
  B_TblProceeding: [
    'IDNPROCEEDING',
    'IDNCASE',
    'CASE_TYPE',
    'BASE_CITY_CODE',
    'HEARING_LOC_CODE',
    'IJ_CODE',
    'DEC_CODE',
    'OTHER_COMP',
    'ABSENTIA',
    'OSC_DATE',
    'COMP_DATE',
    '_line',
  ],
  tbl_schedule: [
    'IDNSCHEDULE',
    'IDNCASE',
    'IDNPROCEEDING',
    'ADJ_DATE',
    'HEARING_LOC_CODE',
    'BASE_CITY_CODE',
    'IJ_CODE',
    'CAL_TYPE',
    'SCHEDULE_TYPE',
    'ADJ_MEDIUM',
    'ADJ_RSN',
  ],
  A_TblCaseIdentifier: ['IDNCASE', 'CASE_ID'],
  tbl_RepsAssigned: ['IDNCASE', 'STRATTYLEVEL', 'STRATTYTYPE'],
  tbl_Court_Appln: [
    'IDNPROCEEDINGAPPLN',
    'IDNPROCEEDING',
    'IDNCASE',
    'APPL_CODE',
    'APPL_DEC',
    'APPL_RECD_DATE',
  ],
};

/** Options of the build: `onStep` hears of each finished step (for progress reports). */
export interface BuildEoirModelOptions {
  onStep?: (progress: ModelStepDone) => void;
}

/** Lists the model inputs missing from eoir_raw, as `Table.COLUMN` (or `Table` when the whole table is). */
export async function findMissingModelInputs(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'eoir_raw'`,
  );
  const present = new Map<string, Set<string>>();
  for (const { table_name: table, column_name: column } of reader.getRowObjectsJson()) {
    if (typeof table !== 'string' || typeof column !== 'string') continue;
    const key = table.toLowerCase();
    const columns = present.get(key) ?? new Set<string>();
    columns.add(column.toLowerCase());
    present.set(key, columns);
  }
  return Object.entries(MODEL_INPUT_COLUMNS).flatMap(([table, columns]) => {
    const found = present.get(table.toLowerCase());
    if (!found) return [table];
    return columns.filter((column) => !found.has(column.toLowerCase())).map((column) => `${table}.${column}`);
  });
}

/**
 * Creates (or recreates) eoir_model.{cases, asylum_decisions, removal_proceedings} and the eoir_model.hearings view
 * from eoir_raw, through TEMP work tables that it drops at the end. Fails with IMPORT_FAILED naming any missing raw table or column.
 */
export async function buildEoirModel(
  connection: DuckDBConnection,
  options: BuildEoirModelOptions = {},
): Promise<void> {
  await assertModelInputs(connection);
  const build = await startModelBuild(connection, options.onStep);
  await build.finish();
}

/** Fails with IMPORT_FAILED naming the raw tables and columns the model needs that eoir_raw lacks. */
export async function assertModelInputs(connection: DuckDBConnection): Promise<void> {
  const missing = await findMissingModelInputs(connection);
  if (missing.length > 0) {
    throw new AppError(
      'IMPORT_FAILED',
      `The court-data model cannot be built: eoir_raw lacks ${missing.join(', ')}.`,
      { missing },
    );
  }
}
