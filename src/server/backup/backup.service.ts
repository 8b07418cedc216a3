// `refuge backup`: the whole store from one snapshot, in the portable format (backup-format.ts), while the server
// keeps writing. The master key is not in it: it stays where it is and must be kept separately.
import { AppError } from '../../domain/errors.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { Dialect } from '../db/dialect.ts';
import type { Transaction } from '../db/transaction.ts';
import { getHead } from '../ledger/ledger.repository.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  isCellValue,
  MASTER_KEY_NOTE,
  type BackupHeader,
  type CellValue,
} from './backup-format.ts';
import { createBackupFile, type BackupFileWriter } from './backup-file-writer.ts';
import {
  countRows,
  listStoredTables,
  readMigrationNames,
  readTablePage,
  type StoredTable,
} from './backup.repository.ts';
import { BACKUP_TABLES, IGNORED_TABLES } from './backup-tables.ts';
import { inReadSnapshot } from './read-snapshot.ts';

/** How far a backup or restore has got: rows done out of all rows, and the table it is on. */
export interface CopyProgress {
  table: string;
  done: number;
  total: number;
}

/** How to write a backup: overwrite or not, page size, progress. */
export interface BackupOptions {
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
  /** Rows read per query (default 2000). */
  pageSize?: number;
  /** Called after every page; the backup waits for a returned promise. */
  onProgress?: (progress: CopyProgress) => void | Promise<void>;
}

/** What was written: the file, its header (source, migrations, ledger head, row counts) and the rows in all. */
export interface BackupSummary {
  file: string;
  header: BackupHeader;
  rows: number;
}

/** Writes a consistent backup of the store to `file` (complete, or not there at all). */
export async function createBackup(
  database: RefugeDatabase,
  file: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const writer = await createBackupFile(file, { overwrite: options.overwrite ?? false });
  try {
    const summary = await inReadSnapshot(database, (snapshot) =>
      writeSnapshot(snapshot, database.dialect, writer, options),
    );
    await writer.commit();
    return { file, ...summary };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function writeSnapshot(
  db: Transaction,
  dialect: Dialect,
  writer: BackupFileWriter,
  options: BackupOptions,
): Promise<Omit<BackupSummary, 'file'>> {
  const tables = await coveredTables(db);
  const counts: number[] = [];
  for (const table of BACKUP_TABLES) counts.push(await countRows(db, table.name)); // one connection: one query at a time
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    dialect,
    migrations: await readMigrationNames(db),
    ledger: await getHead(db),
    tables: BACKUP_TABLES.map((t, i) => ({ name: t.name, rows: counts[i]! })),
    masterKey: MASTER_KEY_NOTE,
  };
  await writer.write(`${JSON.stringify(header)}\n`);
  const total = counts.reduce((a, b) => a + b, 0);
  const limit = options.pageSize ?? 2000;
  let done = 0;
  for (const [index, table] of BACKUP_TABLES.entries()) {
    const { columns } = tables.get(table.name)!;
    await writer.write(`${JSON.stringify({ table: table.name, columns })}\n`);
    let after: CellValue | undefined;
    let written = 0;
    for (;;) {
      const pageRows = Math.min(limit, table.maxRowsAtOnce ?? limit);
      const page = await readTablePage(db, {
        table: table.name,
        key: table.key,
        columns,
        after,
        limit: pageRows,
      });
      if (page.length === 0) break;
      await writer.write(
        `${page.map((row) => JSON.stringify(columns.map((c) => cell(row[c], table.name, c)))).join('\n')}\n`,
      );
      written += page.length;
      done += page.length;
      after = page.at(-1)![table.key];
      await options.onProgress?.({ table: table.name, done, total });
      if (page.length < pageRows) break;
    }
    // Inside one snapshot the count cannot move; if it did, the snapshot is not one and the file must not stand.
    if (written !== counts[index])
      throw new AppError(
        'INTERNAL',
        `The backup read ${written} rows of ${table.name} but counted ${counts[index]}: the snapshot was not consistent.`,
      );
  }
  await writer.write(`${JSON.stringify({ end: true, rows: done, sha256: writer.digest() })}\n`);
  return { header, rows: done };
}

// The store's tables by name, after checking that the backup knows every one that holds lasting data.
async function coveredTables(db: Transaction): Promise<Map<string, StoredTable>> {
  const stored = new Map((await listStoredTables(db)).map((t) => [t.name, t]));
  if (!stored.has('refuge_migrations')) {
    throw new AppError(
      'NOT_FOUND',
      'This store has no Refuge tables, so there is nothing to back up. Check REFUGE_DATA_DIR or DATABASE_URL.',
    );
  }
  const known = new Set([...BACKUP_TABLES.map((t) => t.name), ...IGNORED_TABLES]);
  const unknown = [...stored.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError(
      'INTERNAL',
      `The store has tables that backups do not cover (${unknown.join(', ')}); add them to src/server/backup/backup-tables.ts.`,
      { tables: unknown },
    );
  }
  const missing = BACKUP_TABLES.filter((t) => !stored.has(t.name)).map((t) => t.name);
  if (missing.length > 0) {
    throw new AppError(
      'INTERNAL',
      `The store lacks tables a backup expects (${missing.join(', ')}): it was made by another version of Refuge; back it up with that version.`,
      { tables: missing },
    );
  }
  return stored;
}

function cell(value: unknown, table: string, column: string): CellValue {
  if (value === undefined) return null;
  if (isCellValue(value)) return value;
  throw new AppError(
    'INTERNAL',
    `${table}.${column} holds a ${typeof value} value that backups cannot store.`,
    { table, column },
  );
}
