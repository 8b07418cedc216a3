// The reads the case file needs beside each record's own repository: the objections made on its screenings and
// the names of the users it mentions.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** A decline of one screening, as the case file lists it. */
export interface ScreeningDecline {
  screeningId: string;
  officerId: string;
  reason: string;
  at: string;
}

/** The declines of these screenings (not standing category objections, which belong to no case), oldest first. */
export async function findDeclinesOfScreenings(
  db: Kysely<DatabaseSchema>,
  screeningIds: readonly string[],
): Promise<ScreeningDecline[]> {
  if (screeningIds.length === 0) return [];
  const rows = await db
    .selectFrom('objections')
    .select(['screening_id', 'officer_id', 'reason', 'created_at'])
    .where('screening_id', 'in', [...screeningIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    screeningId: r.screening_id!,
    officerId: r.officer_id,
    reason: r.reason,
    at: r.created_at,
  }));
}

/** The display names of these users, by id (unknown ids are left out). */
export async function findUserNames(
  db: Kysely<DatabaseSchema>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
