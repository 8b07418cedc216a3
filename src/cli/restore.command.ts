// `refuge restore <file>`: loads a backup into an empty store in one transaction, verifies the restored ledger and
// prints its head; then says whether this data folder's master key opens the restored signing keys.
import type { Command } from 'commander';
import { progressLine } from './backup.command.ts';

/** Registers `refuge restore`. */
export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .argument('<file>', 'a file written by `refuge backup`')
    .description('restore a backup into an EMPTY store (all or nothing), then verify the restored ledger')
    .action(async (file: string) => {
      const path = await import('node:path');
      const { loadConfig } = await import('../server/config.ts');
      const { openDatabase } = await import('../server/db/database.ts');
      const { restoreBackup } = await import('../server/backup/restore.service.ts');
      const { checkMasterKey, masterKeySource } = await import('../server/backup/master-key-check.ts');
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const progress = progressLine('restore');
        const summary = await restoreBackup(database, path.resolve(file), {
          onProgress: progress.update,
          onVerifyProgress: ({ checked, total }) => progress.update({ done: checked, total }),
        });
        progress.clear();
        const { header, verify } = summary;
        process.stdout.write(
          `restored ${summary.rows} rows from ${file} (a ${header.dialect} backup made ${header.createdAt})\n`,
        );
        if (verify.ok && summary.isIntact) {
          process.stdout.write(`ok ${verify.count} events, head ${verify.head}\n`);
        } else {
          const why = verify.ok
            ? `it verifies but ends at ${verify.head}, not at the backup's head ${header.ledger.hash}`
            : `${verify.problem} at seq ${verify.seq}: ${verify.message}`;
          process.stdout.write(`broken: the restored ledger does not match the backup: ${why}\n`);
          process.exitCode = 1;
        }
        const source = masterKeySource(config);
        const status = await checkMasterKey(database, config);
        if (status === 'opens')
          process.stdout.write(`master key: ${source} opens the restored signing keys\n`);
        if (status === 'missing')
          process.stdout.write(
            `master key: not in the backup; copy the original store's master.key to ${source} (or set REFUGE_MASTER_KEY) before starting the server\n`,
          );
        if (status === 'wrong')
          process.stderr.write(
            `refuge: warning: ${source} does not open the restored signing keys; use the original store's master key before starting the server\n`,
          );
      } finally {
        await database.close();
      }
    });
}
