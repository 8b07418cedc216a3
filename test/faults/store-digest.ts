// A digest of every row the store holds (every table a backup copies), to show that a rejected command or a failed
// restore changed nothing at all: equal digests, equal stores.
import { createHash } from 'node:crypto';
import type { RefugeDatabase } from '../../src/server/db/database.ts';
import { countRows, listStoredTables, readTablePage } from '../../src/server/backup/backup.repository.ts';
import { BACKUP_TABLES } from '../../src/server/backup/backup-tables.ts';
import { inReadSnapshot } from '../../src/server/backup/read-snapshot.ts';
import type { CellValue } from '../../src/server/backup/backup-format.ts';

/** The SHA-256 of every row of every backed-up table, in key order, read from one snapshot. */
export function digestStore(database: RefugeDatabase): Promise<string> {
  return inReadSnapshot(database, async (db) => {
    const hash = createHash('sha256');
    const tables = new Map((await listStoredTables(db)).map((t) => [t.name, t.columns]));
    for (const table of BACKUP_TABLES) {
      const columns = tables.get(table.name) ?? [];
      let after: CellValue | undefined;
      for (;;) {
        const page = await readTablePage(db, {
          table: table.name,
          key: table.key,
          columns,
          after,
          limit: 1000,
        });
        for (const row of page) hash.update(`${table.name}:${JSON.stringify(columns.map((c) => row[c]))}\n`);
        if (page.length < 1000) break;
        after = page.at(-1)![table.key];
      }
    }
    return hash.digest('hex');
  });
}

/** How many rows each backed-up table holds (the ledger head row included). */
export async function countAllRows(database: RefugeDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) counts[table.name] = await countRows(database.db, table.name);
  return counts;
}
