// `refuge analytics refresh`: our own cases exported into the analytical model (office_model.cases, the same columns
// and definitions as eoir_model.cases) in <dataDir>/office-analytics.duckdb. Incremental by default: unchanged rows
// are copied from the previous file and only cases changed since its watermark are read from the store. The new
// file replaces the old one atomically, so readers never see half a refresh.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { AppContext } from '../../app-context.ts';
import {
  findCaseIdPage,
  findCaseIdsChangedSince,
  findLatestChange,
  loadCaseBundles,
} from '../../cases/case-export.repository.ts';
import { openDuckDb, queryRows, sqlString } from '../duckdb.ts';
import { toOfficeCaseRow, type OfficeCaseRow } from './office-case-row.ts';

/** The office model's file inside a data directory. */
export const officeAnalyticsPath = (dataDir: string): string => join(dataDir, 'office-analytics.duckdb');

export interface RefreshSummary {
  mode: 'full' | 'incremental' | 'unchanged';
  /** Rows in the model after the refresh. */
  cases: number;
  /** Cases read from the store in this refresh. */
  read: number;
  watermark: string | null;
}

const BATCH = 1000;
const STAGING = `CREATE TABLE office_model.staging (
  case_id VARCHAR, mpp BOOLEAN, outcome VARCHAR, fiscal_year INTEGER, nationality VARCHAR, court VARCHAR,
  hearing_location VARCHAR, language VARCHAR, custody VARCHAR, sex VARCHAR, represented BOOLEAN, osc_date VARCHAR,
  comp_date VARCHAR, first_hearing_date VARCHAR, office VARCHAR, is_synthetic BOOLEAN)`;
const FINAL = `CREATE TABLE office_model.cases AS SELECT
  case_id, mpp, outcome, fiscal_year, nationality, court, hearing_location, language, custody, sex, represented,
  CAST(osc_date AS DATE) AS osc_date, CAST(comp_date AS DATE) AS comp_date, CAST(first_hearing_date AS DATE) AS first_hearing_date,
  date_diff('day', CAST(osc_date AS DATE), CAST(first_hearing_date AS DATE)) AS days_to_first_hearing,
  date_diff('day', CAST(osc_date AS DATE), CAST(comp_date AS DATE)) AS days_to_completion,
  office, is_synthetic
FROM office_model.staging ORDER BY mpp, fiscal_year, outcome, nationality`;

function append(appender: DuckDBAppender, row: OfficeCaseRow): void {
  const text = (value: string | null) =>
    value === null ? appender.appendNull() : appender.appendVarchar(value);
  text(row.case_id);
  appender.appendBoolean(row.mpp);
  text(row.outcome);
  if (row.fiscal_year === null) appender.appendNull();
  else appender.appendInteger(row.fiscal_year);
  for (const value of [row.nationality, row.court, row.hearing_location, row.language, row.custody, row.sex])
    text(value);
  appender.appendBoolean(row.represented);
  for (const value of [row.osc_date, row.comp_date, row.first_hearing_date, row.office]) text(value);
  appender.appendBoolean(row.is_synthetic);
  appender.endRow();
}

async function readWatermark(path: string): Promise<string | null | undefined> {
  if (!existsSync(path)) return undefined;
  const handle = await openDuckDb(path, { readOnly: true });
  try {
    const rows = await queryRows(handle.connection, 'SELECT watermark FROM office_meta.refresh');
    return (rows[0]?.watermark as string | null | undefined) ?? null;
  } catch {
    return undefined; // an unreadable previous file: rebuild from scratch
  } finally {
    handle.close();
  }
}

async function appendBundles(
  app: AppContext,
  appender: DuckDBAppender,
  ids: readonly string[],
): Promise<void> {
  for (const bundle of await loadCaseBundles(app.database.db, ids)) append(appender, toOfficeCaseRow(bundle));
}

/** Rebuilds (or incrementally updates) the office model; `full` ignores the previous file. */
export async function refreshOfficeAnalytics(
  app: AppContext,
  options: { full?: boolean; onProgress?: (read: number) => void } = {},
): Promise<RefreshSummary> {
  const path = officeAnalyticsPath(app.dataDir);
  const previous = options.full ? undefined : await readWatermark(path);
  const watermark = await findLatestChange(app.database.db); // taken before reading: later changes go to the next refresh
  if (previous !== undefined && previous === watermark)
    return { mode: 'unchanged', cases: await countRows(path), read: 0, watermark };
  const temp = `${path}.new-${process.pid}`;
  rmSync(temp, { force: true });
  const handle = await openDuckDb(temp);
  let read = 0;
  try {
    const db: DuckDBConnection = handle.connection;
    await db.run('CREATE SCHEMA office_model; CREATE SCHEMA office_meta;');
    await db.run(STAGING);
    const appender = await db.createAppender('staging', 'office_model');
    if (previous !== undefined && previous !== null) {
      const changed = await findCaseIdsChangedSince(app.database.db, previous);
      await db.run(`ATTACH ${sqlString(path)} AS prev (READ_ONLY)`);
      await db.run('CREATE TEMP TABLE changed (case_id VARCHAR)');
      const changedAppender = await db.createAppender('changed', 'main', 'temp');
      for (const id of changed) {
        changedAppender.appendVarchar(id);
        changedAppender.endRow();
      }
      changedAppender.closeSync();
      await db.run(`INSERT INTO office_model.staging SELECT case_id, mpp, outcome, fiscal_year, nationality, court, hearing_location, language, custody, sex, represented,
        CAST(osc_date AS VARCHAR), CAST(comp_date AS VARCHAR), CAST(first_hearing_date AS VARCHAR), office, is_synthetic
        FROM prev.office_model.cases WHERE case_id NOT IN (SELECT case_id FROM temp.main.changed)`);
      for (let i = 0; i < changed.length; i += BATCH) {
        await appendBundles(app, appender, changed.slice(i, i + BATCH));
        read += Math.min(BATCH, changed.length - i);
        options.onProgress?.(read);
      }
    } else {
      for (
        let ids = await findCaseIdPage(app.database.db, '', BATCH);
        ids.length > 0;
        ids = await findCaseIdPage(app.database.db, ids.at(-1)!, BATCH)
      ) {
        await appendBundles(app, appender, ids);
        read += ids.length;
        options.onProgress?.(read);
      }
    }
    appender.closeSync();
    if (previous) await db.run('DETACH prev');
    await db.run(FINAL);
    await db.run('DROP TABLE office_model.staging');
    await db.run(
      `CREATE TABLE office_meta.refresh AS SELECT ${watermark === null ? 'NULL::VARCHAR' : sqlString(watermark)} AS watermark, now() AS refreshed_at`,
    );
    const cases = Number((await queryRows(db, 'SELECT count(*) AS n FROM office_model.cases'))[0]?.n ?? 0);
    handle.close();
    renameSync(temp, path);
    return { mode: previous ? 'incremental' : 'full', cases, read, watermark };
  } catch (error) {
    handle.close();
    rmSync(temp, { force: true });
    throw error;
  }
}

async function countRows(path: string): Promise<number> {
  const handle = await openDuckDb(path, { readOnly: true });
  try {
    return Number(
      (await queryRows(handle.connection, 'SELECT count(*) AS n FROM office_model.cases'))[0]?.n ?? 0,
    );
  } finally {
    handle.close();
  }
}
