// Loads every table and lookup file of a release through a two-stage pipeline: while DuckDB loads one file (on its
// own threads), the JS byte pass cleans the next. Lookups go first (small, so the first pass is short), then the
// model's tables in the order that lets its build overlap the load, then any other tables, smallest first.
import type { DuckDBConnection } from '@duckdb/node-api';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MODEL_LOAD_ORDER } from '../model/model-steps.ts';
import { loadEoirSchema } from './eoir-schema.ts';
import type { ImportProgressTracker } from './import-progress.ts';
import type { TableSummary } from './import-summary.ts';
import { LoadQueue } from './load-queue.ts';
import {
  createRawTable,
  loadRejects,
  loadSegment,
  loadSideRows,
  type RawSchema,
  type RawTarget,
} from './raw-table-loader.ts';
import { tableNameOf, type Release, type ReleaseMember } from './release-source.ts';
import { cleanTable, type CleanerOutput } from './table-cleaner.ts';

/** A loaded file's reconciliation (its expected count not yet known) and what was noticed on the way. */
export interface LoadedTable {
  readonly summary: TableSummary;
  readonly notes: readonly string[];
}

interface Job {
  readonly member: ReleaseMember;
  readonly schema: RawSchema;
  readonly table: string;
  readonly output: CleanerOutput;
}

/** Hears that a table holds all its rows (bulk, repaired and rejects); awaited before the next file loads. */
export type OnTableLoaded = (target: { schema: RawSchema; table: string }) => Promise<void>;

/**
 * Loads the release's tables into eoir_raw and its lookups into eoir_lookup, using `workDir` for temp files;
 * `onLoaded` hears of each table as soon as it is complete.
 */
export async function loadReleaseFiles(
  connection: DuckDBConnection,
  release: Release,
  workDir: string,
  progress: ImportProgressTracker,
  onLoaded: OnTableLoaded = () => Promise.resolve(),
): Promise<LoadedTable[]> {
  const queue = new LoadQueue();
  const loaded: LoadedTable[] = [];
  try {
    for (const job of planJobs(release, workDir))
      loaded.push(await loadFile(connection, queue, job, progress, onLoaded));
    await queue.drain();
  } catch (error) {
    await queue.settle();
    throw error;
  }
  return loaded;
}

function planJobs(release: Release, workDir: string): Job[] {
  const used = new Set<string>();
  const plan = (member: ReleaseMember, schema: RawSchema, index: number): Job => {
    let table = tableNameOf(member);
    // DuckDB names are case-insensitive: two files differing only in case must not collide.
    for (let copy = 2; used.has(`${schema}.${table.toLowerCase()}`); copy++)
      table = `${tableNameOf(member)}_${copy}`;
    used.add(`${schema}.${table.toLowerCase()}`);
    const stem = join(workDir, `${schema}-${index}`);
    const output = {
      segmentPath: (n: number) => `${stem}.${n}.tsv`,
      rowsPath: `${stem}.rows.jsonl`,
      rejectsPath: `${stem}.rejects.jsonl`,
    };
    return { member, schema, table, output };
  };
  const jobs = [
    ...release.lookups.map((member, index) => plan(member, 'eoir_lookup', index)),
    ...release.tables.map((member, index) => plan(member, 'eoir_raw', index)),
  ];
  return jobs.sort((a, b) => rank(a) - rank(b) || a.member.size - b.member.size);
}

function rank(job: Job): number {
  if (job.schema === 'eoir_lookup') return -1;
  const at = MODEL_LOAD_ORDER.findIndex((table) => table.toLowerCase() === job.table.toLowerCase());
  return at < 0 ? MODEL_LOAD_ORDER.length : at;
}

async function loadFile(
  connection: DuckDBConnection,
  queue: LoadQueue,
  job: Job,
  progress: ImportProgressTracker,
  onLoaded: OnTableLoaded,
): Promise<LoadedTable> {
  const schema = loadEoirSchema();
  const file = job.member.path;
  let target: RawTarget | undefined;
  let isCreated = false;
  const ensureTable = async (columns: readonly string[]): Promise<RawTarget> => {
    target ??= { schema: job.schema, table: job.table, file, columns };
    if (!isCreated) await createRawTable(connection, job.schema, job.table, columns);
    isCreated = true;
    return target;
  };
  let header: readonly string[] | undefined;
  let rowsSeen = 0;
  let bytesLoaded = 0;
  const cleaned = await cleanTable(job.member.read(), job.output, {
    typesFor(mapping) {
      header = mapping.names;
      return mapping.names.map((name) => schema.typeOf(job.table, name));
    },
    onChunk(bytes, rowsRead) {
      progress.cleaned(file, bytes, rowsRead - rowsSeen);
      rowsSeen = rowsRead;
    },
    onSegment: (segment) =>
      queue.enqueue(async () => {
        progress.loading(segment.inputBytes, false);
        await loadSegment(connection, await ensureTable(header ?? []), segment);
        await rm(segment.path, { force: true });
        bytesLoaded += segment.inputBytes;
        progress.loading(segment.inputBytes, true);
      }),
  }).catch((error: unknown) => {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  });

  const notes = [
    ...(cleaned.header?.renames ?? []).map((rename) => `${file}: column ${rename}`),
    ...cleaned.notes.map((note) => `${file}: ${note}`),
  ];
  await queue.enqueue(async () => {
    // An empty file still yields its table when the schema knows its columns.
    const columns = header ?? schema.findTable(job.table)?.columns.map((column) => column.name);
    if (columns) {
      const table = await ensureTable(columns);
      if (cleaned.sideRows > 0) await loadSideRows(connection, table, job.output.rowsPath, cleaned.sideRows);
      if (cleaned.rejected > 0)
        await loadRejects(connection, table, job.output.rejectsPath, cleaned.rejected);
    } else {
      notes.push(`${file}: no table was created (no header, and the schema does not know ${job.table})`);
    }
    await Promise.all([
      rm(job.output.rowsPath, { force: true }),
      rm(job.output.rejectsPath, { force: true }),
    ]);
    progress.loading(Math.max(0, job.member.size - bytesLoaded), true);
    if (columns) await onLoaded({ schema: job.schema, table: job.table });
  });
  const imported = cleaned.cleanRows + cleaned.sideRows;
  if (imported + cleaned.rejected !== cleaned.rowsRead)
    throw new Error(`${file}: rows do not reconcile (a bug)`);
  return {
    summary: {
      table: job.table,
      file,
      schema: job.schema,
      rowsRead: cleaned.rowsRead,
      imported,
      repaired: cleaned.repaired,
      rejected: cleaned.rejected,
      expected: null,
    },
    notes,
  };
}
