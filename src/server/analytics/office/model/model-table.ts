// How a table of the office model is declared: its columns and their DuckDB types, checked against the row type
// its exporters produce, plus columns computed in SQL. Every table carries `case_id` (null for acts of no case), so
// an incremental refresh can replace a changed case's rows in every table at once.

/** The column types the office model uses (dates stay in the court-data-compatible cases table only). */
export type ModelColumnType = 'VARCHAR' | 'INTEGER' | 'BOOLEAN' | 'DATE';

/** A value an exporter puts in a column (DATE columns take 'YYYY-MM-DD' text). */
export type ModelValue = string | number | boolean | null;

/** A row as exporters produce it: a value per column name. */
export type ModelRow = Readonly<Record<string, ModelValue>>;

/** A column computed from the stored ones when rows are inserted. */
export interface DerivedColumn {
  readonly name: string;
  readonly type: string;
  readonly sql: string;
}

/** A table of office_model: name, stored columns in order, computed columns after them. */
export interface ModelTable<Row extends ModelRow = ModelRow> {
  readonly name: string;
  readonly columns: readonly { readonly name: keyof Row & string; readonly type: ModelColumnType }[];
  readonly derived: readonly DerivedColumn[];
}

/** Declares a table whose columns are exactly the row type's fields (in the order given), with `case_id` first. */
export function defineTable<Row extends ModelRow & { case_id: string | null }>(
  name: string,
  columns: { readonly [K in keyof Row & string]: ModelColumnType },
  derived: readonly DerivedColumn[] = [],
): ModelTable<Row> {
  const list = Object.entries(columns).map(([column, type]) => ({ name: column, type }));
  if (list[0]?.name !== 'case_id') throw new Error(`office_model.${name}: case_id must be the first column`);
  return { name, columns: list, derived };
}

/** The month ('YYYY-MM') of an ISO instant or calendar date: the finest time grain the statistics publish. */
export const monthOf = (value: string): string => value.slice(0, 7);
