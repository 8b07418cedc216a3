// The office's MPP funnel: encounters on the MPP track → enrolled in MPP → a fear claim → a positive MPP interview
// served → found not amenable (disenrolled). Each stage a subset of the one above, counted in cases, from one
// query over office_model, by the fiscal year of the encounter.
import type { AppContext } from '../../../app-context.ts';
import { queryRows } from '../../duckdb.ts';
import type { Audience, FigureTable } from '../../eoir/reports/figure-table.ts';
import { funnelFigures } from '../../eoir/reports/funnel-figures.ts';
import { withFreshOfficeModel } from '../office-analytics.ts';
import { OFFICE_DEFINITIONS } from './office-definitions.ts';
import { OFFICE_SOURCE_NAME } from './office-statistics.service.ts';

/** The stages, in order, with their names. */
export const OFFICE_FUNNEL_STAGES = {
  encounters: 'Encounters on the MPP track',
  enrolled: 'Enrolled in MPP',
  fear_claim: 'Claimed fear of return to Mexico',
  positive: 'Positive MPP interview served',
  disenrolled: 'Found not amenable (disenrolled)',
} as const;

const SQL = `
WITH positive AS (
  SELECT DISTINCT case_id FROM office_model.screenings WHERE kind = 'mpp_interview' AND outcome = 'positive'
), staged AS (
  SELECT c.was_enrolled AS enrolled,
    c.was_enrolled AND c.fear_claims > 0 AS fear_claim,
    c.was_enrolled AND c.fear_claims > 0 AND p.case_id IS NOT NULL AS positive,
    c.was_enrolled AND c.fear_claims > 0 AND p.case_id IS NOT NULL AND c.mpp_state = 'not_amenable' AS disenrolled
  FROM office_model.cases AS c LEFT JOIN positive AS p USING (case_id)
  WHERE c.track = 'mpp' AND ($1::INTEGER IS NULL OR c.encounter_fiscal_year = $1::INTEGER)
)
SELECT count(*) AS encounters, count(*) FILTER (WHERE enrolled) AS enrolled,
  count(*) FILTER (WHERE fear_claim) AS fear_claim, count(*) FILTER (WHERE positive) AS positive,
  count(*) FILTER (WHERE disenrolled) AS disenrolled
FROM staged`;

/** The funnel with its source, refresh time and definitions. */
export interface OfficeFunnelResult {
  readonly table: FigureTable;
  readonly source: { readonly name: string; readonly refreshedAt: string };
  readonly definitions: readonly string[];
}

/** Counts the funnel on a model that includes every act recorded before the call. */
export async function getOfficeFunnel(
  app: AppContext,
  filters: { fiscalYear: number | null },
  audience: Audience,
): Promise<OfficeFunnelResult> {
  return withFreshOfficeModel(app, async (connection, freshness) => {
    const [row] = await queryRows(connection, SQL, [filters.fiscalYear]);
    const stages = Object.keys(OFFICE_FUNNEL_STAGES).map((code) => ({ code, n: Number(row?.[code] ?? 0) }));
    return {
      table: funnelFigures(stages, audience),
      source: { name: OFFICE_SOURCE_NAME, refreshedAt: freshness.checkedAt },
      definitions: [
        OFFICE_DEFINITIONS.funnel,
        OFFICE_DEFINITIONS.source,
        OFFICE_DEFINITIONS.fiscal_year,
        audience === 'public' ? OFFICE_DEFINITIONS.suppression : OFFICE_DEFINITIONS.exact,
      ],
    };
  });
}
