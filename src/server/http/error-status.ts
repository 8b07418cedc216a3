// The one map from error code to HTTP status. Every code in domain/errors.ts has a row (the type checks it).
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../domain/errors.ts';

/** HTTP status for each error code. */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  LEGAL_STANDARD_MISMATCH: 422,
  NOT_ASSIGNED: 403,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  TOO_MANY_ATTEMPTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  EXEMPT_GROUP: 422,
  NO_IJ_REVIEW: 422,
  STORE_UNAVAILABLE: 503,
  LEDGER_BROKEN: 500,
  IMPORT_FAILED: 500,
  NO_COURT_DATA: 404,
  COURT_DATA_IMPORTING: 503,
  INVALID_CONFIGURATION: 500,
  INTERNAL: 500,
};
