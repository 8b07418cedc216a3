// The periods in which MPP was in force, and what each one changed.
import { fail, ok, type Result } from '../errors.ts';
import { toCalendarDate } from '../time.ts';

/** The 2019 programme (MPP 1.0) and the court-ordered 2021 re-implementation (MPP 2.0). */
export type MppTerm = '2019' | '2021';

export interface MppPeriod {
  term: MppTerm;
  /** First day in force (inclusive). */
  from: string;
  /** Last day in force (inclusive). */
  to: string;
  /** Did CBP ask about fear of return to Mexico, or refer only people who raised it on their own? */
  cbpAsksAboutFear: boolean;
  source: string;
}

/**
 * 2019-01-28: Secretary Nielsen's memo; ended by the Secretary's memo of 2021-06-01.
 * 2021-12-02: re-implementation under Texas v. Biden; new enrolments ended 2022-08-08, after the Supreme Court's
 * Biden v. Texas decision and the district court lifting its injunction.
 */
export const MPP_PERIODS: readonly MppPeriod[] = [
  {
    term: '2019',
    from: '2019-01-28',
    to: '2021-06-01',
    cbpAsksAboutFear: false,
    source: 'DHS MPP memo 2019-01-28; termination memo 2021-06-01',
  },
  {
    term: '2021',
    from: '2021-12-02',
    to: '2022-08-08',
    cbpAsksAboutFear: true,
    source: 'DHS MPP guidance 2021-12-02; end of enrolments 2022-08-08',
  },
];

/** The MPP period in force on a date, if any. */
export function findMppPeriod(dateOrInstant: string): MppPeriod | undefined {
  const day = toCalendarDate(dateOrInstant);
  return MPP_PERIODS.find((p) => day >= p.from && day <= p.to);
}

/** The MPP period in force on a date, or a rejection saying MPP was not in force then. */
export function getMppPeriod(dateOrInstant: string): Result<MppPeriod> {
  const period = findMppPeriod(dateOrInstant);
  if (period) return ok(period);
  const list = MPP_PERIODS.map((p) => `${p.from} to ${p.to}`).join(' and ');
  return fail(
    'INVALID_TRANSITION',
    `MPP was not in force on ${toCalendarDate(dateOrInstant)}; it ran ${list}.`,
    { date: dateOrInstant },
  );
}
