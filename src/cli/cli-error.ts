// How the CLI reports failure: one clear line and a non-zero exit, through the same error mapping as the HTTP app.
// Exit 2 for a bad configuration and for bugs, 1 for everything else; a bug's detail only with REFUGE_DEBUG.
import type { ErrorCode } from '../domain/errors.ts';
import { describeForLog, toAppError } from '../server/to-app-error.ts';

// Codes the operator fixes by changing how the command is run, or that no retry fixes: exit 2.
const EXIT_TWO: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INVALID_CONFIGURATION', 'INTERNAL']);

/** Prints an error the way every command does and returns the exit code to use. */
export function reportCliError(error: unknown): number {
  const shown = toAppError(error);
  process.stderr.write(`refuge: ${shown.message}\n`);
  if (shown.code === 'INTERNAL') {
    // REFUGE_DEBUG is read here rather than through the config: a broken configuration must still be reported.
    if (process.env.REFUGE_DEBUG) process.stderr.write(`${describeForLog(shown)}\n`);
    else process.stderr.write('refuge: run again with REFUGE_DEBUG=1 to see the details, and report them.\n');
  }
  return EXIT_TWO.has(shown.code) ? 2 : 1;
}
