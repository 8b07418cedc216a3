// SQL for a crosstab over eoir_model.cases: dimension columns come from the whitelist, filter values travel as
// parameters, so nothing a user types is spliced into the SQL text.
import type { DuckDBValue } from '@duckdb/node-api';
import type { CrosstabRequest, WhereCondition } from './crosstab-request.ts';
import { dimensionLabelSql, MISSING_LABEL } from './dimensions.ts';

/** A statement with its positional (`?`) parameters. */
export interface ParameterizedSql {
  readonly sql: string;
  readonly params: DuckDBValue[];
}

function parameterFor(condition: WhereCondition, value: string): DuckDBValue {
  switch (condition.dimension.kind) {
    case 'yes_no':
      return value === 'yes';
    case 'year':
      return Number(value);
    case 'outcome':
    case 'code':
      return value;
  }
}

/** The WHERE clause (with its parameters) for a list of conditions; TRUE when there are none. */
export function whereSql(conditions: readonly WhereCondition[]): ParameterizedSql {
  const params: DuckDBValue[] = [];
  const clauses = conditions.map((condition) => {
    const column = condition.dimension.column;
    const present = condition.values.filter((value) => value !== MISSING_LABEL);
    const alternatives: string[] = [];
    if (present.length > 0) {
      params.push(...present.map((value) => parameterFor(condition, value)));
      alternatives.push(
        present.length === 1 ? `${column} = ?` : `${column} IN (${present.map(() => '?').join(', ')})`,
      );
    }
    if (present.length < condition.values.length) alternatives.push(`${column} IS NULL`);
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
  });
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : 'TRUE', params };
}

/** Counts cases per (row value, column value); `col_value` is NULL throughout when the request has no cols. */
export function crosstabSql(request: CrosstabRequest): ParameterizedSql {
  const where = whereSql(request.where);
  const colValue = request.cols ? dimensionLabelSql(request.cols) : 'NULL';
  return {
    sql: `SELECT ${dimensionLabelSql(request.rows)} AS row_value, ${colValue} AS col_value, CAST(count(*) AS INTEGER) AS n
FROM eoir_model.cases WHERE ${where.sql} GROUP BY ALL`,
    params: where.params,
  };
}
