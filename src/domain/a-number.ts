// The Alien Registration Number: 8 or 9 digits, stored as 9 (an 8-digit number takes a leading zero).
import { fail, ok, type Result } from './errors.ts';

/** A validated, normalised A-number: exactly nine digits. */
export type ANumber = string & { readonly __brand: 'ANumber' };

/** Accepts "A012-345-678", "12345678", "A 012 345 678"; rejects anything that is not 8 or 9 digits. */
export function parseANumber(input: string): Result<ANumber> {
  const digits = input.trim().replace(/^A/i, '').replace(/[\s-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) {
    return fail(
      'VALIDATION_FAILED',
      `"${input}" is not an A-number: it must be 8 or 9 digits, optionally written with a leading A (A012-345-678).`,
      { field: 'aNumber' },
    );
  }
  if (/^0+$/.test(digits))
    return fail('VALIDATION_FAILED', 'An A-number cannot be all zeros.', { field: 'aNumber' });
  return ok(digits.padStart(9, '0') as ANumber);
}

/** Formats an A-number the way forms print it: A012-345-678. */
export const formatANumber = (aNumber: ANumber): string =>
  `A${aNumber.slice(0, 3)}-${aNumber.slice(3, 6)}-${aNumber.slice(6)}`;
