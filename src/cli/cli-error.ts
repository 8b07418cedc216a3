// How the CLI reports failure: one clear line and a non-zero exit; a stack trace only for bugs, and only with REFUGE_DEBUG.
import { AppError } from '../domain/errors.ts';
import { toStoreError } from '../server/db/store-errors.ts';

/** Prints an error the way every command does and returns the exit code to use. */
export function reportCliError(error: unknown): number {
  const known = error instanceof AppError ? error : toStoreError(error);
  if (known) {
    process.stderr.write(`refuge: ${known.message}\n`);
    return known.code === 'INTERNAL' ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`refuge: unexpected failure: ${message}\n`);
  if (process.env.REFUGE_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  else
    process.stderr.write('refuge: this is a bug; run again with REFUGE_DEBUG=1 for details and report it.\n');
  return 2;
}
