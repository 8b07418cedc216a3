import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { reportCliError } from './cli-error.ts';

describe('reportCliError', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    written.length = 0;
  });
  const capture = () =>
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));

  it('prints a user error as one line and exits 1', () => {
    capture();
    expect(reportCliError(new AppError('VALIDATION_FAILED', 'Bad A-number.'))).toBe(1);
    expect(written).toEqual(['refuge: Bad A-number.\n']);
  });

  it('turns a raw driver error for a damaged store into the one clear store message', () => {
    capture();
    const driverError = Object.assign(new Error('database disk image is malformed'), {
      code: 'SQLITE_CORRUPT',
    });
    expect(reportCliError(driverError)).toBe(1);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^refuge: The database file is corrupt.*restore/);
  });

  it('marks anything else as a bug, without a stack unless REFUGE_DEBUG is set', () => {
    capture();
    expect(reportCliError(new TypeError('x is undefined'))).toBe(2);
    expect(written.join('')).not.toContain('    at ');
    expect(written.join('')).toContain('REFUGE_DEBUG');
  });
});
