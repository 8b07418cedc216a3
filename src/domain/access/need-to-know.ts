// Need to know (8 CFR 208.6): who may see or act on a confidential record, and on what basis. Pure: the server asks
// it for every route that touches a case, and the web app asks it which actions to offer. A reader without a basis
// learns nothing, not even that the record exists: the caller answers "not found" exactly as for a missing record.
import type { Actor } from '../actor.ts';
import { UNSERVED_SCREENING_STATUSES } from '../screenings/screening.ts';

/** The acts the policy decides on a record that belongs to a case. */
export const CASE_ACTIONS = [
  'case.read', // the case file: person, case, screenings, proceedings, flags, harm reports, timeline
  'case.intake', // MPP enrolment or exemption, return to Mexico, fear claim and referral
  'case.transfer', // move the case to another office
  'case.report_harm', // record harm suffered after a return to Mexico
  'case.accept_representation', // accept counsel's notice of appearance
  'case.file', // counsel's filings on the client's case
  'case.court', // proceedings, hearings, attendance, applications, decisions
  'screening.assign', // assign, reassign, dissolve, reconsider
  'screening.work', // the assigned officer: interview, determination, decline
  'screening.schedule', // schedule the interview: the assigned officer, or a supervisor of the office
  'screening.serve', // serve the approved determination: the assigned officer, or the office's supervisor or intake
  'screening.review', // supervisory review of a determination
  'screening.ij_review', // the person's answer on IJ review (recorded by the office) and the judge's decision
  'flag.clear', // clear a consistency flag with a recorded decision
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Why a user may see a record: written to the access log beside every read. */
export type AccessBasis =
  | 'office-intake' // intake of the office that holds the case
  | 'assigned-officer' // the officer a screening of the case is assigned to
  | 'office-unassigned-queue' // an officer of the office, while a screening waits unassigned there
  | 'office-supervisor' // a supervisor of the office
  | 'court-of-record' // a judge or clerk of a court the case is before
  | 'counsel-of-record'; // counsel with an accepted, current notice of appearance

/** What the store knows about a case that access depends on (one query loads it, found or not). */
export interface CaseAccessFacts {
  caseId: string;
  office: string;
  screenings: ReadonlyArray<{ id: string; office: string; officerId: string | null; status: string }>;
  /** Courts with a proceeding of the case, before which an IJ review of one of its screenings lies, or that its
   * notice to appear names (by court code). */
  courts: readonly string[];
  /** Counsel with an accepted, current representation of the person in this case. */
  counselIds: readonly string[];
}

/** The decision: the basis it rests on, or no basis (answered as not found) or a role that may not act (forbidden). */
export type AccessDecision =
  { allowed: true; basis: AccessBasis } | { allowed: false; reason: 'no-basis' | 'not-permitted' };

// Which roles may do each act at all, given a basis to see the case.
const ROLES_FOR: Record<CaseAction, readonly Actor['role'][]> = {
  'case.read': ['intake', 'officer', 'supervisor', 'court', 'counsel'],
  'case.intake': ['intake', 'supervisor'],
  'case.transfer': ['supervisor'],
  'case.report_harm': ['intake', 'officer', 'supervisor', 'counsel'],
  'case.accept_representation': ['intake', 'supervisor', 'court'],
  'case.file': ['counsel'],
  'case.court': ['court'],
  'screening.assign': ['supervisor'],
  'screening.work': ['officer'],
  'screening.schedule': ['officer', 'supervisor'],
  'screening.serve': ['officer', 'supervisor', 'intake'],
  'screening.review': ['supervisor'],
  'screening.ij_review': ['officer', 'supervisor', 'court'],
  'flag.clear': ['supervisor'],
};

const UNASSIGNED_STATUSES = new Set(['referred', 'scheduled', 'interviewed']);
// The acts an officer does only on a screening assigned to them (other roles do them on their office's basis).
const OFFICER_WORK = new Set<CaseAction>(['screening.work', 'screening.schedule', 'screening.serve']);
const OPEN_SCREENING_STATUSES = new Set<string>(UNSERVED_SCREENING_STATUSES);

/** The basis this user has to see the case at all, if any (the most specific one first). */
export function caseBasis(actor: Actor, facts: CaseAccessFacts, screeningId?: string): AccessBasis | null {
  const screenings = screeningId ? facts.screenings.filter((s) => s.id === screeningId) : facts.screenings;
  switch (actor.role) {
    case 'intake':
      return actor.office !== null && facts.office === actor.office ? 'office-intake' : null;
    case 'officer':
      if (screenings.some((s) => s.officerId === actor.id)) return 'assigned-officer';
      return screenings.some(
        (s) => s.officerId === null && s.office === actor.office && UNASSIGNED_STATUSES.has(s.status),
      )
        ? 'office-unassigned-queue'
        : null;
    case 'supervisor':
      // A screening the office still has work on counts; one it decided stays on its record, but once the case is
      // transferred away the office has no more need to know it.
      return actor.office !== null &&
        (facts.office === actor.office ||
          screenings.some((s) => s.office === actor.office && OPEN_SCREENING_STATUSES.has(s.status)))
        ? 'office-supervisor'
        : null;
    case 'court':
      return actor.office !== null && facts.courts.includes(actor.office) ? 'court-of-record' : null;
    case 'counsel':
      return facts.counselIds.includes(actor.id) ? 'counsel-of-record' : null;
    case 'analyst':
    case 'admin':
    case 'system':
      return null;
  }
}

/** Decides one act on a case (or on one screening of it). Facts are undefined when the record does not exist. */
export function decideCaseAccess(
  actor: Actor,
  action: CaseAction,
  facts: CaseAccessFacts | undefined,
  screeningId?: string,
): AccessDecision {
  if (!facts || (screeningId && !facts.screenings.some((s) => s.id === screeningId)))
    return { allowed: false, reason: 'no-basis' };
  const basis = caseBasis(actor, facts, screeningId);
  if (basis === null) return { allowed: false, reason: 'no-basis' };
  if (!ROLES_FOR[action].includes(actor.role)) return { allowed: false, reason: 'not-permitted' };
  // Seeing an unassigned screening in the office queue is not a licence to work it: assignment is.
  if (actor.role === 'officer' && OFFICER_WORK.has(action) && basis !== 'assigned-officer')
    return { allowed: false, reason: 'not-permitted' };
  return { allowed: true, basis };
}

/** The roles that may ever do an act (for the route table and the web app's navigation). */
export const rolesFor = (action: CaseAction): readonly Actor['role'][] => ROLES_FOR[action];
