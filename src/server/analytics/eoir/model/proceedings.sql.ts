// The proceedings work tables: every proceeding of the release (all case types), typed and trimmed, and the removal
// proceedings among them. The MPP flag and the code types look at all case types; outcome, hearings and asylum
// decisions read removal proceedings only.
import { IN_SCOPE_CASE_TYPE } from './counting-rules.ts';
import { code, createWorkTable, identifier, rawColumn, validDate, WORK_TABLES } from './sql-fragments.ts';

const p = (column: string): string => rawColumn('p', column);

/** Creates the proceedings work table from eoir_raw."B_TblProceeding" (rows without a numeric IDNCASE cannot join). */
export const CREATE_PROCEEDINGS = `
${createWorkTable('proceedings')}
SELECT
  ${identifier(p('IDNPROCEEDING'))} AS idnproceeding,
  ${identifier(p('IDNCASE'))} AS idncase,
  ${code(p('CASE_TYPE'))} AS case_type,
  ${code(p('BASE_CITY_CODE'))} AS court,
  ${code(p('HEARING_LOC_CODE'))} AS hearing_location,
  ${code(p('IJ_CODE'))} AS judge,
  ${code(p('DEC_CODE'))} AS dec_code,
  ${code(p('OTHER_COMP'))} AS other_comp,
  ${code(p('ABSENTIA'))} AS absentia,
  ${validDate(p('OSC_DATE'))} AS osc_date,
  ${validDate(p('COMP_DATE'))} AS comp_date,
  p._line AS source_line
FROM eoir_raw."B_TblProceeding" AS p
WHERE ${identifier(p('IDNCASE'))} IS NOT NULL`;

/** Creates the removal-proceedings work table: one row per IDNPROCEEDING (a duplicated id keeps its later line). */
export const CREATE_REMOVAL_PROCEEDINGS = `
${createWorkTable('removalProceedings')}
SELECT idnproceeding, idncase, court, judge, absentia, comp_date FROM ${WORK_TABLES.proceedings}
WHERE case_type = '${IN_SCOPE_CASE_TYPE}' AND idnproceeding IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY idnproceeding ORDER BY source_line DESC) = 1`;

/**
 * Creates eoir_model.removal_proceedings: the few typed facts the hearings view reads per removal proceeding
 * (no text columns, so it is cheap to store).
 */
export const CREATE_REMOVAL_PROCEEDINGS_TABLE = `
CREATE TABLE eoir_model.removal_proceedings AS
SELECT idnproceeding, idncase, comp_date, coalesce(absentia = 'Y', false) AS is_absentia
FROM ${WORK_TABLES.removalProceedings}`;
