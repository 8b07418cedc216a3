// `refuge backup <file>`: a consistent copy of the whole store, taken while the server runs, in the portable
// format that restores on either dialect. The master key is not in it, and the output says so.
import type { Command } from 'commander';

/** Registers `refuge backup`. */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .argument('<file>', "the file to write (gzip'd JSON lines; written whole or not at all)")
    .description(
      'write a consistent backup of the store while the server runs (the master key is NOT included)',
    )
    .option('--force', 'replace the file if it already exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const { existsSync } = await import('node:fs');
      const path = await import('node:path');
      const { AppError } = await import('../domain/errors.ts');
      const { loadConfig } = await import('../server/config.ts');
      const { openDatabase, sqliteFile } = await import('../server/db/database.ts');
      const { createBackup } = await import('../server/backup/backup.service.ts');
      const { masterKeySource } = await import('../server/backup/master-key-check.ts');
      const config = loadConfig();
      if (!config.databaseUrl && !existsSync(sqliteFile(config.dataDir))) {
        throw new AppError(
          'NOT_FOUND',
          `There is no Refuge store in ${config.dataDir}; set REFUGE_DATA_DIR (or DATABASE_URL) to the store to back up.`,
        );
      }
      // No migrations: a backup must not change the schema under a running server.
      const database = await openDatabase({ ...config, migrate: false, poolSize: 1 });
      try {
        const progress = progressLine('backup');
        const { header, rows } = await createBackup(database, path.resolve(file), {
          overwrite: options.force ?? false,
          onProgress: progress.update,
        });
        progress.clear();
        process.stdout.write(
          `backup written to ${file}: ${rows} rows from ${header.dialect}, ledger head seq ${header.ledger.seq}, hash ${header.ledger.hash}\n`,
        );
        process.stdout.write(
          `the master key is NOT in the backup: keep ${masterKeySource(config)} safe and separate; a restored store needs it to sign\n`,
        );
      } finally {
        await database.close();
      }
    });
}

/** Progress on stderr: a self-updating line on a terminal, a line every few seconds when logged. */
export function progressLine(verb: string): {
  update: (p: { done: number; total: number; table?: string }) => void;
  clear: () => void;
} {
  const isTerminal = process.stderr.isTTY;
  let last = Date.now();
  let shown = false;
  return {
    update: ({ done, total, table }) => {
      const now = Date.now();
      if (now - last < (isTerminal ? 100 : 5000)) return;
      last = now;
      shown = true;
      const unit = table === undefined ? 'events verified' : `rows (${table})`;
      const text = `${verb}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} ${unit}`;
      process.stderr.write(isTerminal ? `\r${text}\x1b[K` : `${text}\n`);
    },
    clear: () => {
      if (shown && isTerminal) process.stderr.write('\r\x1b[K');
    },
  };
}
