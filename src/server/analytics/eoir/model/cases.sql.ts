// eoir_model.cases: one row per in-scope case (it has a removal proceeding) with its flags, outcome and dates.
// Stored in one statement from the work tables (no intermediate table of case rows), each code dimension as its
// ENUM (code-types.sql.ts), sorted by (mpp, fiscal_year, outcome, nationality) so filters on those skip whole row
// groups.
import { asCode, type CodeColumn } from './code-types.sql.ts';
import { OUTCOMES } from './counting-rules.ts';
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

/**
 * Creates the first hearings work table: each case's first hearing date (schedule rows of its removal proceedings)
 * on or after its NTA date (any date when the NTA date is missing); NULL when it has none. Needs the outcome
 * proceedings work table (it holds each case's NTA date) and eoir_model.removal_proceedings. The conditions sit in
 * the aggregate's FILTER: as a WHERE they would be pushed below the projection, and the date parsed twice.
 */
export const CREATE_FIRST_HEARINGS = `
${createWorkTable('firstHearings')}
  SELECT h.idncase,
    min(h.hearing_date) FILTER (WHERE o.osc_date IS NULL OR h.hearing_date >= o.osc_date) AS first_hearing_date
  FROM (
    SELECT ${identifier('s."IDNCASE"')} AS idncase, ${identifier('s."IDNPROCEEDING"')} AS idnproceeding,
      ${validDate('s."ADJ_DATE"')} AS hearing_date
    FROM eoir_raw."tbl_schedule" AS s
  ) AS h
  JOIN eoir_model.removal_proceedings AS p USING (idnproceeding)
  JOIN ${WORK_TABLES.outcomeProceedings} AS o ON o.idncase = h.idncase
  GROUP BY h.idncase`;

const codeColumn = (expression: string, column: CodeColumn): string =>
  `${asCode(expression, column)} AS ${column}`;

/**
 * Creates eoir_model.cases: per in-scope case (one outcome proceeding each), its attributes, MPP flag,
 * representation (a valid E-28 date or a court representation row) and durations. Needs every work table and the
 * code types. The outer SELECT sorts by the stored columns (the ENUMs), not by the joined tables' text.
 */
export const CREATE_CASES = `
CREATE TABLE eoir_model.cases AS
SELECT * FROM (
  SELECT
    o.idncase,
    m.idncase IS NOT NULL AS mpp,
    CAST(o.outcome AS eoir_model.outcome) AS outcome,
    ${fiscalYear('o.osc_date')} AS fiscal_year,
    ${codeColumn('a.nationality', 'nationality')},
    ${codeColumn('o.court', 'court')},
    ${codeColumn('o.hearing_location', 'hearing_location')},
    ${codeColumn('a.language', 'language')},
    ${codeColumn('a.custody', 'custody')},
    ${codeColumn('a.sex', 'sex')},
    (a.e28_date IS NOT NULL OR r.idncase IS NOT NULL) AS represented,
    ${codeColumn('o.judge', 'judge')},
    ${codeColumn('o.dec_code', 'dec_code')},
    ${codeColumn('o.other_comp', 'other_comp')},
    ${codeColumn('o.absentia', 'absentia')},
    o.idnproceeding AS outcome_idnproceeding,
    o.osc_date,
    o.comp_date,
    f.first_hearing_date,
    a.e28_date,
    ${daysBetween('o.osc_date', 'f.first_hearing_date')} AS days_to_first_hearing,
    ${daysBetween('o.osc_date', 'o.comp_date')} AS days_to_completion
  FROM ${WORK_TABLES.outcomeProceedings} AS o
  LEFT JOIN ${WORK_TABLES.caseAttributes} AS a USING (idncase)
  LEFT JOIN ${WORK_TABLES.mppCases} AS m ON m.idncase = o.idncase
  LEFT JOIN ${WORK_TABLES.courtRepresentation} AS r ON r.idncase = o.idncase
  LEFT JOIN ${WORK_TABLES.firstHearings} AS f ON f.idncase = o.idncase
)
ORDER BY mpp, fiscal_year, outcome, nationality`;
