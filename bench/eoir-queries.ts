// Query latency for `npm run bench:eoir`: crosstabs through `getCrosstabReport`, the function behind
// `refuge report crosstab` and the API (validation, the read-only connection cache, the count, suppression for the
// public audience, source and definitions, rendered as the text table), timed end to end after one warm-up.
import {
  getCrosstabReport,
  renderReport,
  type CrosstabInput,
} from '../src/server/analytics/eoir/reports/index.ts';
import { median, timeIt } from './bench-stats.ts';

/** A crosstab to time; `isMppQuestion` marks the one with the 100 ms goal, the others have the 300 ms goal. */
export interface TimedCrosstab {
  readonly label: string;
  readonly input: CrosstabInput;
  readonly isMppQuestion?: boolean;
}

/** The crosstabs the benchmark times. */
export const TIMED_CROSSTABS: readonly TimedCrosstab[] = [
  {
    label: 'nationality × outcome, MPP cases',
    input: { rows: 'nationality', cols: 'outcome', where: 'mpp=yes' },
    isMppQuestion: true,
  },
  { label: 'court × outcome', input: { rows: 'court', cols: 'outcome' } },
  { label: 'fiscal_year × represented', input: { rows: 'fiscal_year', cols: 'represented' } },
  { label: 'language × custody', input: { rows: 'language', cols: 'custody' } },
  { label: 'nationality × outcome', input: { rows: 'nationality', cols: 'outcome' } },
  { label: 'hearing_location × mpp', input: { rows: 'hearing_location', cols: 'mpp' } },
  {
    label: 'fiscal_year × outcome, percent',
    input: { rows: 'fiscal_year', cols: 'outcome', measure: 'percent' },
  },
];

/** One crosstab's latency in milliseconds, and how many rows its table had (a sanity check). */
export interface QueryLatency {
  readonly crosstab: TimedCrosstab;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly tableRows: number;
}

/** Times each crosstab `runs` times after one warm-up, against `<dataDir>/analytics.duckdb`. */
export async function measureCrosstabs(dataDir: string, runs: number): Promise<QueryLatency[]> {
  const latencies: QueryLatency[] = [];
  for (const crosstab of TIMED_CROSSTABS) {
    const warm = await getCrosstabReport(dataDir, crosstab.input, 'public');
    const times: number[] = [];
    const answer = async (): Promise<string> =>
      renderReport(await getCrosstabReport(dataDir, crosstab.input, 'public'), 'table');
    for (let run = 0; run < runs; run++) times.push((await timeIt(answer)) * 1000);
    latencies.push({
      crosstab,
      medianMs: median(times),
      maxMs: Math.max(...times),
      tableRows: warm.table.rows.length,
    });
  }
  return latencies;
}
