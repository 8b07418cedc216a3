// Read access to <dataDir>/analytics.duckdb: one read-only DuckDB instance per file per process, reopened when an
// import has replaced the file (new inode or mtime). The old instance closes once its last query has finished.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../../domain/errors.ts';
import { isImportAnnounced } from '../import/import-pending.ts';

/** The analytics database file inside a data directory. */
export function analyticsDatabasePath(dataDir: string): string {
  return join(dataDir, 'analytics.duckdb');
}

interface OpenFile {
  readonly fingerprint: string;
  readonly instance: Promise<DuckDBInstance>;
  active: number;
  isStale: boolean;
}

const openFiles = new Map<string, OpenFile>();

/** Said when there is no analytics database yet (the same words as an empty one, see report.service.ts). */
export const NO_COURT_DATA_MESSAGE =
  'No court data imported yet: run `refuge import eoir <release>` or `refuge generate eoir ...` first';

/** Said while the first release is being imported (the demo's synthetic one, right after the server starts). */
export const COURT_DATA_IMPORTING_MESSAGE =
  'The court data is being imported: its figures will be here in a few seconds; try again shortly.';

// The messages name no path: they reach HTTP clients. The file's path and the driver's words stay in the cause,
// which only the server log shows.
async function fingerprintOf(path: string): Promise<string> {
  try {
    const stats = await stat(path);
    return `${stats.dev}:${stats.ino}:${stats.mtimeMs}:${stats.size}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (await isImportAnnounced(dirname(path)))
        throw new AppError('COURT_DATA_IMPORTING', COURT_DATA_IMPORTING_MESSAGE, { retryAfter: 5 });
      throw new AppError('NO_COURT_DATA', NO_COURT_DATA_MESSAGE);
    }
    throw new AppError(
      'STORE_UNAVAILABLE',
      'The court-data analytics database cannot be read; check the data directory on the server.',
      {},
      { cause: error },
    );
  }
}

async function openReadOnly(path: string): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  } catch (error) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      'The court-data analytics database cannot be opened (damaged, or not one Refuge wrote): import the release again with `refuge import eoir <release>`.',
      {},
      { cause: new Error(`opening ${path}`, { cause: error }) },
    );
  }
}

function closeWhenIdle(file: OpenFile): void {
  if (!file.isStale || file.active > 0) return;
  file.instance.then((instance) => instance.closeSync()).catch(() => undefined);
}

async function acquire(path: string): Promise<OpenFile> {
  const fingerprint = await fingerprintOf(path);
  const current = openFiles.get(path);
  if (current?.fingerprint === fingerprint) return current;
  const opened: OpenFile = { fingerprint, instance: openReadOnly(path), active: 0, isStale: false };
  openFiles.set(path, opened);
  opened.instance.catch(() => openFiles.get(path) === opened && openFiles.delete(path));
  if (current) {
    current.isStale = true;
    closeWhenIdle(current);
  }
  return opened;
}

/** Runs `use` with a fresh connection to the current analytics database (read-only); NOT_FOUND before any import. */
export async function withAnalyticsConnection<T>(
  dataDir: string,
  use: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const file = await acquire(analyticsDatabasePath(dataDir));
  file.active += 1;
  try {
    const connection = await (await file.instance).connect();
    try {
      return await use(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    file.active -= 1;
    closeWhenIdle(file);
  }
}

/** Closes every cached instance (for tests and shutdown). */
export function closeAnalyticsDatabases(): void {
  for (const file of openFiles.values()) {
    file.isStale = true;
    closeWhenIdle(file);
  }
  openFiles.clear();
}
