// eoir_model.cases: one row per in-scope case (it has a removal proceeding) with its flags, outcome and dates.
// Stored sorted by (mpp, fiscal_year, outcome) so filters on those skip whole row groups.
import { IN_SCOPE_CASE_TYPE, OUTCOMES } from './counting-rules.ts';
import { code, createEnumType, daysBetween, fiscalYear, identifier, rawColumn, validDate, WORK_TABLES } from './sql-fragments.ts';

const c = (column: string): string => rawColumn('c', column);

/** The outcome column's type: a closed ENUM of OUTCOMES, cheaper to store and group than text. */
export const CREATE_OUTCOME_TYPE = createEnumType('eoir_model.outcome', OUTCOMES);

/** A CTE body: one A_TblCase row per IDNCASE (a duplicated id keeps its later line), trimmed and typed. */
const CASE_ATTRIBUTES = `
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

/** A CTE body: the in-scope cases with the earliest valid OSC (NTA) date of their removal proceedings. */
const SCOPE = `
  SELECT idncase, min(osc_date) AS osc_date FROM ${WORK_TABLES.proceedings}
  WHERE case_type = '${IN_SCOPE_CASE_TYPE}' GROUP BY idncase`;

/** A CTE body: each case's first hearing date on or after its NTA date (any date when the NTA date is missing). */
const FIRST_HEARINGS = `
  SELECT h.idncase, min(h.hearing_date) AS first_hearing_date
  FROM eoir_model.hearings AS h JOIN scope USING (idncase)
  WHERE h.hearing_date IS NOT NULL AND (scope.osc_date IS NULL OR h.hearing_date >= scope.osc_date)
  GROUP BY h.idncase`;

/** Creates eoir_model.cases; needs the work tables and eoir_model.hearings. */
export const CREATE_CASES = `
CREATE TABLE eoir_model.cases AS
WITH scope AS (${SCOPE}),
case_attributes AS (${CASE_ATTRIBUTES}),
first_hearings AS (${FIRST_HEARINGS})
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
FROM scope
JOIN ${WORK_TABLES.outcomeProceedings} AS o USING (idncase)
LEFT JOIN case_attributes AS a USING (idncase)
LEFT JOIN ${WORK_TABLES.mppCases} AS m ON m.idncase = scope.idncase
LEFT JOIN ${WORK_TABLES.courtRepresentation} AS r ON r.idncase = scope.idncase
LEFT JOIN first_hearings AS f ON f.idncase = scope.idncase
ORDER BY mpp, fiscal_year, outcome, nationality`;
