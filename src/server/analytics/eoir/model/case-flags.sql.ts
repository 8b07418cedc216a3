// Per-case sets the case table joins: MPP (ever, any case type) and representation rows. Built as small tables
// of IDNCASE values so the rules stay readable and each can be tested on its own.
import { MPP_CASE_IDENTIFIERS, MPP_HEARING_LOCATIONS, REPRESENTATION } from './counting-rules.ts';
import { code, codeList, createWorkTable, identifier, WORK_TABLES } from './sql-fragments.ts';

const MPP_LOCATIONS = codeList(MPP_HEARING_LOCATIONS);

/** Creates the MPP work table: cases that ever carried MP/RM, or ever had a proceeding or hearing at an MPP location. */
export const CREATE_MPP_CASES = `
${createWorkTable('mppCases')}
SELECT idncase FROM (
  SELECT ${identifier('i."IDNCASE"')} AS idncase FROM eoir_raw."A_TblCaseIdentifier" AS i
    WHERE ${code('i."CASE_ID"')} IN ${codeList(MPP_CASE_IDENTIFIERS)}
  UNION
  SELECT idncase FROM ${WORK_TABLES.proceedings} WHERE hearing_location IN ${MPP_LOCATIONS}
  UNION
  SELECT ${identifier('s."IDNCASE"')} FROM eoir_raw."tbl_schedule" AS s
    WHERE ${code('s."HEARING_LOC_CODE"')} IN ${MPP_LOCATIONS}
) WHERE idncase IS NOT NULL`;

/** Creates the representation work table: cases with a COURT/ALIEN tbl_RepsAssigned row (half of "represented"). */
export const CREATE_COURT_REPRESENTATION = `
${createWorkTable('courtRepresentation')}
SELECT DISTINCT ${identifier('r."IDNCASE"')} AS idncase FROM eoir_raw."tbl_RepsAssigned" AS r
  WHERE ${code('r."STRATTYLEVEL"')} = '${REPRESENTATION.level}' AND ${code('r."STRATTYTYPE"')} = '${REPRESENTATION.type}'
    AND ${identifier('r."IDNCASE"')} IS NOT NULL`;
