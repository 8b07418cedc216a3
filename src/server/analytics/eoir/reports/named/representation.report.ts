// Representation, MPP against non-MPP cases.
import type { NamedReport } from './named-report.ts';
import { shareReport, yesNo } from './share-report.ts';

/** Cases and represented cases, MPP against non-MPP. */
export const REPRESENTATION: NamedReport = {
  name: 'representation',
  title: 'Representation: MPP against non-MPP cases',
  definitions: ['scope', 'mpp', 'represented', 'valid_dates'],
  build: shareReport({
    sql: `SELECT ${yesNo('mpp')} AS row_value, ${yesNo('represented')} AS col_value, CAST(count(*) AS INTEGER) AS n
          FROM eoir_model.cases GROUP BY ALL`,
    rowHeader: 'mpp',
    baseLabel: 'cases',
    partLabel: 'represented',
    shareLabel: 'represented %',
  }),
};
