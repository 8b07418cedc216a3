// Hearing notices as served: one row each, listed on the case for the court, the office and counsel of record.
import type { Kysely } from 'kysely';
import type { HearingNotice, NoticeMethod } from '../../domain/court/hearing-notice.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/** Stores a served notice. */
export async function insertHearingNotice(
  db: Kysely<DatabaseSchema>,
  notice: HearingNotice,
  recordedAt: string,
): Promise<void> {
  await db
    .insertInto('hearing_notices')
    .values({
      id: notice.id,
      case_id: notice.caseId,
      proceeding_id: notice.proceedingId,
      hearing_id: notice.hearingId,
      court: notice.court,
      method: notice.method,
      address: notice.address,
      served_at: notice.servedAt,
      served_by: notice.servedBy,
      recorded_at: recordedAt,
    })
    .execute();
}

/** The notices served on a case, in the order they were served. */
export async function findHearingNoticesOfCase(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<HearingNotice[]> {
  const rows = await db
    .selectFrom('hearing_notices')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('served_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    proceedingId: r.proceeding_id,
    hearingId: r.hearing_id,
    court: r.court,
    method: r.method as NoticeMethod,
    address: r.address,
    servedAt: r.served_at,
    servedBy: r.served_by,
  }));
}
