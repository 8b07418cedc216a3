// The asylum officers of a supervisor's own office, for assigning: with a screening named, whether each has declined
// it (or its whole category) on grounds of conscience, so the supervisor is offered only those the assignment takes.
import type { Actor } from '../../domain/actor.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import type { AppContext } from '../app-context.ts';
import { findOfficersDecliningCategory } from '../objections/objection.repository.ts';
import { findScreening } from '../screenings/screening.repository.ts';
import { findUsersByRole } from './user.repository.ts';

/** An officer of the office, and whether they declined the screening asked about (null when none was). */
export interface OfficeOfficer {
  id: string;
  name: string;
  hasDeclined: boolean | null;
}

/** The active officers of the viewer's office by name; a screening of another office answers NOT_FOUND, exactly as
 * a nonexistent one. */
export async function listOfficeOfficers(
  app: AppContext,
  viewer: Actor,
  screeningId: string | undefined,
): Promise<Result<OfficeOfficer[]>> {
  const db = app.database.db;
  if (viewer.office === null) return ok([]);
  const officers = await findUsersByRole(db, 'officer', viewer.office);
  if (screeningId === undefined) return ok(officers.map((o) => ({ id: o.id, name: o.name, hasDeclined: null })));
  const found = await findScreening(db, screeningId);
  if (!found || found.state.office !== viewer.office)
    return fail('NOT_FOUND', 'No such screening in your office.', { screeningId });
  const s = found.state;
  const byCategory = await findOfficersDecliningCategory(
    db,
    officers.map((o) => o.id),
    s.kind,
  );
  return ok(
    officers.map((o) => ({
      id: o.id,
      name: o.name,
      hasDeclined: s.declinedBy.includes(o.id) || byCategory.has(o.id),
    })),
  );
}
