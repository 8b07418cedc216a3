import { describe, expect, it } from 'vitest';
import type { FieldType } from './eoir-schema.ts';
import { fitsField, padShortRow, realignExtraFields } from './row-realignment.ts';

const numeric: FieldType = { kind: 'numeric', maxLength: null };
const date: FieldType = { kind: 'date', maxLength: null };
const text = (maxLength: number | null): FieldType => ({ kind: 'text', maxLength });
const columns = (...types: [string, FieldType][]): { name: string; type: FieldType }[] =>
  types.map(([name, type]) => ({ name, type }));

describe('fitsField', () => {
  it.each([
    ['123', numeric, true],
    [' 42 ', numeric, true],
    ['12a', numeric, false],
    ['2019-11-04 00:00:00.000', date, true],
    ['1900-01-01 00:00:00.000', date, true],
    ['7/1990', date, true],
    ['SAN\tJOSE', date, false],
    ['SP ', text(2), true],
    ['SPA', text(2), false],
    ['SAN\tJOSE', text(15), true],
    ['', numeric, true],
  ] as const)('%j as %o: %s', (value, type, expected) => {
    expect(fitsField(value, type)).toBe(expected);
  });
});

describe('realignExtraFields', () => {
  const caseColumns = columns(
    ['IDNCASE', numeric],
    ['ALIEN_CITY', text(15)],
    ['ALIEN_STATE', text(2)],
    ['E_28_DATE', date],
  );

  it('joins the one pair that makes every field fit', () => {
    const result = realignExtraFields(['7', 'SAN', 'JOSE', 'CA', '2019-11-04 00:00:00.000'], caseColumns);
    expect(result).toEqual({
      kind: 'fits',
      values: ['7', 'SAN\tJOSE', 'CA', '2019-11-04 00:00:00.000'],
      joined: ['ALIEN_CITY'],
    });
  });

  it('rejects when two joins fit, naming both', () => {
    const loose = columns(['IDNCASE', numeric], ['UPDATED_CITY', text(15)], ['UPDATED_ZIPCODE', text(10)]);
    const result = realignExtraFields(['7', 'EL', 'PASO', ''], loose);
    expect(result.kind).toBe('rejected');
    expect(result.kind === 'rejected' && result.reason).toMatch(/^extra field: ambiguous/);
    expect(result.kind === 'rejected' && result.reason).toContain('UPDATED_CITY');
    expect(result.kind === 'rejected' && result.reason).toContain('UPDATED_ZIPCODE');
  });

  it('rejects when no join fits', () => {
    const result = realignExtraFields(['x', 'SAN', 'JOSE', 'CA', '2019-11-04'], caseColumns);
    expect(result.kind === 'rejected' && result.reason).toMatch(/no way of joining/);
  });

  it('repairs two stray tabs, and refuses more than three', () => {
    const result = realignExtraFields(['7', 'SANTA', 'ANA', 'X', 'CA', '2019-11-04'], caseColumns);
    expect(result.kind === 'fits' && result.values[1]).toBe('SANTA\tANA\tX');
    expect(realignExtraFields(['7', 'A', 'B', 'C', 'D', 'E', 'CA', ''], caseColumns).kind).toBe('rejected');
  });
});

describe('padShortRow', () => {
  const caseColumns = columns(['IDNCASE', numeric], ['NAT', text(2)], ['E_28_DATE', date]);

  it('pads missing trailing fields with NULLs when the present ones fit', () => {
    expect(padShortRow(['7', 'MX'], caseColumns)).toEqual({
      kind: 'fits',
      values: ['7', 'MX', ''],
      joined: [],
    });
  });

  it('rejects a short row whose fields do not fit, naming the column', () => {
    const result = padShortRow(['continued text', 'MX'], caseColumns);
    expect(result.kind === 'rejected' && result.reason).toMatch(/short row: 2 fields where 3.*IDNCASE/);
  });
});
