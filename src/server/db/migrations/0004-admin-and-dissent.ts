// Policy dissent and account administration: the dissents filed against a policy or guidance document, their
// attachments (stored in the database, base64 text so that backups carry them as they carry every other row), the
// id of the record an access-log entry names when it is not a case (a dissent), and an index that lets a reader
// find the key the ledger registered for an actor without scanning every event.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds the dissent tables, the access log's subject id and the ledger's index by event type. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('dissents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('answer', 'text')
    .execute();
  await db.schema.createIndex('dissents_filer').on('dissents').columns(['filer_id', 'filed_at']).execute();
  await db.schema.createIndex('dissents_queue').on('dissents').columns(['answered_at', 'due_at']).execute();
  await db.schema.createIndex('dissents_filed').on('dissents').column('filed_at').execute();

  await db.schema
    .createTable('dissent_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dissent_id', 'text', (c) => c.notNull().references('dissents.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dissent_attachments_dissent')
    .on('dissent_attachments')
    .columns(['dissent_id', 'position'])
    .execute();

  await db.schema.alterTable('disclosures').addColumn('subject_id', 'text').execute();

  await db.schema.createIndex('ledger_events_type').on('ledger_events').columns(['type', 'seq']).execute();
}
