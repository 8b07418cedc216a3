// The SQL and appending of the office model's tables: how each table is created, staged (dates as text, as the
// exporters give them) and moved from staging into the model with its computed columns.
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier } from '../../duckdb.ts';
import type { ModelRow, ModelTable } from './model-table.ts';

/** The schema of the model's tables and the schema of its refresh record. */
export const MODEL_SCHEMA = 'office_model';
export const META_SCHEMA = 'office_meta';

const q = quoteIdentifier;
const stageName = (table: ModelTable): string => `stage_${table.name}`;

/** `office_model.<table>` as SQL. */
export const modelTableSql = (table: ModelTable): string => `${MODEL_SCHEMA}.${q(table.name)}`;

/** The staging table of a table, in the writer connection's temp catalog. */
export const stageTableSql = (table: ModelTable): string => `temp.main.${q(stageName(table))}`;

/** CREATE TABLE for the model table. */
export function createTableSql(table: ModelTable): string {
  const columns = [
    ...table.columns.map((c) => `${q(c.name)} ${c.type}`),
    ...table.derived.map((d) => `${q(d.name)} ${d.type}`),
  ];
  return `CREATE TABLE ${modelTableSql(table)} (${columns.join(', ')})`;
}

/** CREATE TEMP TABLE for the staging table (DATE columns staged as text). */
export function createStageSql(table: ModelTable): string {
  const columns = table.columns.map((c) => `${q(c.name)} ${c.type === 'DATE' ? 'VARCHAR' : c.type}`);
  return `CREATE OR REPLACE TEMP TABLE ${q(stageName(table))} (${columns.join(', ')})`;
}

/** INSERT of the staged rows into the model table, casting dates and computing the derived columns. */
export function insertFromStageSql(table: ModelTable): string {
  const values = [
    ...table.columns.map((c) => (c.type === 'DATE' ? `CAST(${q(c.name)} AS DATE)` : q(c.name))),
    ...table.derived.map((d) => d.sql),
  ];
  return `INSERT INTO ${modelTableSql(table)} SELECT ${values.join(', ')} FROM ${stageTableSql(table)}`;
}

/** An appender on a table's staging table. */
export const stageAppender = (connection: DuckDBConnection, table: ModelTable): Promise<DuckDBAppender> =>
  connection.createAppender(stageName(table), 'main', 'temp');

/** Appends rows in the table's column order; a value of the wrong type is a bug in its exporter. */
export function appendRows(appender: DuckDBAppender, table: ModelTable, rows: readonly ModelRow[]): void {
  for (const row of rows) {
    for (const column of table.columns) {
      const value = row[column.name];
      if (value === null || value === undefined) appender.appendNull();
      else if (column.type === 'BOOLEAN' && typeof value === 'boolean') appender.appendBoolean(value);
      else if (column.type === 'INTEGER' && typeof value === 'number') appender.appendInteger(value);
      else if ((column.type === 'VARCHAR' || column.type === 'DATE') && typeof value === 'string')
        appender.appendVarchar(value);
      else
        throw new Error(
          `office_model.${table.name}.${column.name}: ${typeof value} where ${column.type} belongs`,
        );
    }
    appender.endRow();
  }
}
