// The analytical model of the EOIR court data: one row per removal case with its MPP flag, outcome and dates,
// plus application-level asylum decisions and hearing attendance, built from the verbatim eoir_raw tables.
export { buildEoirModel, findMissingModelInputs, MODEL_INPUT_COLUMNS } from './build-model.ts';
export * from './counting-rules.ts';
export { ATTENDANCE_VALUES, type Attendance } from './hearings.sql.ts';
