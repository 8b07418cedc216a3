// Failed sign-ins counted in the database, per account and per client address, so that every API node sharing
// the store shares the count. One atomic upsert per failure: concurrent failures on two nodes both count.
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** A counter as it stands. */
export interface ThrottleState {
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

/** The counter under `key`, or nothing. */
export async function findThrottle(
  db: Kysely<DatabaseSchema>,
  key: string,
): Promise<ThrottleState | undefined> {
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  return (
    row && { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }
  );
}

/** Counts one failure: a counter whose window started before `windowStart` starts again at 1. */
export async function countFailure(
  db: Kysely<DatabaseSchema>,
  key: string,
  now: string,
  windowStart: string,
): Promise<number> {
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, window_started_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_throttle.window_started_at < ${windowStart} then 1 else sign_in_throttle.failures + 1 end`,
        window_started_at: sql<string>`case when sign_in_throttle.window_started_at < ${windowStart} then ${now} else sign_in_throttle.window_started_at end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** Locks the key until the given instant. */
export async function lockUntil(db: Kysely<DatabaseSchema>, key: string, until: string): Promise<void> {
  await db.updateTable('sign_in_throttle').set({ locked_until: until }).where('key', '=', key).execute();
}

/** Forgets the key's failures (a successful sign-in). */
export async function clearThrottle(db: Kysely<DatabaseSchema>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
