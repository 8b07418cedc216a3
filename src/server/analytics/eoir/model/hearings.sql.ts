// eoir_model.hearings: a VIEW over the schedule rows of removal proceedings, with what the data can say about
// attendance. A view, computed on read, because storing 3-4 rows per case of text columns would double the
// model's build time; the first hearing date each case needs is stored in eoir_model.cases.
//
// tbl_schedule has no attendance column. What it does record: the proceeding's ABSENTIA flag ("the alien fails to
// appear as scheduled") and its completion date. So a hearing held on the date a proceeding was completed with
// ABSENTIA = 'Y' is the hearing the person missed (`in_absentia`); one held on the completion date otherwise is
// `completed` (the decision hearing); earlier ones are `adjourned`; the hearings of a pending proceeding are
// `adjourned` when they carry an adjournment reason (ADJ_RSN) and `scheduled` when they do not yet. Anything else
// (no valid date, or a date after completion) is `unknown`. This undercounts missed hearings that did not end in
// an in-absentia order; ADJ_RSN is kept so a decoded adjournment-reason table can refine it later.
import { MPP_HEARING_LOCATIONS } from './counting-rules.ts';
import { code, codeList, createEnumType, identifier, rawColumn, validDate } from './sql-fragments.ts';

const s = (column: string): string => rawColumn('s', column);

/** Every attendance value, in report order. */
export const ATTENDANCE_VALUES = ['in_absentia', 'completed', 'adjourned', 'scheduled', 'unknown'] as const;

/** An attendance reading of one scheduled hearing. */
export type Attendance = (typeof ATTENDANCE_VALUES)[number];

/** The attendance column's type: a closed ENUM, cheaper to store and group than text. */
export const CREATE_ATTENDANCE_TYPE = createEnumType('eoir_model.attendance', ATTENDANCE_VALUES);

const ATTENDANCE = `(CASE
    WHEN h.hearing_date IS NULL THEN 'unknown'
    WHEN p.comp_date = h.hearing_date AND p.is_absentia THEN 'in_absentia'
    WHEN p.comp_date = h.hearing_date THEN 'completed'
    WHEN p.comp_date > h.hearing_date THEN 'adjourned'
    WHEN p.comp_date IS NULL AND h.adj_rsn IS NOT NULL THEN 'adjourned'
    WHEN p.comp_date IS NULL THEN 'scheduled'
    ELSE 'unknown' END)`;

/** A query body: the schedule rows, typed and trimmed (every row of tbl_schedule). */
export const SCHEDULE_ROWS = `
  SELECT
    ${identifier(s('IDNSCHEDULE'))} AS idnschedule,
    ${identifier(s('IDNCASE'))} AS idncase,
    ${identifier(s('IDNPROCEEDING'))} AS idnproceeding,
    ${validDate(s('ADJ_DATE'))} AS hearing_date,
    ${code(s('HEARING_LOC_CODE'))} AS hearing_location,
    ${code(s('BASE_CITY_CODE'))} AS court,
    ${code(s('IJ_CODE'))} AS judge,
    ${code(s('CAL_TYPE'))} AS cal_type,
    ${code(s('SCHEDULE_TYPE'))} AS schedule_type,
    ${code(s('ADJ_MEDIUM'))} AS adj_medium,
    ${code(s('ADJ_RSN'))} AS adj_rsn
  FROM eoir_raw."tbl_schedule" AS s`;

/** Creates the eoir_model.hearings view; needs eoir_model.removal_proceedings and eoir_model.cases. */
export const CREATE_HEARINGS_VIEW = `
CREATE VIEW eoir_model.hearings AS
WITH schedule AS (${SCHEDULE_ROWS})
SELECT h.*,
  coalesce(p.is_absentia AND p.comp_date = h.hearing_date, false) AS is_in_absentia,
  CAST(${ATTENDANCE} AS eoir_model.attendance) AS attendance,
  coalesce(h.hearing_location IN ${codeList(MPP_HEARING_LOCATIONS)}, false) AS is_mpp_location,
  coalesce(c.mpp, false) AS mpp
FROM schedule AS h
JOIN eoir_model.removal_proceedings AS p USING (idnproceeding)
LEFT JOIN eoir_model.cases AS c ON c.idncase = h.idncase
WHERE h.idncase IS NOT NULL`;
