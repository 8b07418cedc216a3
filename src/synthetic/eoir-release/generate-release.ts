// `generateEoirRelease`: writes a synthetic EOIR release (core tables, lookups, Count.txt, optional ZIP64
// archive) block by block, in this thread or on workers, and returns what it wrote, the defects it injected
// (with file lines) and the ground truth in aggregate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { runInOrder, startWorkerPool } from '../worker-pool.ts';
import {
  addTruth,
  blockSize,
  emptyTruth,
  generateBlock,
  type BlockResult,
  type TruthTotals,
} from './block-runner.ts';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './generate-options.ts';
import { coreColumns } from './generation-context.ts';
import { writeLookupTables } from './lookup-tables.ts';
import { CORE_TABLES, type CoreTable } from './priors.ts';
import { DEFECT_KINDS, type DefectKind, type InjectedDefect } from './quirks.ts';
import { ReleaseFiles } from './release-files.ts';
import { ReleasePriors } from './release-priors.ts';
import { writeZip, type ZipSource } from './zip-writer.ts';

export type { TruthTotals } from './block-runner.ts';

/** The release's data folder and lookup folder names, as in real releases. */
export const CASE_DATA_DIR = 'EOIR Case Data';
export const LOOKUP_DIR = 'Lookup';

/** What a run wrote. */
export interface GenerateSummary {
  readonly folder: string;
  readonly zipPath: string | undefined;
  readonly zipBytes: number | undefined;
  readonly seed: number | string;
  readonly cases: number;
  /** Per core table: file name, data rows (physical lines minus the header, malformed ones included), bytes. */
  readonly tables: Record<CoreTable, { file: string; rows: number; bytes: number }>;
  readonly lookupFiles: readonly string[];
  /** How many of each defect were injected. */
  readonly quirks: Record<DefectKind, number>;
  /** The first `maxListedDefects` defects, each with its file line (header = line 1). */
  readonly defects: readonly InjectedDefect[];
  readonly defectsTruncated: boolean;
  readonly truth: TruthTotals;
  readonly elapsedMs: number;
}

/** Generates the blocks on `options.threads` workers and hands them to `take` in block order, with at most two
 * blocks per worker in flight. */
async function generateOnWorkers(
  options: ResolvedOptions,
  blockCount: number,
  take: (block: BlockResult) => void,
): Promise<void> {
  const size = Math.min(options.threads, blockCount);
  const workerOptions: ResolvedOptions = { ...options, onCaseTruth: undefined, onProgress: undefined };
  const pool = startWorkerPool<number, BlockResult>(new URL('./generate-worker.ts', import.meta.url), {
    size,
    workerData: workerOptions,
  });
  try {
    await runInOrder(pool, blockCount, (blockIndex) => blockIndex, take, size * 2);
  } finally {
    await pool.close();
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

/** Generates a release; the same options and seed always produce byte-identical files, with or without workers. */
export async function generateEoirRelease(input: GenerateOptions): Promise<GenerateSummary> {
  const options = resolveOptions(input);
  const started = performance.now();
  const folder = resolve(options.folder);
  const caseDataDir = join(folder, CASE_DATA_DIR);
  mkdirSync(caseDataDir, { recursive: true });
  const priors = new ReleasePriors();
  const files = new ReleaseFiles(caseDataDir, coreColumns(priors), options);
  const truth = emptyTruth();
  const quirks = Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, 0])) as Record<DefectKind, number>;
  const defects: InjectedDefect[] = [];
  let defectsTruncated = false;
  let casesDone = 0;

  const take = (block: BlockResult): void => {
    for (const defect of block.defects) {
      if (defects.length < options.maxListedDefects)
        defects.push({ ...defect, line: files.fileLine(defect.table, defect.line) });
      else defectsTruncated = true;
    }
    for (const kind of DEFECT_KINDS) {
      quirks[kind] += block.defectCounts[kind];
      if (block.defectCounts[kind] > block.defects.filter((d) => d.kind === kind).length)
        defectsTruncated = true;
    }
    for (const table of CORE_TABLES) files.append(table, block.tables[table].bytes, block.tables[table].rows);
    addTruth(truth, block.truth);
    casesDone += blockSize(options, block.blockIndex);
    options.onProgress?.({
      casesDone,
      casesTotal: options.cases,
      rowsWritten: CORE_TABLES.reduce((sum, table) => sum + files.rows[table], 0),
      elapsedMs: performance.now() - started,
    });
  };

  const blockCount = Math.ceil(options.cases / options.blockCases);
  try {
    if (options.threads > 0) await generateOnWorkers(options, blockCount, take);
    else {
      for (let block = 0; block < blockCount; block++) {
        take(generateBlock(options, priors, block, options.onCaseTruth));
        await yieldToEventLoop();
      }
    }
  } finally {
    files.close();
  }

  const tables = Object.fromEntries(
    CORE_TABLES.map((table) => [
      table,
      { file: `${table}.csv`, rows: files.rows[table], bytes: files.bytes[table] },
    ]),
  ) as GenerateSummary['tables'];
  writeFileSync(
    join(folder, 'Count.txt'),
    CORE_TABLES.map((table) => `${tables[table].file}\t${tables[table].rows}\r\n`).join(''),
    'latin1',
  );
  let lookupFiles: string[] = [];
  if (options.lookups) {
    mkdirSync(join(folder, LOOKUP_DIR), { recursive: true });
    lookupFiles = writeLookupTables(priors.priors, join(folder, LOOKUP_DIR));
  }

  let zipPath: string | undefined;
  let zipBytes: number | undefined;
  if (options.zip) {
    zipPath = join(dirname(folder), `${basename(folder)}.zip`);
    const sources: ZipSource[] = [
      { name: `${CASE_DATA_DIR}/` },
      ...CORE_TABLES.map((table) => ({
        name: `${CASE_DATA_DIR}/${table}.csv`,
        path: join(caseDataDir, `${table}.csv`),
      })),
      ...(lookupFiles.length > 0 ? [{ name: `${LOOKUP_DIR}/` }] : []),
      ...lookupFiles.map((file) => ({ name: `${LOOKUP_DIR}/${file}`, path: join(folder, LOOKUP_DIR, file) })),
      { name: 'Count.txt', path: join(folder, 'Count.txt') },
    ];
    zipBytes = await writeZip(zipPath, sources, { level: options.zipLevel, zip64: options.zip64 });
  }

  return {
    folder,
    zipPath,
    zipBytes,
    seed: options.seed,
    cases: options.cases,
    tables,
    lookupFiles,
    quirks,
    defects,
    defectsTruncated,
    truth,
    elapsedMs: performance.now() - started,
  };
}
