// Runs pending migrations with Kysely's Migrator (which locks, so many API nodes may start at once).
import { Migrator, type Kysely, type MigrationProvider, type Migration as KyselyMigration } from 'kysely';
import { AppError } from '../../domain/errors.ts';
import type { Dialect } from './dialect.ts';
import { MIGRATIONS } from './migrations/index.ts';

interface Migratable {
  db: Kysely<never> | Kysely<unknown> | Kysely<Record<string, unknown>>;
  dialect: Dialect;
}

/** Brings the store's schema up to date; fails with the migration's name if one fails. */
export async function migrateToLatest(database: { db: unknown; dialect: Dialect }): Promise<void> {
  const { db, dialect } = database as Migratable;
  const provider: MigrationProvider = {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          MIGRATIONS.map((m): [string, KyselyMigration] => [
            m.name,
            { up: (trx: Kysely<unknown>) => m.up(trx, dialect) },
          ]),
        ),
      ),
  };
  const migrator = new Migrator({
    db: db as Kysely<unknown>,
    provider,
    migrationTableName: 'refuge_migrations',
    migrationLockTableName: 'refuge_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    if (error instanceof AppError) throw error;
    const cause = error instanceof Error ? error : new Error(JSON.stringify(error));
    throw Object.assign(cause, { message: `migration ${failed} failed: ${cause.message}` });
  }
}
