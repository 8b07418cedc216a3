// The append-only access log (disclosure log of 8 CFR 208.6): every read of a confidential record, every search
// and every export, with who, when, which case, the basis the policy used and the purpose. Nothing updates or
// deletes these rows.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** One access, as it is logged. */
export interface AccessLogEntry {
  userId: string;
  caseId: string | null;
  action: 'read' | 'search' | 'export';
  subject: string;
  /** The record read when it is not a case (a dissent's id); absent for case records. */
  subjectId?: string | null;
  purpose: string;
  basis: string;
  at: string;
}

/** Appends one entry. */
export async function appendAccessLog(db: Kysely<DatabaseSchema>, entry: AccessLogEntry): Promise<void> {
  await db
    .insertInto('disclosures')
    .values({
      user_id: entry.userId,
      case_id: entry.caseId,
      action: entry.action,
      subject: entry.subject,
      subject_id: entry.subjectId ?? null,
      purpose: entry.purpose,
      legal_basis: entry.basis,
      at: entry.at,
    })
    .execute();
}

/** Appends many entries at once (a search or a list discloses each case it shows). */
export async function appendAccessLogMany(
  db: Kysely<DatabaseSchema>,
  entries: readonly AccessLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('disclosures')
    .values(
      entries.map((entry) => ({
        user_id: entry.userId,
        case_id: entry.caseId,
        action: entry.action,
        subject: entry.subject,
        subject_id: entry.subjectId ?? null,
        purpose: entry.purpose,
        legal_basis: entry.basis,
        at: entry.at,
      })),
    )
    .execute();
}

/** A page of the log, newest first: all of it, or the entries of users of one office; narrowed by case, user,
 * action, or with some subjects left out; `before` is the id the previous page ended at. */
export async function findAccessLog(
  db: Kysely<DatabaseSchema>,
  filter: {
    office?: string;
    caseId?: string;
    userId?: string;
    action?: AccessLogEntry['action'];
    excludeSubjects?: readonly string[];
    before?: number;
    limit: number;
  },
): Promise<Array<AccessLogEntry & { id: number; userName: string }>> {
  let query = db
    .selectFrom('disclosures')
    .innerJoin('users', 'users.id', 'disclosures.user_id')
    .select([
      'disclosures.id',
      'disclosures.user_id',
      'users.name',
      'disclosures.case_id',
      'disclosures.action',
      'disclosures.subject',
      'disclosures.subject_id',
      'disclosures.purpose',
      'disclosures.legal_basis',
      'disclosures.at',
    ]);
  if (filter.office !== undefined) query = query.where('users.office', '=', filter.office);
  if (filter.caseId !== undefined) query = query.where('disclosures.case_id', '=', filter.caseId);
  if (filter.userId !== undefined) query = query.where('disclosures.user_id', '=', filter.userId);
  if (filter.action !== undefined) query = query.where('disclosures.action', '=', filter.action);
  const excluded = filter.excludeSubjects ?? [];
  if (excluded.length > 0)
    query = query.where((eb) =>
      eb.or([eb('disclosures.subject', 'is', null), eb('disclosures.subject', 'not in', excluded)]),
    );
  if (filter.before !== undefined) query = query.where('disclosures.id', '<', filter.before);
  const rows = await query.orderBy('disclosures.id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    userId: r.user_id,
    userName: r.name,
    caseId: r.case_id,
    action: r.action as AccessLogEntry['action'],
    subject: r.subject ?? 'case',
    subjectId: r.subject_id,
    purpose: r.purpose,
    basis: r.legal_basis,
    at: r.at,
  }));
}
