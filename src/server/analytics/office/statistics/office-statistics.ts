// The statistics of our own office: one grouped count query over office_model and one shape each, with the
// definitions they cite. Every query takes the same two filters: $1 office (or NULL), $2 fiscal year (or NULL).
import { HARM_KINDS } from '../../../../domain/harm/harm-report.ts';
import { SCREENING_KINDS } from '../../../../domain/screenings/legal-standard.ts';
import { RETURN_PORT_LABELS } from '../model/return-port.ts';
import { SCREENING_OUTCOMES } from '../model/screening-rows.ts';
import type { OfficeDefinitionKey } from './office-definitions.ts';
import type { RateColumn } from './rate-figures.ts';

/** The statistics by name (the last segment of their route). */
export const OFFICE_STATISTIC_NAMES = [
  'screenings',
  'reviews',
  'returns',
  'harm',
  'objections',
  'reassignments',
  'flags',
] as const;

/** A statistic's name. */
export type OfficeStatisticName = (typeof OFFICE_STATISTIC_NAMES)[number];

/** One statistic: its query (selecting row_value, col_value, n), its fixed columns, rates and definitions. */
export interface OfficeStatistic {
  readonly name: OfficeStatisticName;
  readonly title: string;
  readonly rowHeader: string;
  readonly sql: string;
  readonly columns: readonly string[];
  readonly rates?: readonly RateColumn[];
  readonly definitions: readonly OfficeDefinitionKey[];
}

const FILTER = `($1::VARCHAR IS NULL OR office = $1::VARCHAR) AND ($2::INTEGER IS NULL OR fiscal_year = $2::INTEGER)`;
const KIND_AND_STANDARD = `kind || ' / ' || coalesce(legal_standard, 'standard not fixed')`;
const COUNT = 'CAST(count(*) AS INTEGER) AS n';
const OBJECTION_SCOPES = { one_screening: 'one screening', whole_category: 'whole category' } as const;

/** Every statistic, by name. */
export const OFFICE_STATISTICS: Readonly<Record<OfficeStatisticName, OfficeStatistic>> = {
  screenings: {
    name: 'screenings',
    title: 'Screenings and pass rates by kind and legal standard',
    rowHeader: 'kind / legal standard',
    sql: `SELECT ${KIND_AND_STANDARD} AS row_value, outcome AS col_value, ${COUNT}
          FROM office_model.screenings WHERE ${FILTER} GROUP BY ALL`,
    columns: SCREENING_OUTCOMES,
    rates: [
      { label: 'pass rate %', part: ['positive'], base: ['positive', 'negative'] },
      { label: 'pass rate with closures %', part: ['positive'], base: ['positive', 'negative', 'closed'] },
    ],
    definitions: ['screening_outcome', 'legal_standard', 'pass_rate'],
  },
  reviews: {
    name: 'reviews',
    title: 'Supervisory reviews of determinations: concurred and returned for rework',
    rowHeader: 'kind / legal standard',
    sql: `SELECT ${KIND_AND_STANDARD} AS row_value, 'concurred' AS col_value, CAST(sum(reviews_concurred) AS INTEGER) AS n
          FROM office_model.screenings WHERE ${FILTER} GROUP BY ALL
          UNION ALL
          SELECT ${KIND_AND_STANDARD}, 'returned for rework', CAST(sum(reviews_returned) AS INTEGER)
          FROM office_model.screenings WHERE ${FILTER} GROUP BY ALL`,
    columns: ['concurred', 'returned for rework'],
    rates: [
      { label: 'returned %', part: ['returned for rework'], base: ['concurred', 'returned for rework'] },
    ],
    definitions: ['reviews', 'legal_standard'],
  },
  returns: {
    name: 'returns',
    title: 'Returns to Mexico by month and port of entry',
    rowHeader: 'month',
    sql: `SELECT month AS row_value, port AS col_value, ${COUNT} FROM office_model.returns WHERE ${FILTER} GROUP BY ALL`,
    columns: RETURN_PORT_LABELS,
    definitions: ['returns'],
  },
  harm: {
    name: 'harm',
    title: 'Harm reported after a return to Mexico, by month and kind',
    rowHeader: 'month',
    sql: `SELECT month AS row_value, kind AS col_value, ${COUNT} FROM office_model.harm_reports WHERE ${FILTER} GROUP BY ALL`,
    columns: HARM_KINDS,
    definitions: ['harm'],
  },
  objections: {
    name: 'objections',
    title: 'Objections of conscience by month: declined screenings and declined categories',
    rowHeader: 'month',
    sql: `SELECT month AS row_value,
            (CASE scope ${Object.entries(OBJECTION_SCOPES)
              .map(([scope, label]) => `WHEN '${scope}' THEN '${label}'`)
              .join(' ')} END) || ': ' || category AS col_value, ${COUNT}
          FROM office_model.objections WHERE ${FILTER} GROUP BY ALL`,
    columns: Object.values(OBJECTION_SCOPES).flatMap((scope) =>
      SCREENING_KINDS.map((kind) => `${scope}: ${kind}`),
    ),
    definitions: ['objections'],
  },
  reassignments: {
    name: 'reassignments',
    title: 'Reassignments of screenings by month and kind',
    rowHeader: 'month',
    sql: `SELECT month AS row_value, kind AS col_value, ${COUNT} FROM office_model.reassignments WHERE ${FILTER} GROUP BY ALL`,
    columns: SCREENING_KINDS,
    definitions: ['reassignments'],
  },
  flags: {
    name: 'flags',
    title: 'Consistency flags raised, by kind: open and cleared',
    rowHeader: 'flag kind',
    sql: `SELECT kind AS row_value, status AS col_value, ${COUNT} FROM office_model.flags WHERE ${FILTER} GROUP BY ALL`,
    columns: ['open', 'cleared'],
    definitions: ['flags'],
  },
};
