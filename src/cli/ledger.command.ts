// `refuge ledger ...`: the verifiable log's commands. `key` prints the log's verifier key alone on its last line;
// `checkpoint` signs one now; `check-record <file>` checks a record of determination offline; `witness add`
// registers an outside witness; `witness keygen` and `cosign` are the witness's side, run anywhere, no store.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import type { AppContext } from '../server/app-context.ts';

async function withApp<T>(work: (app: AppContext) => Promise<T>): Promise<T> {
  const { loadConfig } = await import('../server/config.ts');
  const { createAppContext } = await import('../server/app-context.ts');
  const app = await createAppContext(loadConfig());
  try {
    return await work(app);
  } finally {
    await app.database.close();
  }
}

const readText = (file: string, what: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${what} "${file}": check the path.`);
  }
};

/** Registers `refuge ledger`. */
export function registerLedgerCommand(program: Command): void {
  const ledger = program
    .command('ledger')
    .description('the verifiable log: its key, checkpoints, records and witnesses');

  ledger
    .command('key')
    .option('--origin <name>', 'the log\u2019s name when its key is created (e.g. refuge.example.gov/ledger)')
    .description('print the log\u2019s verifier key (created on first use), alone on the last line')
    .action(async (options: { origin?: string }) => {
      await withApp(async (app) => {
        const { ensureLogKey } = await import('../server/ledger/log-key.ts');
        const key = await ensureLogKey(app.database, app.masterKey, options.origin);
        process.stdout.write(`origin ${key.origin}\n${key.vkey}\n`);
      });
    });

  ledger
    .command('checkpoint')
    .description('sign a checkpoint of the log now and print it')
    .action(async () => {
      await withApp(async (app) => {
        const { signCheckpoint } = await import('../server/ledger/checkpoint.service.ts');
        process.stdout.write((await signCheckpoint(app)).note);
      });
    });

  ledger
    .command('check-record')
    .argument('<file>', 'a record of determination (the JSON the print view carries)')
    .option('--key <vkey>', 'the log\u2019s verifier key to trust (default: this store\u2019s)')
    .description('check a record of determination offline: in the log, unaltered, and who signed it')
    .action(async (file: string, options: { key?: string }) => {
      const { verifyRecord } = await import('../domain/ledger/record-of-determination.ts');
      let parsed: unknown;
      try {
        parsed = JSON.parse(readText(file, 'the record'));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError(
          'VALIDATION_FAILED',
          `The record "${file}" is not JSON: pass the record as it was issued.`,
        );
      }
      const record = ((parsed as { record?: unknown }).record ?? parsed) as Parameters<
        typeof verifyRecord
      >[0];
      const vkey =
        options.key ??
        (await withApp(async (app) => {
          const { findLogVerifierKey } = await import('../server/ledger/log-key.ts');
          return findLogVerifierKey(app.database.db);
        }));
      if (!vkey)
        throw new AppError(
          'VALIDATION_FAILED',
          'This store has no log key yet: pass the log\u2019s key with --key.',
        );
      if (typeof record !== 'object' || record === null || !Array.isArray(record.events))
        throw new AppError('VALIDATION_FAILED', `The file "${file}" is not a record of determination.`);
      const verdict = await verifyRecord(record, record, { log: [vkey] });
      process.stdout.write(`digest ${verdict.digest}\n`);
      for (const s of verdict.signedBy)
        process.stdout.write(`signed by ${s.name} (${s.role}): ${s.eventTypes.join(', ')}\n`);
      if (verdict.ok) {
        process.stdout.write(`ok: the record is in the log of ${verdict.treeSize} events and unaltered\n`);
      } else {
        for (const problem of verdict.problems) process.stdout.write(`broken: ${problem}\n`);
        process.exitCode = 1;
      }
    });

  const witness = ledger.command('witness').description('the log\u2019s outside witnesses');
  witness
    .command('add')
    .argument('<name>', 'the witness\u2019s name, as its key names it')
    .argument('<vkey>', 'its cosignature/v1 verifier key')
    .description('register a witness whose cosignatures the log accepts')
    .action(async (name: string, vkey: string) => {
      await withApp(async (app) => {
        const { addWitness } = await import('../server/ledger/witness.service.ts');
        const result = await addWitness(app, name, vkey);
        if (!result.ok) throw result.error;
        process.stdout.write(`witness ${name} registered\n`);
      });
    });

  witness
    .command('keygen')
    .argument('<name>', 'the witness\u2019s name (no spaces or plus signs), such as oig.example.gov/witness')
    .requiredOption('--out <file>', 'the new key file (never overwritten; keep it private)')
    .description('create a witness key and print its verifier key, to register with `witness add`')
    .action(async (name: string, options: { out: string }) => {
      const { createWitnessKeyFile } = await import('../server/ledger/witness-key.ts');
      process.stdout.write(`${createWitnessKeyFile(name, options.out)}\n`);
    });

  ledger
    .command('cosign')
    .requiredOption('--key <file>', 'the witness key file (`refuge ledger witness keygen`)')
    .requiredOption('--from <url>', 'the log\u2019s base URL, such as https://refuge.example.gov')
    .option('--state <file>', 'what this witness remembers of the log (default: <key file>.state.json)')
    .option(
      '--log-key <vkey>',
      'the log\u2019s verifier key; needed on the first run, then pinned in the state file',
    )
    .description(
      'as a witness: check the log\u2019s latest checkpoint extends the last one cosigned, and cosign it',
    )
    .action(async (options: { key: string; from: string; state?: string; logKey?: string }) => {
      const { runCosign } = await import('../server/ledger/cosign-run.ts');
      const outcome = await runCosign({
        keyFile: options.key,
        from: options.from,
        stateFile: options.state,
        logKey: options.logKey,
      });
      const since =
        outcome.previousSize === 0
          ? 'first cosignature of this log'
          : `consistent with the ${outcome.previousSize} events cosigned before`;
      process.stdout.write(`cosigned ${outcome.origin} at ${outcome.size} events (${since})\n`);
    });
}
