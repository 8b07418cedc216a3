// The in-absentia share of completed cases, MPP against non-MPP.
import type { NamedReport } from './named-report.ts';
import { shareReport, yesNo } from './share-report.ts';

/** Completed cases and in-absentia removal orders, MPP against non-MPP. */
export const IN_ABSENTIA: NamedReport = {
  name: 'in-absentia',
  title: 'Removal orders in absentia among completed cases: MPP against non-MPP',
  definitions: ['scope', 'mpp', 'outcome', 'in_absentia', 'valid_dates'],
  build: shareReport({
    sql: `SELECT ${yesNo('mpp')} AS row_value, ${yesNo(`outcome = 'removal_in_absentia'`)} AS col_value, CAST(count(*) AS INTEGER) AS n
          FROM eoir_model.cases WHERE outcome <> 'pending' GROUP BY ALL`,
    rowHeader: 'mpp',
    baseLabel: 'completed cases',
    partLabel: 'in absentia',
    shareLabel: 'in absentia %',
  }),
};
