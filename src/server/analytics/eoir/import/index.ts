// The EOIR court-data importer: `refuge import eoir <release.zip | folder>` reads a release as it is (quirks and
// all), loses no row, and swaps a new analytics.duckdb in atomically. See README.md for the design and measurements.
export { CORE_TABLES, importEoirRelease, type ImportEoirReleaseOptions } from './eoir-import.service.ts';
export type { ImportProgress } from './import-progress.ts';
export { formatSummaryTable, type ImportSummary, type TableSummary } from './import-summary.ts';
export { DECISION_CODE_MEANINGS, type DecisionCodeMeaning } from './dec-codes.ts';
export { ANALYTICS_FILE, ANALYTICS_STORAGE_VERSION } from './database-swap.ts';
