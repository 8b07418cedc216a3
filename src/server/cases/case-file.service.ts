// The case file: the person, the case on its track, its screenings with their deadlines, its proceedings, harm
// reports and open flags, and what this viewer may do on each, as the rules and the need-to-know policy allow.
// The route has already decided that the viewer has a basis to see the case; this loads and assembles it.
import {
  offeredCaseActions,
  offeredFlagActions,
  offeredScreeningActions,
} from '../../domain/access/offered-actions.ts';
import type { CaseAccessFacts } from '../../domain/access/need-to-know.ts';
import type { Actor, CommandContext } from '../../domain/actor.ts';
import type { CaseActionName } from '../../domain/cases/allowed-actions.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import { caseDeadlines, screeningDeadlines, type Deadline } from '../../domain/deadlines/deadlines.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { ConsistencyFlag } from '../../domain/flags/flag.transitions.ts';
import type { HarmReport } from '../../domain/harm/harm-report.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../../domain/screenings/screening.ts';
import type { AppContext } from '../app-context.ts';
import { findProceedingsOfCase } from '../court/proceeding.repository.ts';
import { findFlagsOfCase } from '../flags/flag.repository.ts';
import { findHarmReportsOfCase } from '../harm/harm-report.repository.ts';
import { findPerson } from '../people/person.repository.ts';
import { findScreeningsOfCase } from '../screenings/screening.repository.ts';
import { findDeclinesOfScreenings, findUserNames, type ScreeningDecline } from './case-file.repository.ts';
import { findCase } from './case.repository.ts';

/** A screening as the case file holds it. */
export interface CaseFileScreening {
  screening: Screening;
  officerName: string | null;
  deadlines: Deadline[];
  declines: Array<ScreeningDecline & { officerName: string | null }>;
  allowedActions: string[];
}

/** Everything the case file shows, before it is presented to the viewer. */
export interface CaseFile {
  person: Person;
  record: CaseRecord;
  deadlines: Deadline[];
  screenings: CaseFileScreening[];
  proceedings: Proceeding[];
  harmReports: HarmReport[];
  openFlags: Array<{ flag: ConsistencyFlag; allowedActions: Array<'clear'> }>;
  allowedActions: CaseActionName[];
}

/** The case file of a case the viewer has a basis to see (`facts`: what the access decision was made on). */
export async function getCaseFile(
  app: AppContext,
  viewer: Actor,
  caseId: string,
  facts: CaseAccessFacts,
): Promise<Result<CaseFile>> {
  const db = app.database.db;
  const loaded = await findCase(db, caseId);
  if (!loaded) return fail('NOT_FOUND', 'No such case.');
  const record = loaded.state;
  const [person, screenings, proceedings, harmReports, flags] = await Promise.all([
    findPerson(db, record.personId),
    findScreeningsOfCase(db, caseId),
    findProceedingsOfCase(db, caseId),
    findHarmReportsOfCase(db, caseId),
    findFlagsOfCase(db, caseId),
  ]);
  if (!person) return fail('NOT_FOUND', 'No such case.');
  const declines = await findDeclinesOfScreenings(
    db,
    screenings.map((s) => s.id),
  );
  const names = await findUserNames(db, [
    ...screenings.flatMap((s) => (s.officerId ? [s.officerId] : [])),
    ...declines.map((d) => d.officerId),
  ]);
  const now = app.now();
  const ctx: CommandContext = { actor: viewer, now };
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  return ok({
    person,
    record,
    deadlines: caseDeadlines(record, proceedings, now),
    screenings: screenings.map((screening) => ({
      screening,
      officerName: nameOf(screening.officerId),
      deadlines: screeningDeadlines(screening, now),
      declines: declines
        .filter((d) => d.screeningId === screening.id)
        .map((d) => ({ ...d, officerName: nameOf(d.officerId) })),
      allowedActions: offeredScreeningActions(screening, ctx, facts),
    })),
    proceedings,
    harmReports,
    openFlags: flags
      .filter((flag) => flag.status === 'open')
      .map((flag) => ({ flag, allowedActions: offeredFlagActions(flag, ctx, facts) })),
    allowedActions: offeredCaseActions(record, ctx, facts, {
      hasOpenScreening: screenings.some((s) => UNSERVED_SCREENING_STATUSES.includes(s.status)),
    }),
  });
}
