// The one error handler of every Hono app: an AppError becomes its code's status with the shared JSON shape; anything
// else is a bug, answered without details while the server log keeps the stack (never case content in messages).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../../domain/errors.ts';
import { ERROR_STATUS } from './error-status.ts';

/** Turns a thrown error into the response every client reads. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof AppError) return c.json(error.toJSON(), ERROR_STATUS[error.code]);
  // Hono's own request parsing (a body that is not JSON) raises HTTPException with a 4xx status.
  if (error instanceof HTTPException && error.status < 500) {
    const known = new AppError(
      'VALIDATION_FAILED',
      `The request could not be read (${error.message}). Send a JSON body with Content-Type: application/json.`,
    );
    return c.json(known.toJSON(), 400);
  }
  process.stderr.write(
    `[refuge] internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`,
  );
  return c.json(
    new AppError(
      'INTERNAL',
      'Something went wrong on the server; it has been logged. Try again, and report it if it persists.',
    ).toJSON(),
    500,
  );
}
