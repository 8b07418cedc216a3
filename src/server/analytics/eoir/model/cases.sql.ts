// eoir_model.cases: one row per in-scope case (it has a removal proceeding) with its flags, outcome and dates.
// Built as a work table first; then each code dimension gets an ENUM type of the values present (grouping and
// storing small integers is much cheaper than text), and the table is stored sorted by (mpp, fiscal_year,
// outcome, nationality) so filters on those skip whole row groups.
import { IN_SCOPE_CASE_TYPE, OUTCOMES } from './counting-rules.ts';
import {
  code,
  createEnumType,
  createWorkTable,
  daysBetween,
  fiscalYear,
  identifier,
  rawColumn,
  validDate,
  WORK_TABLES,
} from './sql-fragments.ts';

const c = (column: string): string => rawColumn('c', column);

/** The outcome column's type: a closed ENUM of OUTCOMES, cheaper to store and group than text. */
export const CREATE_OUTCOME_TYPE = createEnumType('eoir_model.outcome', OUTCOMES);

/** Creates the case attributes work table: one A_TblCase row per IDNCASE (a duplicated id keeps its later line), trimmed and typed. */
export const CREATE_CASE_ATTRIBUTES = `
${createWorkTable('caseAttributes')}
  SELECT
    ${identifier(c('IDNCASE'))} AS idncase,
    ${code(c('NAT'))} AS nationality,
    ${code(c('LANG'))} AS language,
    ${code(c('CUSTODY'))} AS custody,
    ${code(c('Sex'))} AS sex,
    ${validDate(c('E_28_DATE'))} AS e28_date
  FROM eoir_raw."A_TblCase" AS c
  WHERE ${identifier(c('IDNCASE'))} IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY ${identifier(c('IDNCASE'))} ORDER BY c._line DESC) = 1`;

/** Creates the scope work table: the in-scope cases with the earliest valid OSC (NTA) date of their removal proceedings. */
export const CREATE_SCOPE = `
${createWorkTable('scope')}
SELECT idncase, min(osc_date) AS osc_date FROM ${WORK_TABLES.proceedings}
WHERE case_type = '${IN_SCOPE_CASE_TYPE}' GROUP BY idncase`;

/**
 * Creates the first hearings work table: each case's first hearing date (schedule rows of its removal proceedings)
 * on or after its NTA date (any date when the NTA date is missing); NULL when it has none. Needs the scope work
 * table and eoir_model.removal_proceedings. The conditions sit in the aggregate's FILTER: as a WHERE they would be
 * pushed below the projection, and the date parsed twice.
 */
export const CREATE_FIRST_HEARINGS = `
${createWorkTable('firstHearings')}
  SELECT h.idncase,
    min(h.hearing_date) FILTER (WHERE scope.osc_date IS NULL OR h.hearing_date >= scope.osc_date) AS first_hearing_date
  FROM (
    SELECT ${identifier('s."IDNCASE"')} AS idncase, ${identifier('s."IDNPROCEEDING"')} AS idnproceeding,
      ${validDate('s."ADJ_DATE"')} AS hearing_date
    FROM eoir_raw."tbl_schedule" AS s
  ) AS h
  JOIN eoir_model.removal_proceedings AS p USING (idnproceeding)
  JOIN ${WORK_TABLES.scope} AS scope ON scope.idncase = h.idncase
  GROUP BY h.idncase`;

/** The code dimensions of eoir_model.cases, each stored as an ENUM named `eoir_model.<column>_code`. */
export const CODE_COLUMNS = [
  'nationality',
  'court',
  'hearing_location',
  'language',
  'custody',
  'sex',
] as const;

/** A code column of eoir_model.cases. */
export type CodeColumn = (typeof CODE_COLUMNS)[number];

/** Creates the case rows work table from the other work tables. */
export const CREATE_CASE_ROWS = `
${createWorkTable('caseRows')}
SELECT
  scope.idncase,
  m.idncase IS NOT NULL AS mpp,
  CAST(o.outcome AS eoir_model.outcome) AS outcome,
  ${fiscalYear('scope.osc_date')} AS fiscal_year,
  a.nationality,
  o.court,
  o.hearing_location,
  a.language,
  a.custody,
  a.sex,
  (a.e28_date IS NOT NULL OR r.idncase IS NOT NULL) AS represented,
  o.judge,
  o.dec_code,
  o.other_comp,
  o.absentia,
  o.idnproceeding AS outcome_idnproceeding,
  scope.osc_date,
  o.comp_date,
  f.first_hearing_date,
  a.e28_date,
  ${daysBetween('scope.osc_date', 'f.first_hearing_date')} AS days_to_first_hearing,
  ${daysBetween('scope.osc_date', 'o.comp_date')} AS days_to_completion
FROM ${WORK_TABLES.scope} AS scope
JOIN ${WORK_TABLES.outcomeProceedings} AS o USING (idncase)
LEFT JOIN ${WORK_TABLES.caseAttributes} AS a USING (idncase)
LEFT JOIN ${WORK_TABLES.mppCases} AS m ON m.idncase = scope.idncase
LEFT JOIN ${WORK_TABLES.courtRepresentation} AS r ON r.idncase = scope.idncase
LEFT JOIN ${WORK_TABLES.firstHearings} AS f ON f.idncase = scope.idncase`;

/** SQL that creates the ENUM type of a code column from the values present in the case rows (sorted). */
export function createCodeTypeSql(column: CodeColumn): string {
  return `CREATE TYPE eoir_model.${column}_code AS ENUM (SELECT DISTINCT ${column} FROM ${WORK_TABLES.caseRows} WHERE ${column} IS NOT NULL ORDER BY 1)`;
}

/** SQL that creates eoir_model.cases from the case rows, casting the given columns to their ENUM types, sorted. */
export function createCasesSql(encodedColumns: readonly CodeColumn[]): string {
  const casts = encodedColumns.map((column) => `CAST(${column} AS eoir_model.${column}_code) AS ${column}`);
  return `
CREATE TABLE eoir_model.cases AS
SELECT *${casts.length > 0 ? ` REPLACE (${casts.join(', ')})` : ''}
FROM ${WORK_TABLES.caseRows}
ORDER BY mpp, fiscal_year, outcome, nationality`;
}
