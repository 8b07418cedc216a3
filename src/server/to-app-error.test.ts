import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { describeForLog, INTERNAL_MESSAGE, toAppError } from './to-app-error.ts';

const driverError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('toAppError', () => {
  it('passes an AppError through as it is', () => {
    const error = new AppError('NOT_FOUND', 'No such case.');
    expect(toAppError(error)).toBe(error);
  });

  it.each([
    ['SQLITE_BUSY', 'database is locked after 5000 ms', /locked by another process/],
    ['SQLITE_CORRUPT_INDEX', 'database disk image is malformed', /corrupt/],
    ['SQLITE_FULL', 'database or disk is full', /free space/],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', /permissions and free space/],
    ['ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432', /not reachable/],
    ['57P01', 'terminating connection due to administrator command', /closed the connection/],
    ['3D000', 'database "refuge" does not exist', /unknown database or bad credentials/],
    ['53100', 'could not extend file "base/16384/2619": No space left on device', /out of disk space/],
  ])(
    'maps the driver error %s to STORE_UNAVAILABLE without its words, keeping it as the cause',
    (code, text, says) => {
      const original = driverError(code, text);
      const shown = toAppError(original);
      expect(shown.code).toBe('STORE_UNAVAILABLE');
      expect(shown.message).toMatch(says);
      expect(JSON.stringify(shown.toJSON())).not.toContain(text);
      expect(JSON.stringify(shown.toJSON())).not.toContain(code);
      expect(shown.cause).toBe(original);
    },
  );

  it('maps a closed handle (the server shutting down) to STORE_UNAVAILABLE', () => {
    expect(toAppError(new TypeError('The database connection is not open')).code).toBe('STORE_UNAVAILABLE');
    expect(toAppError(new Error('driver has already been destroyed')).code).toBe('STORE_UNAVAILABLE');
  });

  it('turns anything else into INTERNAL with a message that reveals nothing, and logs the stack', () => {
    const bug = new Error("SQLITE_ERROR: no such column: x in 'select x from cases' at /srv/refuge/data");
    const shown = toAppError(bug);
    expect(shown.toJSON()).toEqual({ error: { code: 'INTERNAL', message: INTERNAL_MESSAGE, details: {} } });
    expect(describeForLog(shown)).toContain('no such column');
    expect(describeForLog(shown)).toMatch(/\n {4}at /);
  });
});
