// `refuge verify`: checks the whole ledger and prints one line: `ok <N> events, head <hash>` (exit 0), or the first
// broken event and how it broke (exit 1). Progress goes to stderr when it is a terminal.
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';

/** Registers `refuge verify [--checkpoint <events>:<head>]`. */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('check every hash, link and signature of the ledger; exits 1 naming the first broken event')
    .option(
      '--checkpoint <events:head>',
      'a result you kept from an earlier run (`ok <events> events, head <head>`): check only the signatures after it',
    )
    .action(async (options: { checkpoint?: string }) => {
      const checkpoint = options.checkpoint === undefined ? undefined : parseCheckpoint(options.checkpoint);
      const { loadConfig } = await import('../server/config.ts');
      const { openDatabase } = await import('../server/db/database.ts');
      const { verifyLedger } = await import('../server/ledger/ledger.verify.ts');
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const showProgress = process.stderr.isTTY;
        const result = await verifyLedger(database, {
          checkpoint,
          onProgress: showProgress
            ? ({ checked, total }) =>
                process.stderr.write(
                  `\rverifying ${checked.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} events`,
                )
            : undefined,
        });
        if (showProgress) process.stderr.write('\r\x1b[K');
        if (result.ok) {
          process.stdout.write(`ok ${result.count} events, head ${result.head}\n`);
        } else {
          const event = result.eventId === null ? '' : ` (event ${result.eventId})`;
          process.stdout.write(`broken: ${result.problem} at seq ${result.seq}${event}: ${result.message}\n`);
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    });
}

function parseCheckpoint(text: string): { count: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--checkpoint takes <events>:<head hash>, as an earlier run printed them ("ok <events> events, head <hash>"); got "${text}".`,
    );
  }
  return { count: Number(match[1]), hash: match[2]! };
}
