// The lookups shipped in ../reference/lookups, loaded when a release has no Lookup/ folder (value, description),
// and the MPP code lists, which no release carries, loaded always. Values stay verbatim: NA and N/A are codes.
import type { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { quoteIdentifier, sqlString } from '../../duckdb.ts';

const LOOKUP_DIR = fileURLToPath(new URL('../reference/lookups/', import.meta.url));

/** Loads every shipped `tbl*.csv` lookup as eoir_lookup."<name>"(value, description); returns the names. */
export async function loadReferenceLookups(connection: DuckDBConnection): Promise<string[]> {
  const names: string[] = [];
  for (const file of readdirSync(LOOKUP_DIR)
    .filter((name) => name.endsWith('.csv'))
    .sort()) {
    const table = file.replace(/\.csv$/, '');
    await connection.run(`CREATE TABLE eoir_lookup.${quoteIdentifier(table)} AS
      SELECT value, description FROM read_csv(${sqlString(join(LOOKUP_DIR, file))}, header = true, delim = ',',
        quote = '"', escape = '"', all_varchar = true, auto_detect = false,
        columns = {'value': 'VARCHAR', 'description': 'VARCHAR', 'source_file': 'VARCHAR'})`);
    names.push(table);
  }
  return names;
}

/** Loads the MPP hearing locations and case identifiers as eoir_lookup.mpp_hearing_locations / mpp_case_identifiers. */
export async function loadMppLookups(connection: DuckDBConnection): Promise<void> {
  for (const table of ['mpp_hearing_locations', 'mpp_case_identifiers']) {
    await connection.run(`CREATE TABLE eoir_lookup.${table} AS
      SELECT * FROM read_csv(${sqlString(join(LOOKUP_DIR, `${table}.tsv`))}, header = true, delim = '\t', quote = '',
        all_varchar = true)`);
  }
}
