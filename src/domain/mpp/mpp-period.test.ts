import { describe, expect, it } from 'vitest';
import { findMppPeriod, getMppPeriod, MPP_PERIODS } from './mpp-period.ts';
import { okValue, rejection } from '../../../test/factories.ts';

describe('MPP periods', () => {
  it('lists the 2019 and 2021 terms with their dates and whether CBP asked about fear', () => {
    expect(MPP_PERIODS.map((p) => [p.term, p.from, p.to, p.cbpAsksAboutFear])).toEqual([
      ['2019', '2019-01-28', '2021-06-01', false],
      ['2021', '2021-12-02', '2022-08-08', true],
    ]);
  });

  it.each([
    ['2019-01-28', '2019'],
    ['2019-01-28T00:00:00.000Z', '2019'],
    ['2020-03-20', '2019'],
    ['2021-06-01', '2019'],
    ['2021-06-01T23:59:59.999Z', '2019'],
    ['2021-12-02', '2021'],
    ['2021-12-02T00:00:00.000Z', '2021'],
    ['2022-03-15', '2021'],
    ['2022-08-08', '2021'],
    ['2022-08-08T23:59:59.999Z', '2021'],
  ])('%s falls in the %s term (edges inclusive)', (date, term) => {
    expect(findMppPeriod(date)?.term).toBe(term);
    expect(okValue(getMppPeriod(date)).term).toBe(term);
  });

  it.each([
    '2019-01-27',
    '2019-01-27T23:59:59.999Z',
    '2021-06-02',
    '2021-09-15',
    '2021-12-01',
    '2022-08-09',
    '2023-01-01',
    '2018-06-01',
  ])('%s is outside MPP (before, in the gap, or after)', (date) => {
    expect(findMppPeriod(date)).toBeUndefined();
    const error = rejection(getMppPeriod(date));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain(`MPP was not in force on ${date.slice(0, 10)}`);
    expect(error.message).toContain('2019-01-28 to 2021-06-01 and 2021-12-02 to 2022-08-08');
  });
});
