// Sign-in and need-to-know access: sessions that expire by inactivity, bearer tokens for scripts, sign-in
// throttling shared by every API node, the access log's subject, the designated dissent reviewers, and the court
// of each proceeding as a column so that the access policy can decide inside the query.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds the account, session and access columns and tables. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('revoked_at', 'text').execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('is_dissent_reviewer', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable('disclosures').addColumn('subject', 'text').execute();
  await db.schema.createIndex('disclosures_user').on('disclosures').columns(['user_id', 'at']).execute();
  await db.schema.createIndex('disclosures_at').on('disclosures').column('at').execute();

  await db.schema.alterTable('proceedings').addColumn('court', 'text').execute();
  await (
    dialect === 'postgres'
      ? sql`update proceedings set court = (data::json ->> 'court')`
      : sql`update proceedings set court = json_extract(data, '$.court')`
  ).execute(db);
  await db.schema.createIndex('proceedings_court').on('proceedings').columns(['court', 'case_id']).execute();
  await db.schema.createIndex('representations_case').on('representations').column('case_id').execute();
}
