// Stores eoir_model.cases from the case rows work table: each code column with at least one value becomes an ENUM
// of the values present (DuckDB has no empty ENUM, so an all-empty column stays VARCHAR).
import type { DuckDBConnection } from '@duckdb/node-api';
import { CODE_COLUMNS, createCasesSql, createCodeTypeSql, type CodeColumn } from './cases.sql.ts';
import { WORK_TABLES } from './sql-fragments.ts';

/** Creates the ENUM types and eoir_model.cases; needs the case rows work table. */
export async function storeCasesTable(connection: DuckDBConnection): Promise<void> {
  const encoded: CodeColumn[] = [];
  for (const column of CODE_COLUMNS) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*) FROM (SELECT 1 FROM ${WORK_TABLES.caseRows} WHERE ${column} IS NOT NULL LIMIT 1)`,
    );
    if (Number(reader.getRowsJS()[0]?.[0] ?? 0) === 0) continue;
    await connection.run(createCodeTypeSql(column));
    encoded.push(column);
  }
  await connection.run(createCasesSql(encoded));
}
