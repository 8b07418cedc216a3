// Turns the drivers' infrastructure failures into one clear AppError each (no stack traces for a locked file).
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
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(
      'STORE_UNAVAILABLE',
      'The database is locked by another process. Wait for it to finish (or stop it) and try again.',
      { driverCode: code },
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError(
      'STORE_UNAVAILABLE',
      'The database file is corrupt or is not a Refuge database. Restore it from a backup with `refuge restore <file>`.',
      { driverCode: code },
    );
  }
  if (
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR'
  ) {
    return new AppError(
      'STORE_UNAVAILABLE',
      `The database file cannot be written (${code}). Check the data directory's permissions and free space.`,
      { driverCode: code },
    );
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code)) {
    return new AppError(
      'STORE_UNAVAILABLE',
      'The PostgreSQL server is not reachable. Check that it is running and that DATABASE_URL points to it.',
      { driverCode: code },
    );
  }
  if (code === '57P01' || code === '57P03' || code === '53300' || /Connection terminated/i.test(message)) {
    return new AppError(
      'STORE_UNAVAILABLE',
      'The PostgreSQL server closed the connection or is not accepting connections. Try again when it is back.',
      { driverCode: code },
    );
  }
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return new AppError(
      'STORE_UNAVAILABLE',
      'PostgreSQL refused the connection (unknown database or bad credentials). Check DATABASE_URL.',
      { driverCode: code },
    );
  }
  return undefined;
}

/** Is this a unique-constraint violation, on either dialect? */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as DriverError | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
