// analytics.duckdb: its name, its storage format, and its atomic replacement. Imports build
// `analytics.duckdb.new-<pid>` and rename it over the old file only when complete (rename is atomic on one
// filesystem). Leftovers of a killed import are removed next time.
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The analytics database's file name inside the data directory. */
export const ANALYTICS_FILE = 'analytics.duckdb';

/**
 * The storage format of analytics.duckdb: DuckDB 1.3's, which any DuckDB from 1.3 on reads. Its DICT_FSST string
 * compression costs the load about a fifth less CPU than the FSST and dictionary compression of DuckDB's default
 * format (1.0's), and stores the raw tables smaller (see README.md).
 */
export const ANALYTICS_STORAGE_VERSION = 'v1.3.0';

const LEFTOVER = new RegExp(`^(?:${ANALYTICS_FILE.replace('.', '\\.')}\\.new-|\\.eoir-import-)(\\d+)`);

/** Removes new-database files and work folders left by imports whose process no longer runs. */
export async function removeStaleImports(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    const pid = Number(LEFTOVER.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await rm(join(dataDir, name), { recursive: true, force: true });
  }
}

/** Renames the finished new database over the current one and drops any write-ahead log the old one left. */
export async function replaceDatabase(newPath: string, finalPath: string): Promise<void> {
  // A WAL beside the new file would mean it was not closed cleanly; renaming would lose what it holds.
  if (existsSync(`${newPath}.wal`))
    throw new Error(`${newPath} was not closed cleanly (it still has a write-ahead log)`);
  await rename(newPath, finalPath);
  // A stale WAL would be replayed onto the new file; the importer never leaves one, but a crashed writer might.
  await rm(`${finalPath}.wal`, { force: true });
}

/** True when a process of this id runs (ours or, unsignalable, another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
