// eoir_model.asylum_decisions: one row per asylum application (ASYL, ASYW, WCAT) on a removal proceeding.
//
// tbl_Court_Appln has no decision date, and an immigration judge decides the applications in the decision that
// completes the proceeding; so the decision date is the proceeding's valid COMP_DATE and the fiscal year is that
// date's. Judge (IJ_CODE) and court (BASE_CITY_CODE) likewise come from the application's proceeding. Judge, court
// and application code are stored as ENUMs (code-types.sql.ts); the decision code stays text.
import { asCode } from './code-types.sql.ts';
import { ASYLUM_APPLICATION_CODES, DENIAL_DECISION, GRANT_DECISIONS } from './counting-rules.ts';
import {
  code,
  codeList,
  createEnumType,
  fiscalYear,
  identifier,
  rawColumn,
  validDate,
  WORK_TABLES,
} from './sql-fragments.ts';

const a = (column: string): string => rawColumn('a', column);

/** The application code's type: a closed ENUM of the asylum application codes. */
export const CREATE_ASYLUM_APPLICATION_TYPE = createEnumType(
  'eoir_model.asylum_application',
  ASYLUM_APPLICATION_CODES,
);

/** A CTE body: the asylum applications, trimmed and typed. */
const APPLICATIONS = `
  SELECT
    ${identifier(a('IDNPROCEEDINGAPPLN'))} AS idnproceedingappln,
    ${identifier(a('IDNPROCEEDING'))} AS idnproceeding,
    ${identifier(a('IDNCASE'))} AS idncase,
    ${code(a('APPL_CODE'))} AS appl_code,
    ${code(a('APPL_DEC'))} AS appl_dec,
    ${validDate(a('APPL_RECD_DATE'))} AS appl_recd_date
  FROM eoir_raw."tbl_Court_Appln" AS a
  WHERE ${code(a('APPL_CODE'))} IN ${codeList(ASYLUM_APPLICATION_CODES)}`;

/** Creates eoir_model.asylum_decisions; needs the removal-proceedings and MPP work tables and the code types. */
export const CREATE_ASYLUM_DECISIONS = `
CREATE TABLE eoir_model.asylum_decisions AS
WITH applications AS (${APPLICATIONS})
SELECT
  ap.* REPLACE (CAST(ap.appl_code AS eoir_model.asylum_application) AS appl_code),
  ${asCode('p.judge', 'judge')} AS judge,
  ${asCode('p.court', 'court')} AS court,
  p.comp_date AS decision_date,
  ${fiscalYear('p.comp_date')} AS fiscal_year,
  coalesce(ap.appl_dec IN ${codeList(GRANT_DECISIONS)}, false) AS is_grant,
  coalesce(ap.appl_dec = '${DENIAL_DECISION}', false) AS is_denial,
  coalesce(ap.appl_dec IN ${codeList([...GRANT_DECISIONS, DENIAL_DECISION])}, false) AS is_merits,
  m.idncase IS NOT NULL AS mpp
FROM applications AS ap
JOIN ${WORK_TABLES.removalProceedings} AS p USING (idnproceeding)
LEFT JOIN ${WORK_TABLES.mppCases} AS m ON m.idncase = ap.idncase`;
