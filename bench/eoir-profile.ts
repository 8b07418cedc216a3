// `npx tsx bench/eoir-profile.ts <release folder> [runs]`: where the time of `refuge import eoir` goes, as the
// importer's README reports it. Three views, each with wall time and CPU time (CPU split into the JS main thread and
// every other thread, i.e. mostly DuckDB's): (1) the whole import and the naive load, alternating, median of `runs`,
// with the import's phases; (2) each file loaded alone, as the importer loads it and as the naive load does; (3) the
// model build's steps one by one. Prints markdown; writes nothing but temp files (removed at the end).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb, quoteIdentifier, sqlString } from '../src/server/analytics/duckdb.ts';
import { ImportProgressTracker } from '../src/server/analytics/eoir/import/import-progress.ts';
import { ANALYTICS_STORAGE_VERSION, importEoirRelease } from '../src/server/analytics/eoir/import/index.ts';
import { createMetaTables } from '../src/server/analytics/eoir/import/raw-table-loader.ts';
import { loadReleaseFiles } from '../src/server/analytics/eoir/import/release-loader.ts';
import { openRelease, tableNameOf } from '../src/server/analytics/eoir/import/release-source.ts';
import { startModelBuild } from '../src/server/analytics/eoir/model/model-schedule.ts';
import { median } from './bench-stats.ts';
import { loadNaively } from './eoir-naive-load.ts';

/** Wall and CPU seconds of one measured piece of work; `js` is the main thread's share of `cpu`. */
interface Cost {
  readonly wall: number;
  readonly cpu: number;
  readonly js: number;
}

const TICKS_PER_SECOND = 100;

/** CPU seconds of the main thread so far (from /proc; Linux only). */
function mainThreadCpu(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function measure(work: () => Promise<unknown>): Promise<Cost> {
  const cpu = process.cpuUsage();
  const js = mainThreadCpu();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return {
    wall: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
    js: mainThreadCpu() - js,
  };
}

const f = (value: number): string => value.toFixed(2);
const row = (name: string, cost: Cost, extra = ''): string =>
  `| ${name} | ${f(cost.wall)} | ${f(cost.cpu)} | ${f(cost.js)} | ${f(cost.cpu - cost.js)} | ${f(cost.cpu / cost.wall)} |${extra}`;
const HEAD = '| wall s | CPU s | JS thread s | other threads s | cores busy |';
const RULE = '|---|---|---|---|---|---|';

const source = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
if (!source) throw new Error('usage: tsx bench/eoir-profile.ts <release folder> [runs]');
const release = await openRelease(source);
const root = mkdtempSync(join(tmpdir(), 'refuge-eoir-profile-'));
const caseData = join(source, 'EOIR Case Data');
const coreFiles = readdirSync(caseData).map((name) => name.replace(/\.csv$/i, ''));
const out: string[] = [];
try {
  // (1) The whole import against the naive load, alternating.
  const ours: Cost[] = [];
  const naive: Cost[] = [];
  const phases: { loadEnd: number; modelEnd: number }[] = [];
  for (let run = 0; run < runs; run++) {
    for (const method of run % 2 === 0 ? ['ours', 'naive'] : ['naive', 'ours']) {
      const dir = join(root, `${method}-${run}`);
      mkdirSync(dir);
      if (method === 'ours') {
        const started = performance.now();
        const marks = { loadEnd: 0, modelEnd: 0 };
        ours.push(
          await measure(() =>
            importEoirRelease({
              source,
              dataDir: dir,
              onProgress: (progress) => {
                const at = (performance.now() - started) / 1000;
                if (progress.phase !== 'loading' && marks.loadEnd === 0) marks.loadEnd = at;
                if (progress.phase === 'finishing' && marks.modelEnd === 0) marks.modelEnd = at;
              },
            }),
          ),
        );
        phases.push(marks);
      } else {
        naive.push(await measure(() => loadNaively(caseData, coreFiles, join(dir, 'naive.duckdb'))));
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const middle = (costs: Cost[]): Cost => {
    const wall = median(costs.map((cost) => cost.wall));
    return costs.find((cost) => cost.wall === wall) ?? costs[0]!;
  };
  const oursMedian = middle(ours);
  const phase = phases[ours.indexOf(oursMedian)]!;
  out.push(
    `Whole import against the naive load (median of ${runs} by wall time, alternating; runs: ours ${ours.map((c) => f(c.wall)).join(', ')} s, naive ${naive.map((c) => f(c.wall)).join(', ')} s):`,
    '',
    `| load ${HEAD}`,
    RULE,
    row('`refuge import eoir` (everything)', oursMedian),
    row('naive `read_csv` load + CHECKPOINT', middle(naive)),
    '',
    `Phases of that import run: files loaded (model steps overlapping) until ${f(phase.loadEnd)} s; the rest of the model until ${f(phase.modelEnd)} s; lookups, summary and CHECKPOINT until ${f(oursMedian.wall)} s.`,
    '',
  );

  // (2) Each file alone: as the importer loads it (pass + DuckDB), and as the naive load does.
  out.push('Each file loaded alone into a fresh database (DuckDB on every core, then CHECKPOINT):', '');
  out.push(
    '| file | bytes | ours: wall s | CPU s | JS thread s | other threads s | cores busy | naive: wall s | CPU s |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const member of [...release.tables].sort((a, b) => a.size - b.size)) {
    const dir = join(root, 'file');
    mkdirSync(dir);
    const db = await openDuckDb(join(dir, 'ours.duckdb'), {
      memoryLimit: '1GB',
      tempDirectory: join(dir, 'tmp'),
      storageVersion: ANALYTICS_STORAGE_VERSION,
    });
    await db.connection.run('SET preserve_insertion_order = false');
    await createMetaTables(db.connection);
    const progress = new ImportProgressTracker(member.size, 0, db.connection);
    const one = { ...release, tables: [member], lookups: [] };
    const cost = await measure(async () => {
      await loadReleaseFiles(db.connection, one, dir, progress);
      await db.connection.run('CHECKPOINT');
    });
    db.close();
    const table = tableNameOf(member);
    const naiveDb = await openDuckDb(join(dir, 'naive.duckdb'));
    const naiveCost = await measure(async () => {
      await naiveDb.connection.run(
        `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM read_csv(${sqlString(join(source, member.path))}, delim='\t', header=true, quote='', all_varchar=true, ignore_errors=true, null_padding=true)`,
      );
      await naiveDb.connection.run('CHECKPOINT');
    });
    naiveDb.close();
    rmSync(dir, { recursive: true, force: true });
    out.push(
      `${row(table, cost, ` ${f(naiveCost.wall)} | ${f(naiveCost.cpu)} |`).replace(`| ${table} |`, `| ${table} | ${member.size.toLocaleString('en-US')} |`)}`,
    );
  }
  out.push('');

  // (3) The model's steps one by one, on the raw tables of a finished import.
  const dataDir = join(root, 'model');
  const summary = await importEoirRelease({ source, dataDir });
  const db = await openDuckDb(summary.databasePath, { memoryLimit: '1GB' });
  out.push('The model build alone, step by step (every input loaded, DuckDB on every core):', '');
  out.push(`| step ${HEAD}`, RULE);
  let cpu = process.cpuUsage();
  let js = mainThreadCpu();
  let started = performance.now();
  const total = await measure(async () => {
    const build = await startModelBuild(db.connection, ({ step }) => {
      const used = process.cpuUsage(cpu);
      const cost = {
        wall: (performance.now() - started) / 1000,
        cpu: (used.user + used.system) / 1e6,
        js: mainThreadCpu() - js,
      };
      out.push(row(step, cost));
      cpu = process.cpuUsage();
      js = mainThreadCpu();
      started = performance.now();
    });
    await build.finish();
  });
  out.push(row('**all steps**', total), '');
  db.close();
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
