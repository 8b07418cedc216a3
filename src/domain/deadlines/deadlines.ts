// The deadlines Refuge computes from the record, and whether each is met, open, due soon or overdue.
import type { CaseRecord } from '../cases/case.ts';
import type { Proceeding } from '../court/proceeding.ts';
import { approvedAt, latestDetermination, type Screening } from '../screenings/screening.ts';
import { CONSULTATION_HOURS } from '../screenings/interview.transitions.ts';
import { addDays, addHours, addMonths, toCalendarDate } from '../time.ts';

export const DEADLINE_KINDS = [
  'consultation_period',
  'ij_review_credible_fear',
  'reasonable_fear_determination',
  'ij_review_reasonable_fear',
  'asylum_application',
  'mpp_first_hearing_target',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineState = 'met' | 'open' | 'due_soon' | 'overdue';

/** One computed deadline: what it is about, when it falls, its legal basis, and where it stands now. */
export interface Deadline {
  kind: DeadlineKind;
  subjectId: string;
  dueAt: string;
  /** `earliest` for waiting periods (nothing may happen before), `latest` for time limits. */
  direction: 'earliest' | 'latest';
  basis: string;
  state: DeadlineState;
  /** When the act that satisfies it happened, if it has. */
  metAt: string | null;
}

/** How far ahead a time limit counts as due soon. */
export const DUE_SOON_HOURS = 48;

function limit(
  kind: DeadlineKind,
  subjectId: string,
  dueAt: string,
  metAt: string | null,
  basis: string,
  now: string,
): Deadline {
  let state: DeadlineState = 'open';
  if (metAt !== null) state = metAt <= dueAt ? 'met' : 'overdue';
  else if (now > dueAt) state = 'overdue';
  else if (addHours(now, DUE_SOON_HOURS) >= dueAt) state = 'due_soon';
  return { kind, subjectId, dueAt, direction: 'latest', basis, state, metAt };
}

/** `now` in the canonical form the stored instants have, so comparing the strings compares the instants. */
const canonical = (instant: string): string => new Date(instant).toISOString();

/**
 * The one-year limit: to the end of the anniversary of arrival, or of the next weekday when it falls on a weekend
 * [8 CFR 208.4(a)(2)(ii)]. Federal holidays are not modelled.
 */
function oneYearAfter(arrival: string): string {
  const anniversary = addMonths(`${toCalendarDate(arrival)}T23:59:59.999Z`, 12);
  const weekday = new Date(anniversary).getUTCDay();
  return weekday === 6 ? addDays(anniversary, 2) : weekday === 0 ? addDays(anniversary, 1) : anniversary;
}

/** The deadlines of one screening. */
export function screeningDeadlines(s: Screening, nowInput: string): Deadline[] {
  const now = canonical(nowInput);
  const out: Deadline[] = [];
  if (s.kind === 'credible_fear' && s.detentionArrivalAt && !s.consultationWaived) {
    const earliest = addHours(s.detentionArrivalAt, CONSULTATION_HOURS);
    const interviewAt = s.interview?.at ?? null;
    out.push({
      kind: 'consultation_period',
      subjectId: s.id,
      dueAt: earliest,
      direction: 'earliest',
      basis: 'USCIS credible fear FAQ: at least 48 hours before the interview, waivable',
      state:
        interviewAt === null
          ? now >= earliest
            ? 'met'
            : 'open'
          : interviewAt >= earliest
            ? 'met'
            : 'overdue',
      metAt: interviewAt,
    });
  }
  if (s.kind === 'reasonable_fear' && s.status !== 'dissolved') {
    out.push(
      limit(
        'reasonable_fear_determination',
        s.id,
        addDays(s.referredAt, 10),
        s.determinations[0]?.at ?? null,
        '8 CFR 208.31(b): decided within 10 days of referral absent exceptional circumstances',
        now,
      ),
    );
  }
  const approval = approvedAt(s);
  if (s.ijReview.requestedAt !== null && latestDetermination(s)?.result === 'negative') {
    if (s.kind === 'credible_fear' && approval) {
      out.push(
        limit(
          'ij_review_credible_fear',
          s.id,
          addDays(approval, 7),
          s.ijReview.decidedAt,
          '8 CFR 1003.42(e): within 24 hours if practicable, no later than 7 days after supervisory approval',
          now,
        ),
      );
    }
    if (s.kind === 'reasonable_fear') {
      // Measured from the request, the closest record Refuge has to the I-863 filing date.
      out.push(
        limit(
          'ij_review_reasonable_fear',
          s.id,
          addDays(s.ijReview.requestedAt, 10),
          s.ijReview.decidedAt,
          '8 CFR 1208.31(g): within 10 days of the I-863 filing, absent exceptional circumstances',
          now,
        ),
      );
    }
  }
  return out;
}

/** The deadlines of a case: the one-year asylum filing limit and the MPP first-hearing target. */
export function caseDeadlines(
  record: CaseRecord,
  proceedings: readonly Proceeding[],
  nowInput: string,
): Deadline[] {
  const now = canonical(nowInput);
  const out: Deadline[] = [];
  const asylumFiled =
    proceedings
      .flatMap((p) => p.applications)
      .filter((a) => a.kind === 'asylum')
      .map((a) => a.filedAt)
      .sort()[0] ?? null;
  if (proceedings.length > 0 || record.track === 'mpp') {
    // The arrival date stands for the last arrival; exceptions (changed or extraordinary circumstances) are argued, not computed.
    out.push(
      limit(
        'asylum_application',
        record.id,
        oneYearAfter(record.encounter.at),
        asylumFiled,
        'INA 208(a)(2)(B): within one year of arrival, subject to the exceptions of 208(a)(2)(D)',
        now,
      ),
    );
  }
  if (record.mpp.state === 'enrolled') {
    const target = addMonths(record.mpp.ntaServedAt, 6);
    const first = `${record.mpp.firstHearingDate}T00:00:00.000Z`;
    out.push({
      kind: 'mpp_first_hearing_target',
      subjectId: record.id,
      dueAt: target,
      direction: 'latest',
      basis: 'DHS policy target (2019): first master hearing 3 to 6 months after enrolment; not law',
      state: first <= target ? 'met' : 'overdue',
      metAt: first,
    });
  }
  return out;
}

/** The next open time limit of a screening (what the supervisor's queue sorts by), if any. */
export function nextScreeningDueAt(s: Screening, now: string): string | null {
  const open = screeningDeadlines(s, now).filter((d) => d.direction === 'latest' && d.metAt === null);
  return open.map((d) => d.dueAt).sort()[0] ?? null;
}
