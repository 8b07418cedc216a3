// The one error type and its closed set of codes. The HTTP layer maps each code to a status in one table;
// the CLI and the web app read the same { code, message, details } shape.

/** Every code a user-facing failure can carry. Adding one means adding its HTTP status in server/http. */
export const ERROR_CODES = [
  'VALIDATION_FAILED', // input is malformed: a bad A-number, a date in the future, an unknown code
  'NOT_FOUND', // the thing does not exist, or the reader has no basis to know it exists
  'CONFLICT', // a unique value is taken, or the record changed under the caller
  'INVALID_TRANSITION', // the command is not allowed in the record's current state
  'LEGAL_STANDARD_MISMATCH', // a determination under a standard that is not the screening's
  'NOT_ASSIGNED', // an officer acts on a screening that is not theirs, or nobody owns it
  'FORBIDDEN', // the role or the need-to-know basis does not allow the act
  'UNAUTHENTICATED', // no valid session
  'TOO_MANY_ATTEMPTS', // too many failed sign-ins from this account or address: wait and try again
  'PAYLOAD_TOO_LARGE', // the request body is over the size limit
  'EXEMPT_GROUP', // an act against someone in an MPP-exempt group without an override reason
  'NO_IJ_REVIEW', // the law gives no IJ review of this determination (MPP)
  'STORE_UNAVAILABLE', // the database is down, locked or corrupt
  'LEDGER_BROKEN', // the ledger failed verification
  'IMPORT_FAILED', // an analytics import could not complete; the previous data is intact
  'NO_COURT_DATA', // no court-data release has been imported yet, so there are no court figures to show
  'COURT_DATA_IMPORTING', // the first court-data release is being imported: its figures follow shortly
  'INVALID_CONFIGURATION', // an environment variable or start option is set to a value that cannot be used
  'INTERNAL', // a bug: the message says so, the details stay in the server log
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure with a stable code and a message a person understands (what went wrong and what to do). The `cause`
 * (a driver's error, a file's path) is for the server log only: it never enters the wire shape. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }

  /** The wire shape shared by the API, the CLI and the web app. */
  toJSON(): { error: { code: ErrorCode; message: string; details: Record<string, unknown> } } {
    return { error: { code: this.code, message: this.message, details: this.details } };
  }
}

/** An expected rejection as a value, for pure functions that must not throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a rejection as a failure. */
export const fail = <T = never>(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): Result<T> => ({
  ok: false,
  error: new AppError(code, message, details),
});

/** Returns the value of a success, or throws its AppError (for edges that turn rejections into responses). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
