// Where the figures come from: the release recorded by the importer in eoir_meta.release.
import type { DuckDBConnection } from '@duckdb/node-api';

/** The source printed beside every figure. */
export interface ReportSource {
  readonly name: string;
  readonly release: string | null;
  readonly importedAt: string | null;
}

/** The name of the data set behind every court-data figure. */
export const SOURCE_NAME = 'EOIR case-data release';

/** Reads the latest release label; a database without eoir_meta.release gives null label and date. */
export async function readReportSource(connection: DuckDBConnection): Promise<ReportSource> {
  const exists = await connection.runAndReadAll(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'eoir_meta' AND table_name = 'release'`,
  );
  if (Number(exists.getRowsJS()[0]?.[0] ?? 0) === 0)
    return { name: SOURCE_NAME, release: null, importedAt: null };
  const reader = await connection.runAndReadAll(
    `SELECT release_label, CAST(imported_at AS VARCHAR) AS imported_at FROM eoir_meta.release
     ORDER BY imported_at DESC NULLS LAST LIMIT 1`,
  );
  const row = reader.getRowObjectsJS()[0];
  const label = row?.release_label;
  const importedAt = row?.imported_at;
  return {
    name: SOURCE_NAME,
    release: typeof label === 'string' ? label : null,
    importedAt: typeof importedAt === 'string' ? importedAt : null,
  };
}

/** A release whose label says it is synthetic (the demo's, `refuge generate eoir`'s when labelled so): not EOIR data. */
export function isSyntheticRelease(label: string | null): boolean {
  return label !== null && /\bsynthetic\b/i.test(label);
}
