// Turns the drivers' infrastructure failures into one clear AppError each (no stack traces for a locked file). The
// driver's own error stays attached as the cause, for the server log; its message never reaches a client.
import { AppError } from '../../domain/errors.ts';

interface DriverError {
  code?: string;
  message?: string;
  address?: string;
  port?: number;
}

/** Maps a SQLite or PostgreSQL driver error to STORE_UNAVAILABLE, or returns undefined for anything else. */
export function toStoreError(error: unknown): AppError | undefined {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return undefined;
  const { code = '', message = '' } = error as DriverError;
  // The driver's code and words stay in the cause (the server log): a client learns nothing of the backend.
  const storeError = (text: string): AppError =>
    new AppError('STORE_UNAVAILABLE', text, {}, { cause: error });
  // SQLite's extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT) share their primary code's meaning.
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED' || code === '55P03') {
    return storeError(
      'The database is locked by another process. Wait for it to finish (or stop it) and try again.',
    );
  }
  if (primary === 'SQLITE_CORRUPT' || primary === 'SQLITE_NOTADB' || code === 'XX001' || code === 'XX002') {
    return storeError(
      'The database file is corrupt or is not a Refuge database. Restore it from a backup with `refuge restore <file>`.',
    );
  }
  if (['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_IOERR'].includes(primary)) {
    return storeError(
      "The database file cannot be opened or written. Check the data directory's permissions and free space.",
    );
  }
  if (code === '53100') {
    return storeError('The PostgreSQL server has run out of disk space. Free some, then try again.');
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code)) {
    return storeError(
      'The PostgreSQL server is not reachable. Check that it is running and that DATABASE_URL points to it.',
    );
  }
  const isConnectionLost = code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);
  if (isConnectionLost || /Connection terminated/i.test(message)) {
    return storeError(
      'The PostgreSQL server closed the connection or is not accepting connections. Try again when it is back.',
    );
  }
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return storeError(
      'PostgreSQL refused the connection (unknown database or bad credentials). Check DATABASE_URL.',
    );
  }
  // The handle was closed under a request: the server is shutting down, or lost its database.
  if (
    /driver has already been destroyed|database connection is not open|Cannot use a pool after calling end/i.test(
      message,
    )
  ) {
    return storeError(
      'The database connection is closed (the server may be shutting down). Try again in a moment.',
    );
  }
  return undefined;
}

/** Is this a unique-constraint violation, on either dialect? */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as DriverError | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
