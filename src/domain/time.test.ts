import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  addMonths,
  addWorkingDays,
  fiscalYear,
  isCalendarDate,
  notInFuture,
  parseCalendarDate,
  parseInstant,
  toCalendarDate,
} from './time.ts';
import { okValue, rejection } from '../../test/factories.ts';

describe('calendar dates', () => {
  it.each(['2019-01-28', '2020-02-29', '2021-12-31', '2000-02-29'])('accepts the real date %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
    expect(okValue(parseCalendarDate('hearingDate', value))).toBe(value);
  });

  it.each([
    '2021-02-30',
    '2021-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-1-5',
    '20210105',
    '2021-01-05T00:00:00Z',
    '',
  ])('rejects %j, naming the field', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    const error = rejection(parseCalendarDate('hearingDate', value));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('hearingDate');
    expect(error.details).toEqual({ field: 'hearingDate' });
  });
});

describe('parseInstant', () => {
  it.each([
    ['2019-07-01T14:30:00Z', '2019-07-01T14:30:00.000Z'],
    ['2019-07-01T14:30Z', '2019-07-01T14:30:00.000Z'],
    ['2019-07-01T14:30:00.5Z', '2019-07-01T14:30:00.500Z'],
    ['2019-07-01T09:30:00-05:00', '2019-07-01T14:30:00.000Z'],
    ['2019-07-01T23:30:00-05:00', '2019-07-02T04:30:00.000Z'],
  ])('canonicalises %s to UTC', (value, expected) => {
    expect(okValue(parseInstant('at', value))).toBe(expected);
  });

  it.each([
    '2019-07-01',
    '2019-07-01T14:30:00',
    '2019-07-01 14:30:00Z',
    'yesterday',
    '2019-07-01T25:00:00Z',
    '2021-13-01T00:00:00Z',
  ])('rejects %j (no zone, or not an instant)', (value) => {
    const error = rejection(parseInstant('at', value));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('at must be a date and time with a zone');
  });

  it.each(['2021-02-30T10:00:00Z', '2021-04-31T10:00:00Z', '2021-02-29T00:00:00Z', '2021-01-01T24:00:00Z'])(
    'rejects the impossible instant %s instead of rolling it into the next day or month',
    (value) => {
      expect(rejection(parseInstant('at', value)).code).toBe('VALIDATION_FAILED');
    },
  );
});

describe('notInFuture', () => {
  const now = '2020-01-15T12:00:00.000Z';

  it('accepts the past and the present instant', () => {
    expect(okValue(notInFuture('at', '2020-01-15T11:59:59.999Z', now))).toBe('2020-01-15T11:59:59.999Z');
    expect(notInFuture('at', now, now).ok).toBe(true);
  });

  it('accepts today and earlier calendar dates', () => {
    expect(notInFuture('occurredOn', '2020-01-15', now).ok).toBe(true);
    expect(notInFuture('occurredOn', '2019-12-31', now).ok).toBe(true);
  });

  it('rejects a later instant or date, naming the field and the value', () => {
    const instant = rejection(notInFuture('encounter.at', '2020-01-15T12:00:00.001Z', now));
    expect(instant.code).toBe('VALIDATION_FAILED');
    expect(instant.message).toContain('encounter.at');
    expect(instant.message).toContain('in the future');
    expect(rejection(notInFuture('occurredOn', '2020-01-16', now)).details).toEqual({ field: 'occurredOn' });
  });
});

describe('date arithmetic', () => {
  it('adds hours and days across month and year ends', () => {
    expect(addHours('2019-12-31T23:00:00.000Z', 48)).toBe('2020-01-02T23:00:00.000Z');
    expect(addDays('2020-02-25T10:00:00.000Z', 7)).toBe('2020-03-03T10:00:00.000Z');
    expect(addDays('2019-02-25T10:00:00.000Z', 7)).toBe('2019-03-04T10:00:00.000Z');
  });

  it.each([
    ['2019-01-31T10:00:00.000Z', 1, '2019-02-28T10:00:00.000Z'],
    ['2020-01-31T10:00:00.000Z', 1, '2020-02-29T10:00:00.000Z'],
    ['2019-08-31T00:00:00.000Z', 1, '2019-09-30T00:00:00.000Z'],
    ['2020-02-29T00:00:00.000Z', 12, '2021-02-28T00:00:00.000Z'],
    ['2019-06-15T08:30:00.000Z', 6, '2019-12-15T08:30:00.000Z'],
    ['2019-10-31T00:00:00.000Z', 4, '2020-02-29T00:00:00.000Z'],
    ['2019-03-31T00:00:00.000Z', -1, '2019-02-28T00:00:00.000Z'],
  ])('addMonths(%s, %i) clamps to the month end: %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2019-11-04T09:00:00.000Z', 5, '2019-11-11T09:00:00.000Z'], // Monday + 5 = next Monday
    ['2019-11-08T09:00:00.000Z', 1, '2019-11-11T09:00:00.000Z'], // Friday + 1 = Monday
    ['2019-11-09T09:00:00.000Z', 1, '2019-11-11T09:00:00.000Z'], // Saturday + 1 = Monday
    ['2019-11-10T09:00:00.000Z', 5, '2019-11-15T09:00:00.000Z'], // Sunday + 5 = Friday
    ['2019-11-06T09:00:00.000Z', 0, '2019-11-06T09:00:00.000Z'],
  ])('addWorkingDays(%s, %i) skips weekends: %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('takes the UTC calendar date of an instant', () => {
    expect(toCalendarDate('2019-07-01T23:59:59.999Z')).toBe('2019-07-01');
    expect(toCalendarDate('2019-07-01')).toBe('2019-07-01');
  });
});

describe('fiscalYear', () => {
  it.each([
    ['2019-09-30', 2019],
    ['2019-10-01', 2020],
    ['2019-09-30T23:59:59.999Z', 2019],
    ['2019-10-01T00:00:00.000Z', 2020],
    ['2020-01-01', 2020],
    ['2019-12-31', 2020],
    ['2021-06-01', 2021],
  ])('%s is in FY%i', (value, fy) => {
    expect(fiscalYear(value)).toBe(fy);
  });
});
