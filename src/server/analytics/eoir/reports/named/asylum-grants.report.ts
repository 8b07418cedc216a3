// Asylum grant rates (application level) by judge and by court.
import type { NamedReport } from './named-report.ts';
import { shareReport, yesNo } from './share-report.ts';

function grantsBy(column: 'judge' | 'court'): NamedReport['build'] {
  return shareReport({
    sql: `SELECT ${column} AS row_value, ${yesNo('is_grant')} AS col_value, CAST(count(*) AS INTEGER) AS n
          FROM eoir_model.asylum_decisions WHERE is_merits GROUP BY ALL`,
    rowHeader: column,
    baseLabel: 'merits decisions',
    partLabel: 'grants',
    shareLabel: 'grant rate %',
  });
}

/** Merits decisions, grants and grant rate on asylum applications, by immigration judge. */
export const ASYLUM_GRANTS_BY_JUDGE: NamedReport = {
  name: 'asylum-grants-by-judge',
  title: 'Asylum grant rates by immigration judge',
  definitions: ['asylum_grant', 'valid_dates'],
  build: grantsBy('judge'),
};

/** Merits decisions, grants and grant rate on asylum applications, by court. */
export const ASYLUM_GRANTS_BY_COURT: NamedReport = {
  name: 'asylum-grants-by-court',
  title: 'Asylum grant rates by court',
  definitions: ['asylum_grant', 'valid_dates'],
  build: grantsBy('court'),
};
