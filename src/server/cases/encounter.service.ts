// The encounter as intake records it over the API: a new case at the intake officer's own office, the person
// behind the A-number (registered now, or the one already on record: whoever enters an A-number may learn whose it
// is), and that person's other cases that this officer may see anyway. Cases the officer has no basis for are never
// mentioned, not even by count.
import type { Actor } from '../../domain/actor.ts';
import type { CaseRecord } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { appendAccessLogMany } from '../access/access-log.repository.ts';
import type { AppContext } from '../app-context.ts';
import { findPerson } from '../people/person.repository.ts';
import { isDemoStore } from '../settings/store-settings.repository.ts';
import { findVisibleCases, type CaseSearchRow } from '../search/case-search.repository.ts';
import { listBasis } from '../search/case-search.service.ts';
import { recordEncounter, type EncounterInput } from './case.service.ts';

/** What the encounter made, and what intake may know beside it. */
export interface EncounterResult {
  record: CaseRecord;
  person: Person;
  /** The person's other cases within the caller's view, newest first (at most 50). */
  otherCases: CaseSearchRow[];
}

/** The purpose logged when the person's other cases are shown at an encounter. */
export const ENCOUNTER_PURPOSE = 'encounter: other cases of the A-number entered';

/** Opens a case at the caller's own office for the person met at the border. */
export async function recordEncounterAtOwnOffice(
  app: AppContext,
  viewer: Actor,
  input: Omit<EncounterInput, 'office' | 'caseId'>,
): Promise<Result<EncounterResult>> {
  if (viewer.office === null)
    return fail(
      'FORBIDDEN',
      'Your account belongs to no office, and a case opens at the office of the officer who records it: ask an administrator to set your office.',
    );
  // A demo store holds only synthetic records: a case opened on it is labelled so even if the client forgot to.
  const isSynthetic = input.isSynthetic === true || (await isDemoStore(app.database.db));
  const opened = await recordEncounter(app, viewer.id, { ...input, isSynthetic, office: viewer.office });
  if (!opened.ok) return opened;
  const record = opened.value;
  const db = app.database.db;
  const [person, otherCases] = await Promise.all([
    findPerson(db, record.personId),
    findVisibleCases(db, viewer, { personId: record.personId, excludeCaseId: record.id, limit: 50 }),
  ]);
  if (!person)
    return fail('INTERNAL', 'The case was opened but its person could not be read back; reload it.');
  const at = app.now();
  await appendAccessLogMany(
    db,
    otherCases.map((row) => ({
      userId: viewer.id,
      caseId: row.id,
      action: 'read',
      subject: 'case',
      purpose: ENCOUNTER_PURPOSE,
      basis: listBasis(viewer, row),
      at,
    })),
  );
  return ok({ record, person, otherCases });
}
