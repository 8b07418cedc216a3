// The code dimensions the model stores as ENUMs (`eoir_model.<column>_code`) of the codes the release uses. Each
// type holds the distinct codes of the work table the column comes from (all proceedings, all cases: a superset of
// what the model stores) and is created as soon as that table is built, so the tables that store the codes only
// cast. Small integers are much cheaper to store, compress and group than text, and an ENUM compares with plain
// strings (a value not in the type matches nothing). The values are sorted, so ENUM order is text order. A column
// with no code at all gets the type ENUM('') (no row holds '': an empty code is NULL), as DuckDB cannot sort or
// group by an empty ENUM.
import { WORK_TABLES } from './sql-fragments.ts';

/** Code columns whose values come from the proceedings work table (every case type). */
const PROCEEDING_CODE_COLUMNS = [
  'court',
  'hearing_location',
  'judge',
  'dec_code',
  'other_comp',
  'absentia',
] as const;

/** Code columns whose values come from the case attributes work table (every A_TblCase row). */
const CASE_CODE_COLUMNS = ['nationality', 'language', 'custody', 'sex'] as const;

/** A code column stored as an ENUM. */
export type CodeColumn = (typeof PROCEEDING_CODE_COLUMNS)[number] | (typeof CASE_CODE_COLUMNS)[number];

/** `expression` (a trimmed code or NULL) cast to the ENUM type of `column`. */
export function asCode(expression: string, column: CodeColumn): string {
  return `CAST(${expression} AS eoir_model.${column}_code)`;
}

function createCodeTypes(columns: readonly CodeColumn[], source: keyof typeof WORK_TABLES): string {
  return columns
    .map(
      (column) =>
        `CREATE TYPE eoir_model.${column}_code AS ENUM (
  WITH codes AS (SELECT DISTINCT ${column} AS code FROM ${WORK_TABLES[source]} WHERE ${column} IS NOT NULL)
  SELECT code FROM codes UNION ALL SELECT '' WHERE NOT EXISTS (FROM codes) ORDER BY 1)`,
    )
    .join(';\n');
}

/** Creates the ENUM types of the proceeding code columns; needs the proceedings work table. */
export const CREATE_PROCEEDING_CODE_TYPES = createCodeTypes(PROCEEDING_CODE_COLUMNS, 'proceedings');

/** Creates the ENUM types of the case attribute code columns; needs the case attributes work table. */
export const CREATE_CASE_CODE_TYPES = createCodeTypes(CASE_CODE_COLUMNS, 'caseAttributes');
