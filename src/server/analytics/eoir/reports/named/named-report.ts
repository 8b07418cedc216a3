// The contract of a named report: one query and one shape, with the definitions it cites.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DefinitionKey } from '../definitions.ts';
import type { Audience, FigureTable } from '../figure-table.ts';

/** A named report: `build` runs its one query and shapes the figures for the audience. */
export interface NamedReport {
  readonly name: string;
  readonly title: string;
  readonly definitions: readonly DefinitionKey[];
  build(connection: DuckDBConnection, audience: Audience): Promise<FigureTable>;
}
