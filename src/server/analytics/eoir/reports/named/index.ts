// The named reports: the questions people ask of the MPP court data, each one query and one shape.
import { ASYLUM_GRANTS_BY_COURT, ASYLUM_GRANTS_BY_JUDGE } from './asylum-grants.report.ts';
import { DURATIONS } from './durations.report.ts';
import { IN_ABSENTIA } from './in-absentia.report.ts';
import { MPP_OUTCOMES_BY_HEARING_LOCATION, MPP_OUTCOMES_BY_NATIONALITY } from './mpp-outcomes.report.ts';
import type { NamedReport } from './named-report.ts';
import { RELIEF_GRANTED } from './relief-granted.report.ts';
import { REPRESENTATION } from './representation.report.ts';

export type { NamedReport } from './named-report.ts';

/** Every named report, in the order help texts list them. */
export const NAMED_REPORTS: readonly NamedReport[] = [
  MPP_OUTCOMES_BY_NATIONALITY,
  MPP_OUTCOMES_BY_HEARING_LOCATION,
  REPRESENTATION,
  IN_ABSENTIA,
  RELIEF_GRANTED,
  ASYLUM_GRANTS_BY_JUDGE,
  ASYLUM_GRANTS_BY_COURT,
  DURATIONS,
];

/** Finds a named report by name, or undefined. */
export function findNamedReport(name: string): NamedReport | undefined {
  return NAMED_REPORTS.find((report) => report.name === name);
}
