// A first import announced before it starts: `analytics.pending` in the data directory holds the id of the process
// that will import, so that until analytics.duckdb exists the court figures answer "being imported" instead of "no
// court data". A marker whose process no longer runs is ignored (the import died with it).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from './database-swap.ts';

const PENDING_FILE = 'analytics.pending';

/** Announces an import by this process; the returned function withdraws the announcement. */
export async function announceImport(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, PENDING_FILE);
  await writeFile(path, `${process.pid}\n`);
  return () => rm(path, { force: true });
}

/** True while a running process has announced an import into this data directory. */
export async function isImportAnnounced(dataDir: string): Promise<boolean> {
  try {
    const pid = Number((await readFile(join(dataDir, PENDING_FILE), 'utf8')).trim());
    return Number.isSafeInteger(pid) && pid > 0 && isRunning(pid);
  } catch {
    return false;
  }
}
