import { describe, expect, it } from 'vitest';
import { formatANumber, parseANumber } from './a-number.ts';
import { okValue, rejection } from '../../test/factories.ts';

describe('parseANumber', () => {
  it.each([
    ['123456789', '123456789'],
    ['12345678', '012345678'],
    ['A12345678', '012345678'],
    ['a123456789', '123456789'],
    ['A012-345-678', '012345678'],
    ['A 012 345 678', '012345678'],
    ['  A-123-456-789  ', '123456789'],
    ['012-345-678', '012345678'],
  ])('accepts %j as %s', (input, expected) => {
    expect(okValue(parseANumber(input))).toBe(expected);
  });

  it('always normalises to exactly nine digits', () => {
    for (const input of ['10000000', '99999999', '100000000', '999999999']) {
      expect(okValue(parseANumber(input))).toMatch(/^\d{9}$/);
    }
  });

  it.each([
    '',
    'A',
    '1234567',
    'A1234567',
    '1234567890',
    'A0123456789',
    '12345678X',
    'B12345678',
    'AA12345678',
    '12.345.678',
    '１２３４５６７８',
  ])('rejects %j with VALIDATION_FAILED naming the rule', (input) => {
    const error = rejection(parseANumber(input));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('8 or 9 digits');
    expect(error.details).toEqual({ field: 'aNumber' });
  });

  it('rejects an all-zero number with its own message', () => {
    for (const input of ['00000000', 'A000-000-000']) {
      const error = rejection(parseANumber(input));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/all zeros/);
    }
  });
});

describe('formatANumber', () => {
  it('prints the form layout and round-trips through parse', () => {
    const parsed = okValue(parseANumber('12345678'));
    expect(formatANumber(parsed)).toBe('A012-345-678');
    expect(okValue(parseANumber(formatANumber(parsed)))).toBe(parsed);
  });
});
