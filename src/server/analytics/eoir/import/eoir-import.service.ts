// Imports an EOIR release into <dataDir>/analytics.duckdb: a new file is built beside the old one (raw tables,
// lookups, reconciliation, model) and renamed over it only when everything succeeded, so a failed import leaves the
// previous data intact. The model is built on a second connection while the files load: each of its steps starts
// as soon as the raw tables it reads are complete.
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../../domain/errors.ts';
import { openDuckDb, type DuckDbHandle } from '../../duckdb.ts';
import { assertModelInputs, findMissingModelInputs } from '../model/build-model.ts';
import { startModelBuild, type ModelBuildSchedule } from '../model/model-schedule.ts';
import { parseCountFile } from './count-file.ts';
import {
  ANALYTICS_FILE,
  ANALYTICS_STORAGE_VERSION,
  removeStaleImports,
  replaceDatabase,
} from './database-swap.ts';
import { createDecCodeMeaningTable } from './dec-codes.ts';
import { loadEoirSchema } from './eoir-schema.ts';
import { ImportProgressTracker, type ImportProgress } from './import-progress.ts';
import { storeImportSummary, type ImportSummary, type TableSummary } from './import-summary.ts';
import { createMetaTables, createRawTable } from './raw-table-loader.ts';
import { reconcile } from './reconcile.ts';
import { loadMppLookups, loadReferenceLookups } from './reference-lookups.ts';
import { loadReleaseFiles } from './release-loader.ts';
import { openRelease, tableNameOf, type Release, type ReleaseMember } from './release-source.ts';

/** The core tables the model reads; one the release lacks is created empty and named in the warnings. */
export const CORE_TABLES = [
  'A_TblCase',
  'B_TblProceeding',
  'tbl_schedule',
  'A_TblCaseIdentifier',
  'tbl_RepsAssigned',
  'tbl_Court_Appln',
];

/** What to import and where; `label` names the release (default: the source's file name). */
export interface ImportEoirReleaseOptions {
  source: string;
  dataDir: string;
  label?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** Imports the release; resolves with its summary once analytics.duckdb holds it, or fails with IMPORT_FAILED. */
export async function importEoirRelease(options: ImportEoirReleaseOptions): Promise<ImportSummary> {
  const started = Date.now();
  const source = resolve(options.source);
  const release = await openRelease(source);
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  await removeStaleImports(dataDir);
  const workDir = join(dataDir, `.eoir-import-${process.pid}`);
  const newPath = join(dataDir, `${ANALYTICS_FILE}.new-${process.pid}`);
  await mkdir(workDir, { recursive: true });
  let db: DuckDbHandle | undefined;
  let modelConnection: DuckDBConnection | undefined;
  let build: ModelBuildSchedule | undefined;
  let progress: ImportProgressTracker | undefined;
  try {
    db = await openDuckDb(newPath, {
      memoryLimit: '1GB',
      tempDirectory: join(workDir, 'duckdb'),
      storageVersion: ANALYTICS_STORAGE_VERSION,
    });
    const { connection } = db;
    modelConnection = await db.instance.connect();
    // Row order carries nothing (every row has its _line), and not preserving it makes the load cheaper.
    await connection.run(`SET enable_progress_bar = true; SET enable_progress_bar_print = false;
      SET preserve_insertion_order = false;`);
    await createMetaTables(connection);
    const bytesTotal = [...release.tables, ...release.lookups].reduce(
      (total, member) => total + member.size,
      0,
    );
    const modelBytes = release.tables
      .filter((member) => isCoreTable(tableNameOf(member)))
      .reduce((total, member) => total + member.size, 0);
    progress = new ImportProgressTracker(bytesTotal, modelBytes, connection, options.onProgress);
    const tracker = progress;
    build = await startModelBuild(modelConnection, (step) => tracker.model(step.fraction));
    const model = build;

    const absent = await createAbsentCoreTables(connection, release);
    for (const entry of absent) model.markLoaded(entry.table);
    const loaded = await loadReleaseFiles(connection, release, workDir, progress, async (target) => {
      if (model.failed) throw model.failed;
      // A table missing a column the model reads holds its steps back; assertModelInputs names it below.
      if (target.schema === 'eoir_raw' && (await hasModelInputs(connection, target.table)))
        model.markLoaded(target.table);
    });

    const tables: TableSummary[] = [...loaded.map((entry) => entry.summary), ...absent];
    const warnings = [
      ...release.ignored.map((path) => `ignored ${path}: not part of a release`),
      ...loaded.flatMap((entry) => entry.notes),
      ...absent.map(
        (entry) => `the release has no ${entry.table}.csv: eoir_raw.${entry.table} was created empty`,
      ),
    ];
    const lookupSource = release.lookups.length > 0 ? 'release' : 'reference';
    if (lookupSource === 'reference') await loadReferenceLookups(connection);
    await loadMppLookups(connection);
    await createDecCodeMeaningTable(connection);

    tables.sort((a, b) => a.schema.localeCompare(b.schema) * -1 || a.table.localeCompare(b.table));
    const countText = release.countFile ? await readText(release.countFile) : undefined;
    const reconciled = reconcile(tables, countText === undefined ? undefined : parseCountFile(countText));
    const summary: ImportSummary = {
      source,
      label: options.label ?? basename(source).replace(/\.zip$/i, ''),
      databasePath: join(dataDir, ANALYTICS_FILE),
      importedAt: new Date(),
      tables: reconciled.tables,
      lookupSource,
      warnings: [...warnings, ...reconciled.warnings],
      errors: reconciled.errors,
      bytesRead: bytesTotal,
      seconds: 0,
    };
    await storeImportSummary(connection, summary);
    await assertModelInputs(connection);
    progress.phase('model');
    await build.finish();
    progress.phase('finishing');
    await connection.run('CHECKPOINT');
    modelConnection.closeSync();
    modelConnection = undefined;
    db.close();
    db = undefined;
    await replaceDatabase(newPath, summary.databasePath);
    return { ...summary, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await build?.settle();
    modelConnection?.closeSync();
    db?.close();
    await rm(newPath, { force: true });
    await rm(`${newPath}.wal`, { force: true });
    const intact = 'The previous analytics data is intact.';
    if (error instanceof AppError)
      throw new AppError(error.code, `${error.message} ${intact}`, error.details);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('IMPORT_FAILED', `Importing ${source} failed: ${reason}. ${intact}`, { source });
  } finally {
    progress?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

function isCoreTable(table: string): boolean {
  return CORE_TABLES.some((core) => core.toLowerCase() === table.toLowerCase());
}

/** Creates, empty and from the schema, each core table the release lacks; returns their summaries. */
async function createAbsentCoreTables(
  connection: DuckDBConnection,
  release: Release,
): Promise<TableSummary[]> {
  const present = new Set(release.tables.map((member) => tableNameOf(member).toLowerCase()));
  const absent: TableSummary[] = [];
  for (const table of CORE_TABLES.filter((core) => !present.has(core.toLowerCase()))) {
    const columns =
      loadEoirSchema()
        .findTable(table)
        ?.columns.map((column) => column.name) ?? [];
    await createRawTable(connection, 'eoir_raw', table, columns);
    absent.push({
      table,
      file: null,
      schema: 'eoir_raw',
      rowsRead: 0,
      imported: 0,
      repaired: 0,
      rejected: 0,
      expected: null,
    });
  }
  return absent;
}

/** Whether eoir_raw.`table` has every column the model reads from it (true for tables the model does not read). */
async function hasModelInputs(connection: DuckDBConnection, table: string): Promise<boolean> {
  const name = table.toLowerCase();
  return (await findMissingModelInputs(connection)).every((missing) => {
    const lower = missing.toLowerCase();
    return lower !== name && !lower.startsWith(`${name}.`);
  });
}

async function readText(member: ReleaseMember): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of member.read()) parts.push(chunk);
  return Buffer.concat(parts).toString('latin1');
}
