// The names of the court data's codes, from the release's own lookup tables (eoir_lookup): a nationality's country
// (HO: Honduras) and a court's city (ELP: El Paso, TX). A release's Lookup/ folder keeps EOIR's headers
// (NAT_CODE, NAT_NAME, ...); the shipped reference tables loaded in its place have (value, description).
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, quoteIdentifier } from '../../duckdb.ts';

/** A code dimension whose values the dashboard names. */
export type NamedDimension = 'nationality' | 'court';

/** Code → name, for each named dimension (codes trimmed, as the model stores them). */
export type CodeNames = Readonly<Record<NamedDimension, ReadonlyMap<string, string>>>;

/** Upper-case lookup text as people write it: "EL SALVADOR" → "El Salvador", "EL PASO, TEXAS" → "El Paso, Texas". */
export function titleCase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(
      /(^|[\s,(/-])(\p{L})/gu,
      (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
    );
}

async function columnsOf(connection: DuckDBConnection, table: string): Promise<Set<string>> {
  const rows = await queryRows(
    connection,
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'eoir_lookup' AND table_name = $1`,
    [table],
  );
  return new Set(rows.map((row) => String(row.column_name)));
}

/** Reads `code → text` from a lookup, from the first pair of columns it has; empty when the table is missing. */
async function readPairs(
  connection: DuckDBConnection,
  table: string,
  pairs: readonly (readonly [code: string, text: string])[],
): Promise<Map<string, string>> {
  const columns = await columnsOf(connection, table);
  const pair = pairs.find(([code, text]) => columns.has(code) && columns.has(text));
  if (!pair) return new Map();
  const [code, text] = pair.map(quoteIdentifier);
  const rows = await queryRows(
    connection,
    `SELECT trim(${code}) AS code, trim(${text}) AS text FROM eoir_lookup.${quoteIdentifier(table)}
     WHERE nullif(trim(${code}), '') IS NOT NULL AND nullif(trim(${text}), '') IS NOT NULL`,
  );
  return new Map(rows.map((row) => [String(row.code), String(row.text)]));
}

/**
 * The names of nationalities and courts. A court is named by its city: the base city's own city and state when the
 * lookup has them (BASE_CITY, BASE_STATE), else the hearing location of the same code ("EL PASO, TEXAS"), else the
 * base city's description.
 */
export async function readCodeNames(connection: DuckDBConnection): Promise<CodeNames> {
  const nationality = await readPairs(connection, 'tblLookupNationality', [
    ['NAT_CODE', 'NAT_NAME'],
    ['value', 'description'],
  ]);
  const cities = await readPairs(connection, 'tblLookupBaseCity', [['BASE_CITY_CODE', 'BASE_CITY']]);
  const states = await readPairs(connection, 'tblLookupBaseCity', [['BASE_CITY_CODE', 'BASE_STATE']]);
  const locations = await readPairs(connection, 'tblLookupHloc', [
    ['HEARING_LOC_CODE', 'HEARING_LOC_NAME'],
    ['value', 'description'],
  ]);
  const baseCities = await readPairs(connection, 'tblLookupBaseCity', [
    ['BASE_CITY_CODE', 'BASE_CITY_NAME'],
    ['value', 'description'],
  ]);
  const court = new Map<string, string>();
  for (const code of new Set([...baseCities.keys(), ...cities.keys()])) {
    const city = cities.get(code);
    const state = states.get(code);
    const name = city
      ? `${titleCase(city)}${state ? `, ${state.toUpperCase()}` : ''}`
      : (locations.get(code) ?? baseCities.get(code));
    if (name) court.set(code, city ? name : titleCase(name));
  }
  return {
    nationality: new Map([...nationality].map(([code, name]) => [code, titleCase(name)])),
    court,
  };
}
