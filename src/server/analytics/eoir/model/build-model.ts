// Builds the eoir_model schema from the verbatim eoir_raw tables, inside whatever DuckDB file the caller holds
// (the importer calls it in the new file before swapping it in). Rebuilding drops the old model first.
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../../domain/errors.ts';
import { CREATE_ASYLUM_DECISIONS } from './asylum-decisions.sql.ts';
import { CREATE_COURT_REPRESENTATION, CREATE_MPP_CASES } from './case-flags.sql.ts';
import { CREATE_CASE_ROWS, CREATE_OUTCOME_TYPE, CREATE_SCOPE } from './cases.sql.ts';
import { storeCasesTable } from './cases-table.ts';
import { CREATE_ATTENDANCE_TYPE, CREATE_HEARINGS_VIEW } from './hearings.sql.ts';
import { CREATE_OUTCOME_PROCEEDINGS } from './outcome.sql.ts';
import {
  CREATE_PROCEEDINGS,
  CREATE_REMOVAL_PROCEEDINGS,
  CREATE_REMOVAL_PROCEEDINGS_TABLE,
} from './proceedings.sql.ts';
import { WORK_TABLES, WORK_VIEWS } from './sql-fragments.ts';

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

/** The model's steps in dependency order, each named for error messages: a statement, or a function. */
const STEPS: readonly (
  { table: string; sql: string } | { table: string; run: (connection: DuckDBConnection) => Promise<void> }
)[] = [
  { table: 'types', sql: `${CREATE_OUTCOME_TYPE}; ${CREATE_ATTENDANCE_TYPE}` },
  { table: 'proceedings (work)', sql: CREATE_PROCEEDINGS },
  { table: 'scope (work)', sql: CREATE_SCOPE },
  { table: 'removal proceedings (work)', sql: CREATE_REMOVAL_PROCEEDINGS },
  { table: 'MPP cases (work)', sql: CREATE_MPP_CASES },
  { table: 'court representation (work)', sql: CREATE_COURT_REPRESENTATION },
  { table: 'outcome proceedings (work)', sql: CREATE_OUTCOME_PROCEEDINGS },
  { table: 'eoir_model.removal_proceedings', sql: CREATE_REMOVAL_PROCEEDINGS_TABLE },
  { table: 'case rows (work)', sql: CREATE_CASE_ROWS },
  { table: 'eoir_model.cases', run: storeCasesTable },
  { table: 'eoir_model.hearings', sql: CREATE_HEARINGS_VIEW },
  { table: 'eoir_model.asylum_decisions', sql: CREATE_ASYLUM_DECISIONS },
];

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
export async function buildEoirModel(connection: DuckDBConnection): Promise<void> {
  const missing = await findMissingModelInputs(connection);
  if (missing.length > 0) {
    throw new AppError(
      'IMPORT_FAILED',
      `The court-data model cannot be built: eoir_raw lacks ${missing.join(', ')}.`,
      {
        missing,
      },
    );
  }
  await connection.run('DROP SCHEMA IF EXISTS eoir_model CASCADE');
  await connection.run('CREATE SCHEMA eoir_model');
  try {
    for (const step of STEPS) {
      try {
        if ('sql' in step) await connection.run(step.sql);
        else await step.run(connection);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AppError(
          'IMPORT_FAILED',
          `Building the court-data model (${step.table}) failed: ${reason}`,
          { table: step.table },
        );
      }
    }
  } finally {
    for (const [key, name] of Object.entries(WORK_TABLES)) {
      const kind = WORK_VIEWS.has(key as keyof typeof WORK_TABLES) ? 'VIEW' : 'TABLE';
      await connection.run(`DROP ${kind} IF EXISTS ${name}`);
    }
  }
}
