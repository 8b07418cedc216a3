// `refuge restore`: loads a backup into an EMPTY store in one transaction (all of it, or nothing), then verifies the
// restored ledger, which must end at the head the backup recorded.
import { AppError } from '../../domain/errors.ts';
import type { RefugeDatabase } from '../db/database.ts';
import { inTransaction, lockLedgerHead, type Transaction } from '../db/transaction.ts';
import { verifyLedger, type VerifyProgress, type VerifyResult } from '../ledger/ledger.verify.ts';
import type { BackupHeader, CellValue } from './backup-format.ts';
import { openBackupFile, type BackupFileReader } from './backup-file-reader.ts';
import {
  advanceIdSequence,
  countRows,
  deleteAllRows,
  insertRows,
  readMigrationNames,
} from './backup.repository.ts';
import { BACKUP_TABLES, SESSIONS_TABLE } from './backup-tables.ts';
import type { CopyProgress } from './backup.service.ts';

/** Progress callbacks for the load and for the verification after it. */
export interface RestoreOptions {
  onProgress?: (progress: CopyProgress) => void;
  /** Progress of the ledger verification that follows the commit (it can take longer than the load). */
  onVerifyProgress?: (progress: VerifyProgress) => void;
}

/** What a restore did: the backup's header, the rows loaded, and the verdict on the restored ledger. */
export interface RestoreSummary {
  header: BackupHeader;
  rows: number;
  verify: VerifyResult;
  /** The restored ledger verifies and ends at the head the backup recorded. */
  isIntact: boolean;
}

// Bound parameters per insert stay well under SQLite's 32,766 (and PostgreSQL's 65,535).
const MAX_PARAMETERS = 20_000;

/** Restores `file` into the store, which must be empty; a damaged file leaves it empty. */
export async function restoreBackup(
  database: RefugeDatabase,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const reader = await openBackupFile(file);
  try {
    const { header } = reader;
    await assertSameSchema(database, header);
    const rows = await inTransaction(database, async (trx) => {
      // The head's lock: one restore at a time, and no write slips in between the check and the load.
      await assertEmpty(trx, await lockLedgerHead(database, trx));
      try {
        return await loadRows(database, trx, reader, options);
      } catch (error) {
        const failure = error instanceof AppError ? error : asConstraintFailure(reader, error);
        if (failure?.code === 'VALIDATION_FAILED') {
          throw new AppError(
            failure.code,
            `${failure.message} Nothing was restored: the store is still empty.`,
            failure.details,
          );
        }
        throw error;
      }
    });
    const verify = await verifyLedger(database, { onProgress: options.onVerifyProgress });
    const isIntact = verify.ok && verify.head === header.ledger.hash && verify.count === header.ledger.seq;
    return { header, rows, verify, isIntact };
  } finally {
    await reader.close();
  }
}

async function loadRows(
  database: RefugeDatabase,
  trx: Transaction,
  reader: BackupFileReader,
  options: RestoreOptions,
): Promise<number> {
  const { header } = reader;
  const expected = BACKUP_TABLES.map((t) => t.name).join(',');
  if (header.tables.map((t) => t.name).join(',') !== expected)
    throw damaged(reader, 'its tables are not the ones this format holds');
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
  let done = 0;
  for (const [index, table] of BACKUP_TABLES.entries()) {
    const count = header.tables[index]!.rows;
    const { columns } = await reader.readTableStart(table.name);
    if (!columns.includes(table.key)) throw damaged(reader, `${table.name} has no ${table.key} column`);
    if (table.isSeeded) await deleteAllRows(trx, table.name);
    const batchSize = Math.max(
      1,
      Math.min(1000, table.maxRowsAtOnce ?? 1000, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length))),
    );
    let batch: CellValue[][] = [];
    for (let i = 0; i < count; i++) {
      batch.push(await reader.readRow(columns.length));
      if (batch.length === batchSize || i === count - 1) {
        await insertRows(trx, table.name, columns, batch);
        done += batch.length;
        batch = [];
        options.onProgress?.({ table: table.name, done, total });
      }
    }
    if (table.hasIdSequence) await advanceIdSequence(trx, database.dialect, table.name, table.key);
  }
  await reader.readEnd();
  const head = await lockLedgerHead(database, trx);
  if (head.seq !== header.ledger.seq || head.hash !== header.ledger.hash)
    throw damaged(reader, 'its ledger head row disagrees with its header');
  return done;
}

// The rows only fit a store on the same migrations: same tables, same columns, same meaning.
async function assertSameSchema(database: RefugeDatabase, header: BackupHeader): Promise<void> {
  const ours = await readMigrationNames(database.db);
  if (ours.join(',') !== header.migrations.join(',')) {
    throw new AppError(
      'VALIDATION_FAILED',
      `This backup was made on schema ${header.migrations.at(-1) ?? '(none)'} and this store is on ${ours.at(-1) ?? '(none)'}: restore it with the Refuge version that made it.`,
      { backup: header.migrations, store: ours },
    );
  }
}

async function assertEmpty(trx: Transaction, head: { seq: number }): Promise<void> {
  const held: string[] = head.seq > 0 ? [`${head.seq} ledger events`] : [];
  for (const name of [
    ...BACKUP_TABLES.filter((t) => !t.isSeeded && t.name !== 'ledger_events').map((t) => t.name),
    SESSIONS_TABLE,
  ]) {
    const n = await countRows(trx, name);
    if (n > 0) held.push(`${n} ${name}`);
  }
  if (held.length > 0) {
    throw new AppError(
      'CONFLICT',
      `The target store is not empty (it holds ${held.join(', ')}); restore only into an empty store: point REFUGE_DATA_DIR at a new folder, or DATABASE_URL at a new database.`,
      { held },
    );
  }
}

const damaged = (reader: BackupFileReader, why: string): AppError =>
  new AppError('VALIDATION_FAILED', `${reader.file} is damaged: ${why}.`, { file: reader.file });

// A row the store refuses (a duplicate key, a missing referent) means the file was altered, not that the store is.
function asConstraintFailure(reader: BackupFileReader, error: unknown): AppError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('23')))
    return undefined;
  return damaged(reader, `its rows break a rule of the store (${String(message)})`);
}
