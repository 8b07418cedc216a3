// Relief granted in completed MPP cases, by fiscal year.
import type { NamedReport } from './named-report.ts';
import { shareReport, yesNo } from './share-report.ts';

/** Completed MPP cases and those that ended with relief granted, by fiscal year (of the Notice to Appear). */
export const RELIEF_GRANTED: NamedReport = {
  name: 'relief-granted',
  title: 'Relief granted in completed MPP cases, by fiscal year',
  definitions: ['scope', 'mpp', 'fiscal_year', 'outcome', 'relief_granted', 'valid_dates'],
  build: shareReport({
    sql: `SELECT CAST(fiscal_year AS VARCHAR) AS row_value, ${yesNo(`outcome = 'relief_granted'`)} AS col_value, CAST(count(*) AS INTEGER) AS n
          FROM eoir_model.cases WHERE mpp AND outcome <> 'pending' GROUP BY ALL`,
    rowHeader: 'fiscal_year',
    baseLabel: 'completed MPP cases',
    partLabel: 'relief granted',
    shareLabel: 'relief granted %',
  }),
};
