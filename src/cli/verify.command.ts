// `refuge verify`: checks the whole ledger and prints `ok <N> events, head <hash>` (exit 0), then a line on the
// log's checkpoints when it has any, or the first broken event and how it broke (exit 1). `--checkpoint` takes an
// earlier result (`<N>:<hash>`) or a checkpoint note file kept outside the database. Progress goes to stderr when it
// is a terminal.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';

/** Registers `refuge verify [--checkpoint <events>:<head> | <note file>]`. */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('check every hash, link and signature of the ledger; exits 1 naming the first broken event')
    .option(
      '--checkpoint <events:head|note file>',
      "a result you kept from an earlier run (`ok <events> events, head <head>`): check only the signatures after it; or a checkpoint note file (as GET /api/v1/ledger/checkpoint served it): prove that today's log extends it",
    )
    .action(async (options: { checkpoint?: string }) => {
      const given = options.checkpoint === undefined ? {} : parseCheckpointOption(options.checkpoint);
      const { loadConfig } = await import('../server/config.ts');
      const { openDatabase } = await import('../server/db/database.ts');
      const { verifyLedger } = await import('../server/ledger/ledger.verify.ts');
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const showProgress = process.stderr.isTTY;
        const result = await verifyLedger(database, {
          ...given,
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
          if (given.note !== undefined)
            process.stdout.write('the log extends the checkpoint note given, which its key signed\n');
          if (result.checkpoint)
            process.stdout.write(
              `checkpoint ok: ${result.checkpointsChecked} signed checkpoints match the events' Merkle tree; the latest covers ${result.checkpoint.size} events, root ${result.checkpoint.rootHash}\n`,
            );
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

function parseCheckpointOption(text: string): {
  checkpoint?: { count: number; hash: string };
  note?: string;
} {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (match) return { checkpoint: { count: Number(match[1]), hash: match[2]! } };
  if (/^\d+:/.test(text.trim())) throw badCheckpoint(text);
  try {
    return { note: readFileSync(text, 'utf8') };
  } catch {
    throw badCheckpoint(text);
  }
}

const badCheckpoint = (text: string) =>
  new AppError(
    'VALIDATION_FAILED',
    `--checkpoint takes <events>:<head hash>, as an earlier run printed them ("ok <events> events, head <hash>"), or the path of a checkpoint note file; got "${text}".`,
  );
