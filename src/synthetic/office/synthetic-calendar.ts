// When encounters happen: MPP enrolments follow the programme's monthly volume (a 2019 summer peak, the 2020 COVID
// collapse, the small 2021 term); the other tracks run across 2019-2022 with the 2020 Title 42 dip.
import { MPP_PERIODS } from '../../domain/mpp/mpp-period.ts';
import type { Random } from '../random.ts';

/** A month (YYYY-MM) with its relative volume. */
type MonthWeight = readonly [month: string, weight: number];

// Thousands of MPP enrolments a month, approximately (DHS and TRAC monthly counts; the shape matters, not the level).
// New 2019-term enrolments stopped on 2021-01-21.
const MPP_MONTHS: readonly MonthWeight[] = [
  ['2019-01', 0.1],
  ['2019-02', 0.3],
  ['2019-03', 1.5],
  ['2019-04', 2.5],
  ['2019-05', 4],
  ['2019-06', 7],
  ['2019-07', 9],
  ['2019-08', 8.5],
  ['2019-09', 7],
  ['2019-10', 5.5],
  ['2019-11', 4.5],
  ['2019-12', 4],
  ['2020-01', 3.5],
  ['2020-02', 2.5],
  ['2020-03', 1.2],
  ['2020-04', 0.2],
  ['2020-05', 0.1],
  ['2020-06', 0.1],
  ['2020-07', 0.1],
  ['2020-08', 0.1],
  ['2020-09', 0.1],
  ['2020-10', 0.1],
  ['2020-11', 0.1],
  ['2020-12', 0.1],
  ['2021-01', 0.05],
  ['2021-12', 0.2],
  ['2022-01', 0.6],
  ['2022-02', 0.8],
  ['2022-03', 0.9],
  ['2022-04', 0.9],
  ['2022-05', 0.8],
  ['2022-06', 0.8],
  ['2022-07', 0.6],
  ['2022-08', 0.1],
];

const MPP_2019_LAST_ENROLMENT = '2021-01-20';

function otherMonths(): MonthWeight[] {
  const months: MonthWeight[] = [];
  for (let year = 2019; year <= 2022; year++) {
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const weight =
        year === 2019 ? 1 : year === 2020 ? (month <= 3 ? 0.8 : 0.25) : year === 2021 ? 0.5 : 0.9;
      months.push([key, weight]);
    }
  }
  return months;
}

/** Draws instants from months by weight, uniformly inside each month's allowed days. */
export class MonthSampler {
  private readonly cumulative: Float64Array;
  private readonly ranges: { start: number; span: number }[];

  constructor(months: readonly MonthWeight[], allowed: (day: string) => boolean, marginDays: number) {
    this.ranges = [];
    const weights: number[] = [];
    for (const [month, weight] of months) {
      const days: number[] = [];
      const first = Date.parse(`${month}-01T00:00:00.000Z`);
      for (let t = first; new Date(t).toISOString().startsWith(month); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        const last = new Date(t + marginDays * 86_400_000).toISOString().slice(0, 10);
        if (allowed(day) && allowed(last)) days.push(t);
      }
      if (days.length === 0) continue;
      this.ranges.push({ start: days[0]!, span: days.at(-1)! - days[0]! + 86_400_000 });
      weights.push(weight);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w / total));
  }

  /** One instant (ISO-8601 UTC, whole minutes) in a month drawn by weight; daytime at the border (12:00-23:59Z). */
  draw(random: Random): string {
    const u = random.next();
    let i = 0;
    while (i < this.cumulative.length - 1 && this.cumulative[i]! <= u) i++;
    const range = this.ranges[i]!;
    const day = range.start + Math.floor(random.next() * (range.span / 86_400_000)) * 86_400_000;
    return new Date(day + random.between(12 * 60, 23 * 60 + 59) * 60_000).toISOString();
  }
}

const inMpp2019 = (day: string): boolean => day >= MPP_PERIODS[0]!.from && day <= MPP_2019_LAST_ENROLMENT;
const inMpp2021 = (day: string): boolean => day >= MPP_PERIODS[1]!.from && day <= MPP_PERIODS[1]!.to;

/** MPP encounters: only inside the periods, at least `marginDays` before a period ends (interviews must fit). */
export const mppEncounterSampler = (marginDays: number): MonthSampler =>
  new MonthSampler(MPP_MONTHS, (day) => inMpp2019(day) || inMpp2021(day), marginDays);

/** Encounters on the other tracks, 2019 to mid-December 2022. */
export const otherEncounterSampler = (): MonthSampler =>
  new MonthSampler(otherMonths(), (day) => day <= '2022-12-15', 0);
