// `npm run bench:eoir`: generates a synthetic EOIR release (BENCH_EOIR_CASES, default 1,000,000 cases, seed 1) and
// measures in one process, median of BENCH_EOIR_RUNS (3) with the order rotating: (a) our import with its model
// build, (b) the naive DuckDB read_csv load, (b') the same naive load written in our file's storage format (a
// reference: how much of the difference the format makes); then, once (BENCH_EOIR_PG_RUNS, 0 to skip), (c)
// PostgreSQL COPY as the PyPI `eoir` tool loads it. Then what each did to the injected defect lines, crosstab latency on our imported data,
// and our import's peak memory in a child process. Projects the whole real release from each measured rate. Writes
// the `eoir` section of BENCHMARKS.md and prints it. Temp files (GBs) go in the finally.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDuckDb, queryRows } from '../src/server/analytics/duckdb.ts';
import { CASE_DATA_DIR, CORE_TABLES, generateEoirRelease } from '../src/synthetic/eoir-release/index.ts';
import {
  ANALYTICS_STORAGE_VERSION,
  importEoirRelease,
  type ImportSummary,
} from '../src/server/analytics/eoir/import/index.ts';
import { closeAnalyticsDatabases } from '../src/server/analytics/eoir/reports/index.ts';
import { startThrowawayCluster, type ThrowawayCluster } from '../test/postgres-cluster.ts';
import { timeIt, writeSection } from './bench-stats.ts';
import { checkDefects, readDefectRows, type DefectTally } from './eoir-defect-check.ts';
import { duckDbRowFetcher, loadNaively } from './eoir-naive-load.ts';
import { measureImportPeakMemory } from './eoir-peak-memory.ts';
import { copyLikeEoirTool, pgRowFetcher, toolNulSample, type PgCopyResult } from './eoir-pg-copy.ts';
import { measureCrosstabs } from './eoir-queries.ts';
import { renderEoirSection } from './eoir-report.ts';

const CASES = Number(process.env.BENCH_EOIR_CASES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_EOIR_RUNS ?? 3);
// (c) is no goal's baseline: it runs after the timed rounds, so its load does not disturb them.
const PG_RUNS = Number(process.env.BENCH_EOIR_PG_RUNS ?? 1);
const QUERY_RUNS = 7;
const TABLES: readonly string[] = CORE_TABLES;

const log = (message: string): boolean =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const uptime = (): string =>
  execFileSync('uptime', { encoding: 'utf8' })
    .trim()
    .replace(/^.*?(load average)/, '$1');
const lost = (expected: Record<string, number>, loaded: Record<string, number>): number =>
  TABLES.reduce((sum, table) => sum + (expected[table] ?? 0) - (loaded[table] ?? 0), 0);

function readCounts(folder: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of readFileSync(join(folder, 'Count.txt'), 'latin1').split(/\r?\n/)) {
    const [file, count] = line.split('\t');
    if (file && count) counts[file.replace(/\.csv$/i, '')] = Number(count);
  }
  return counts;
}

const root = mkdtempSync(join(tmpdir(), 'refuge-bench-eoir-'));
let cluster: ThrowawayCluster | undefined;
try {
  const uptimeBefore = uptime();
  log(
    `bench eoir: ${CASES.toLocaleString('en-US')} cases, ${RUNS} runs (PostgreSQL ${PG_RUNS}); ${uptimeBefore}; temp ${root}`,
  );
  const folder = join(root, 'release');
  const release = await generateEoirRelease({ folder, cases: CASES, seed: 1, maxListedDefects: 5_000_000 });
  log(`generated in ${(release.elapsedMs / 1000).toFixed(1)} s`);
  // The release was just written: without this the kernel may still be writing its 1.33 GB back to disk during the
  // first timed run, which is always ours (in two runs without it, that run took 47.4 and 47.1 s, against 40.7-49.0 s
  // for the others).
  execFileSync('sync');
  if (release.defectsTruncated) throw new Error('the defect list was truncated: raise maxListedDefects');
  const caseDataDir = join(folder, CASE_DATA_DIR);
  const expected = readCounts(folder);
  const defectRows = await readDefectRows(caseDataDir, release.defects);
  const nulSample = await toolNulSample(folder);

  const ours = {
    seconds: [] as number[],
    loadSeconds: [] as number[],
    summary: undefined as ImportSummary | undefined,
    tally: {} as DefectTally,
    dataDir: '',
  };
  const naive = { seconds: [] as number[], loaded: {} as Record<string, number>, tally: {} as DefectTally };
  const naiveInOurFormat = { seconds: [] as number[], loaded: {} as Record<string, number> };
  const copy = {
    seconds: [] as number[],
    nulPassSeconds: [] as number[],
    result: undefined as PgCopyResult | undefined,
    tally: {} as DefectTally,
  };

  const runOurs = async (run: number): Promise<void> => {
    const dataDir = join(root, `ours-${run}`);
    const started = performance.now();
    let loadEnd = 0;
    const seconds = await timeIt(async () => {
      ours.summary = await importEoirRelease({
        source: folder,
        dataDir,
        onProgress: (progress) => {
          if (progress.phase !== 'loading' && loadEnd === 0) loadEnd = performance.now();
        },
      });
    });
    ours.seconds.push(seconds);
    ours.loadSeconds.push((loadEnd - started) / 1000);
    if (run < RUNS - 1) return rmSync(dataDir, { recursive: true, force: true });
    const db = await openDuckDb(join(dataDir, 'analytics.duckdb'), { readOnly: true });
    try {
      ours.tally = await checkDefects(defectRows, duckDbRowFetcher(db, 'eoir_raw'), async (table) => {
        const rows = await queryRows(
          db.connection,
          'SELECT line FROM eoir_meta.rejects WHERE table_name = $table',
          { table },
        );
        return new Set(rows.map((row) => Number(row.line)));
      });
    } finally {
      db.close();
    }
    ours.dataDir = dataDir;
  };

  const runNaive = async (run: number): Promise<void> => {
    const dir = join(root, `naive-${run}`);
    mkdirSync(dir);
    const result = await loadNaively(caseDataDir, TABLES, join(dir, 'naive.duckdb'));
    naive.seconds.push(result.seconds);
    naive.loaded = result.loaded;
    if (run === RUNS - 1) {
      const db = await openDuckDb(join(dir, 'naive.duckdb'), { readOnly: true });
      try {
        naive.tally = await checkDefects(defectRows, duckDbRowFetcher(db, 'main'));
      } finally {
        db.close();
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const runNaiveInOurFormat = async (run: number): Promise<void> => {
    const dir = join(root, `naive-format-${run}`);
    mkdirSync(dir);
    const result = await loadNaively(
      caseDataDir,
      TABLES,
      join(dir, 'naive.duckdb'),
      ANALYTICS_STORAGE_VERSION,
    );
    naiveInOurFormat.seconds.push(result.seconds);
    naiveInOurFormat.loaded = result.loaded;
    rmSync(dir, { recursive: true, force: true });
  };

  const runCopy = async (admin: pg.Client, run: number): Promise<void> => {
    const dir = join(root, `pg-${run}`);
    mkdirSync(dir);
    const database = `eoir_copy_${run}`;
    await admin.query(`CREATE DATABASE ${database}`);
    const url = cluster!.url.replace(/\/postgres$/, `/${database}`);
    try {
      copy.result = await copyLikeEoirTool(url, caseDataDir, TABLES, dir);
      copy.seconds.push(copy.result.seconds);
      copy.nulPassSeconds.push(copy.result.nulPassSeconds);
      if (run === PG_RUNS - 1) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          copy.tally = await checkDefects(defectRows, pgRowFetcher(client));
        } finally {
          await client.end();
        }
      }
    } finally {
      await admin.query(`DROP DATABASE ${database}`);
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const uptimeRoundsBefore = uptime();
  const methods = {
    ours: { run: runOurs, seconds: ours.seconds },
    naive: { run: runNaive, seconds: naive.seconds },
    "naive in our file's format": { run: runNaiveInOurFormat, seconds: naiveInOurFormat.seconds },
  };
  const order = Object.keys(methods) as (keyof typeof methods)[];
  for (let run = 0; run < RUNS; run++) {
    // Rotate the order so no method always runs first (cold cache) or last (after the others' writes).
    for (const method of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
      await methods[method].run(run);
      log(`run ${run + 1} ${method}: ${methods[method].seconds.at(-1)?.toFixed(1)} s`);
    }
  }
  const uptimeRoundsAfter = uptime();
  if (PG_RUNS > 0) {
    cluster = await startThrowawayCluster({ durable: true });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    for (let run = 0; run < PG_RUNS; run++) {
      await runCopy(admin, run);
      log(`PostgreSQL COPY run ${run + 1}: ${copy.seconds.at(-1)?.toFixed(1)} s`);
    }
    await admin.end();
    await cluster.stop();
    cluster = undefined;
  }

  log('crosstabs');
  const queries = await measureCrosstabs(ours.dataDir, QUERY_RUNS);
  closeAnalyticsDatabases();
  rmSync(ours.dataDir, { recursive: true, force: true });
  log('peak memory (child process)');
  const peak = await measureImportPeakMemory(folder, join(root, 'peak'));

  const summary = ours.summary!;
  const oursTables = summary.tables.filter((t) => t.schema === 'eoir_raw');
  const oursKept = Object.fromEntries(oursTables.map((t) => [t.table, t.imported + t.rejected]));
  const section = renderEoirSection({
    cases: CASES,
    runs: RUNS,
    pgRuns: PG_RUNS,
    queryRuns: QUERY_RUNS,
    uptimeBefore: uptimeRoundsBefore,
    uptimeAfter: uptimeRoundsAfter,
    generationSeconds: release.elapsedMs / 1000,
    tables: TABLES.map((table) => ({
      table,
      expected: expected[table] ?? 0,
      bytes: release.tables[table as keyof typeof release.tables].bytes,
      ours: oursTables.find((t) => t.table === table),
      naive: naive.loaded[table] ?? 0,
      pg: copy.result?.loaded[table] ?? 0,
      pgDropped: copy.result?.dropped[table] ?? { empty_pk: 0, long_row: 0 },
    })),
    quirks: release.quirks,
    ours: {
      seconds: ours.seconds,
      loadSeconds: ours.loadSeconds,
      rowsLost: lost(expected, oursKept),
      tally: ours.tally,
      errors: summary.errors,
    },
    naive: { seconds: naive.seconds, rowsLost: lost(expected, naive.loaded), tally: naive.tally },
    naiveInOurFormat: {
      seconds: naiveInOurFormat.seconds,
      rowsLost: lost(expected, naiveInOurFormat.loaded),
      storageVersion: ANALYTICS_STORAGE_VERSION,
    },
    pg: {
      seconds: copy.seconds,
      nulPassSeconds: copy.nulPassSeconds,
      rowsLost: lost(expected, copy.result?.loaded ?? {}),
      tally: copy.tally,
      nulSample,
    },
    queries,
    peak,
  });
  writeSection('eoir', section);
  process.stdout.write(`${section}\n`);
} finally {
  closeAnalyticsDatabases();
  await cluster?.stop();
  rmSync(root, { recursive: true, force: true });
}
