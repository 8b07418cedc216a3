// Time from the Notice to Appear to the first hearing and to completion: medians, MPP against non-MPP.
import type { DuckDBConnection } from '@duckdb/node-api';
import { countCell, type Audience, type FigureCell, type FigureTable } from '../figure-table.ts';
import { isSmallCount } from '../suppression.ts';
import type { NamedReport } from './named-report.ts';
import { yesNo } from './share-report.ts';

const SQL = `SELECT ${yesNo('mpp')} AS mpp,
  count(days_to_first_hearing) AS hearing_cases, median(days_to_first_hearing) AS hearing_days,
  count(days_to_completion) AS completed_cases, median(days_to_completion) AS completion_days
FROM eoir_model.cases GROUP BY ALL`;

/** A count and the median it is based on; both withheld for the public when the count is 1 to 9. */
function countAndMedian(count: number, median: unknown, audience: Audience): FigureCell[] {
  const hidden = audience === 'public' && isSmallCount(count);
  const medianCell: FigureCell = hidden
    ? { withheld: 'complementary' }
    : typeof median === 'number'
      ? { value: median }
      : null;
  return [countCell(count, hidden ? 'small' : 'shown'), medianCell];
}

async function build(connection: DuckDBConnection, audience: Audience): Promise<FigureTable> {
  const rows = (await connection.runAndReadAll(SQL)).getRowObjectsJS();
  return {
    rowHeader: 'mpp',
    columns: [
      { label: 'cases with a first hearing', kind: 'count' },
      { label: 'median days to first hearing', kind: 'days' },
      { label: 'completed cases', kind: 'count' },
      { label: 'median days to completion', kind: 'days' },
    ],
    // No totals row: the overall count minus one group would reveal the other group's withheld count.
    rows: ['no', 'yes'].map((label) => {
      const row = rows.find((r) => r.mpp === label);
      return {
        label,
        cells: [
          ...countAndMedian(Number(row?.hearing_cases ?? 0), row?.hearing_days, audience),
          ...countAndMedian(Number(row?.completed_cases ?? 0), row?.completion_days, audience),
        ],
      };
    }),
  };
}

/** Median days from the NTA to the first hearing and to completion, MPP against non-MPP. */
export const DURATIONS: NamedReport = {
  name: 'durations',
  title: 'Time from the Notice to Appear to the first hearing and to completion (medians)',
  definitions: ['scope', 'mpp', 'durations', 'valid_dates'],
  build,
};
