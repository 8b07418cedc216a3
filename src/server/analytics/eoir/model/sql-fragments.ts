// Small SQL expression builders shared by the model tables. Raw values are VARCHAR exactly as in the release
// (trailing spaces kept), so every read of a raw column goes through one of these.

/**
 * Intermediate relations of the build: TEMP (in memory, spilling if needed), so the database file only stores
 * what the reports read; buildEoirModel drops them when it is done. Each is a table, built once by its step.
 */
export const WORK_TABLES = {
  proceedings: 'temp.model_proceedings',
  removalProceedings: 'temp.model_removal_proceedings',
  mppCases: 'temp.model_mpp_cases',
  courtRepresentation: 'temp.model_court_representation',
  outcomeProceedings: 'temp.model_outcome_proceedings',
  caseAttributes: 'temp.model_case_attributes',
  firstHearings: 'temp.model_first_hearings',
} as const;

/** The statement head that (re)creates a work table: `CREATE OR REPLACE TEMP TABLE <name> AS`. */
export function createWorkTable(table: keyof typeof WORK_TABLES): string {
  return `CREATE OR REPLACE TEMP TABLE ${WORK_TABLES[table].slice('temp.'.length)} AS`;
}

/** The valid-date window of the counting rules: anything outside it, like the 1900-01-01 sentinel, is missing. */
export const VALID_DATE_RANGE = { from: '1950-01-01', to: '2035-12-31' } as const;

/** A raw VARCHAR column as a quoted SQL reference (`alias."COLUMN"`). */
export function rawColumn(alias: string, column: string): string {
  return `${alias}."${column}"`;
}

/** A trimmed code; empty after trimming becomes NULL (the importer already turns empty fields into NULL). */
export function code(expression: string): string {
  return `NULLIF(trim(${expression}), '')`;
}

/** A numeric identifier (IDNCASE, IDNPROCEEDING, ...) as BIGINT; anything non-numeric becomes NULL. */
export function identifier(expression: string): string {
  // The cast itself ignores surrounding spaces.
  return `TRY_CAST(${expression} AS BIGINT)`;
}

/** The day after the window's last day, as `YYYY-MM-DD`. */
const DAY_AFTER_RANGE = new Date(Date.parse(`${VALID_DATE_RANGE.to}T00:00:00Z`) + 86_400_000)
  .toISOString()
  .slice(0, 10);

/**
 * A DATE when the raw text (spaces around it ignored) is `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or
 * `YYYY-MM-DD HH:MM:SS.f` to `.fff`, a real date and time, inside the valid window; anything else is NULL.
 * The shape is checked with LIKE and the window on the text (it starts with a four-digit year, so text order is
 * date order), then one TIMESTAMP cast validates digits, day and time: several times faster than strptime.
 */
export function validDate(expression: string): string {
  const text = `(CASE WHEN ${expression} LIKE ' %' OR ${expression} LIKE '% ' THEN trim(${expression}) ELSE ${expression} END)`;
  const shaped = `(${text} LIKE '____-__-__' OR ${text} LIKE '____-__-__ __:__:__' OR (${text} LIKE '____-__-__ __:__:__.%' AND length(${text}) <= 23))`;
  return `(CASE WHEN ${text} >= '${VALID_DATE_RANGE.from}' AND ${text} < '${DAY_AFTER_RANGE}' AND ${shaped}
    THEN CAST(TRY_CAST(${text} AS TIMESTAMP) AS DATE) END)`;
}

/** The fiscal year (October to September, named by its ending year) of a DATE expression, as INTEGER. */
export function fiscalYear(dateExpression: string): string {
  return `CAST(year(${dateExpression}) + CASE WHEN month(${dateExpression}) >= 10 THEN 1 ELSE 0 END AS INTEGER)`;
}

/** `CREATE TYPE <name> AS ENUM (...)` for a closed set of values defined in code (stored as small integers). */
export function createEnumType(name: string, values: readonly string[]): string {
  return `CREATE TYPE ${name} AS ENUM ${codeList(values)}`;
}

/** A SQL list literal of trusted constant codes, e.g. `('MP', 'RM')`. Only for constants defined in code. */
export function codeList(codes: readonly string[]): string {
  return `(${codes.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
}

/** Whole days from one DATE to a later one as INTEGER; NULL when either is missing or the order is reversed. */
export function daysBetween(fromDate: string, toDate: string): string {
  return `(CASE WHEN ${toDate} >= ${fromDate} THEN CAST(${toDate} - ${fromDate} AS INTEGER) END)`;
}
