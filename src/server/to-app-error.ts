// The one map from anything thrown to the AppError a client or an operator is shown, shared by the HTTP app and the
// CLI: an AppError as it is, a driver's infrastructure failure as STORE_UNAVAILABLE, anything else as INTERNAL with a
// message that reveals nothing. The original error rides along as the cause, for the server log alone.
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../domain/errors.ts';
import { toStoreError } from './db/store-errors.ts';

/** What a client is told about a bug: nothing of its detail (no path, no driver message, no SQL, no stack). */
export const INTERNAL_MESSAGE =
  'Something went wrong that Refuge did not expect (a bug). Try again, and report it if it persists.';

/** Turns a thrown value into the AppError to show; never loses the original, which becomes the cause. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Hono's own request parsing (a body that is not JSON) raises HTTPException with a 4xx status.
  if (error instanceof HTTPException && error.status < 500)
    return new AppError(
      'VALIDATION_FAILED',
      'The request body could not be read as JSON. Send a JSON body with Content-Type: application/json.',
    );
  return toStoreError(error) ?? new AppError('INTERNAL', INTERNAL_MESSAGE, {}, { cause: error });
}

/** The detail of a failure for the server log: its code and message, then each cause's stack (or message). */
export function describeForLog(error: AppError): string {
  const lines = [`${error.code}: ${error.message}`];
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    lines.push(`  cause: ${cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
