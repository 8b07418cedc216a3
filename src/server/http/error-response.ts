// The one error handler of every Hono app: anything thrown becomes an AppError (to-app-error.ts), answered with its
// code's status in the shared JSON shape. What a client must not see (a driver's message, a path, SQL, a stack)
// goes to the server log on stderr, with the request it failed.
import type { Context } from 'hono';
import type { AppError } from '../../domain/errors.ts';
import { describeForLog, toAppError } from '../to-app-error.ts';
import { ERROR_STATUS } from './error-status.ts';

/** Turns a thrown error into the response every client reads. */
export function errorResponse(error: Error, c: Context): Response {
  const shown = toAppError(error);
  logServerError(`${c.req.method} ${c.req.path}`, shown);
  return c.json(shown.toJSON(), ERROR_STATUS[shown.code]);
}

/** Writes a failure to the server log when an operator has something to learn from it: a server-side status, or a
 * cause the client was not shown. A client's own mistake (a 4xx without a cause) is not logged. */
export function logServerError(where: string, error: AppError): void {
  if (ERROR_STATUS[error.code] < 500 && error.cause === undefined) return;
  process.stderr.write(`[refuge] ${where}: ${describeForLog(error)}\n`);
}
