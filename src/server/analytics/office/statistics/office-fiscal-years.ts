// The fiscal years our office's figures hold: the dashboard offers them as filter choices.
import type { AppContext } from '../../../app-context.ts';
import { queryRows } from '../../duckdb.ts';
import { withFreshOfficeModel } from '../office-analytics.ts';

const SQL = `
SELECT DISTINCT fiscal_year FROM (
  SELECT encounter_fiscal_year AS fiscal_year FROM office_model.cases
  UNION ALL SELECT fiscal_year FROM office_model.screenings
  UNION ALL SELECT fiscal_year FROM office_model.returns
  UNION ALL SELECT fiscal_year FROM office_model.harm_reports
  UNION ALL SELECT fiscal_year FROM office_model.objections
  UNION ALL SELECT fiscal_year FROM office_model.reassignments
) WHERE fiscal_year IS NOT NULL ORDER BY 1`;

/** Every fiscal year with at least one case encounter or counted act, ascending. */
export async function listOfficeFiscalYears(app: AppContext): Promise<number[]> {
  return withFreshOfficeModel(app, async (connection) =>
    (await queryRows(connection, SQL)).map((row) => Number(row.fiscal_year)),
  );
}
