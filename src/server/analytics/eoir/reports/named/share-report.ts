// Builds a share report (base, part, percent per row) from one grouped count query whose columns are yes/no.
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryCountRows } from '../count-query.ts';
import { buildCountTable } from '../count-table.ts';
import { shareFigures, type Audience, type FigureTable } from '../figure-table.ts';

/** What a share report counts and how it labels the figures. */
export interface ShareSpec {
  /** Selects row_value, col_value ('yes' = in the part, 'no' = not) and n. */
  readonly sql: string;
  readonly rowHeader: string;
  readonly baseLabel: string;
  readonly partLabel: string;
  readonly shareLabel: string;
}

/** Runs the spec's query and shapes base, part and share per row, suppressed for the public. */
export function shareReport(
  spec: ShareSpec,
): (connection: DuckDBConnection, audience: Audience) => Promise<FigureTable> {
  return async (connection, audience) => {
    const table = buildCountTable(await queryCountRows(connection, spec.sql), { fixedCols: ['no', 'yes'] });
    return shareFigures(table, { ...spec, partCol: 'yes', audience });
  };
}

/** SQL for a yes/no label of a boolean expression. */
export const yesNo = (expression: string): string => `(CASE WHEN ${expression} THEN 'yes' ELSE 'no' END)`;
