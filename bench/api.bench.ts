// `npm run bench:api` (and the second part of `npm run bench`): the API under a realistic mix of reads and workflow
// writes, our server against a bare node:http handler doing the same reads, writes, signatures, access-log rows and
// session touches, on SQLite (the file store `npm start` uses) and PostgreSQL (a throwaway cluster, fsync on), side
// by side in one run. Writes its section of BENCHMARKS.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAppContext } from '../src/server/app-context.ts';
import { verifyLedger } from '../src/server/ledger/ledger.verify.ts';
import { startThrowawayCluster } from '../test/postgres-cluster.ts';
import { writeSection } from './bench-stats.ts';
import { startChildServer } from './api-child.ts';
import { checkAnswers, runLoad, type LoadResult } from './api-load.ts';
import { mixRequests, sampleRequests } from './api-mix.ts';
import { apiSection, sideFigures, type StoreFigures } from './api-report.ts';
import { ageSessions, countRows, prepareWorkload, settleStore } from './api-workload.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 2);
const CASES = Number(process.env.BENCH_API_CASES ?? 2000);
const WARMUP_SECONDS = Math.min(5, SECONDS);
const NODE_OPTIONS = (process.env.BENCH_API_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
const STORES = (process.env.BENCH_API_STORES ?? 'sqlite,postgres').split(',');
const OPEN_PER_OFFICE = 40;
const SESSIONS_PER_USER = 2;

const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const say = (line: string) => process.stderr.write(`${line}\n`);

// A run with any answer but a success measures something else than the mix: the benchmark stops there.
function requireSuccess(result: LoadResult, server: string, output: string): void {
  if (result.non2xx === 0 && result.errors === 0 && result.timeouts === 0) return;
  throw new Error(
    `${server} failed requests (status counts ${JSON.stringify(result.statusCodes)}, ${result.errors} errors, ${result.timeouts} timeouts); the run is invalid. Its output:\n${output.slice(-3000)}`,
  );
}

async function measureStore(
  store: string,
  config: { dataDir: string; databaseUrl?: string },
): Promise<StoreFigures> {
  const app = await createAppContext({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    say(`${store}: seeding ${CASES} cases, opening live work, signing in`);
    const workload = await prepareWorkload(app, {
      cases: CASES,
      openPerOffice: OPEN_PER_OFFICE,
      sessionsPerUser: SESSIONS_PER_USER,
    });
    await settleStore(app);
    const env = { REFUGE_DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '' };
    const before = await countRows(app);
    const servers = {
      ours: await startChildServer('bench/api-server.ts', env, NODE_OPTIONS),
      bare: await startChildServer('bench/api-bare-server.ts', env, NODE_OPTIONS),
    };
    const runs: Record<'ours' | 'bare', LoadResult[]> = { ours: [], bare: [] };
    try {
      await checkAnswers(servers.ours.url, sampleRequests(workload), 'Our server');
      await checkAnswers(servers.bare.url, sampleRequests(workload), 'The bare handler');
      const run = async (side: 'ours' | 'bare', seconds: number, seed: number): Promise<LoadResult> => {
        await ageSessions(app);
        const result = await runLoad(servers[side].url, mixRequests(workload, seed), {
          seconds,
          connections: CONNECTIONS,
          cpuSeconds: servers[side].cpuSeconds,
        });
        requireSuccess(result, side === 'ours' ? 'Our server' : 'The bare handler', servers[side].output());
        return result;
      };
      for (const side of ['ours', 'bare'] as const) await run(side, WARMUP_SECONDS, 99);
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the order so neither side always runs on the warmer (or fuller) store.
        for (const side of round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
          const result = await run(side, SECONDS, round + 1);
          runs[side].push(result);
          const figures = sideFigures([result]);
          say(
            `  ${store} round ${round + 1} ${side}: ${Math.round(result.perSecond)} req/s, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, server CPU ${result.serverCpuMs.toFixed(2)} ms/request (load ${loadAverage()})`,
          );
        }
      }
    } finally {
      await servers.ours.stop();
      await servers.bare.stop();
    }
    const after = await countRows(app);
    const verified = await verifyLedger(app.database);
    if (!verified.ok) throw new Error(`the ledger does not verify after the runs: ${verified.message}`);
    return {
      store,
      isSqlite: config.databaseUrl === undefined,
      ours: runs.ours,
      bare: runs.bare,
      verifiedEvents: verified.count,
      flagsRaised: after.flags - before.flags,
      seededEvents: before.events,
      openScreenings: workload.openScreenings,
      assignedScreenings: workload.assignedScreenings,
      sessions: workload.sessions.length,
    };
  } finally {
    await app.database.close();
  }
}

// A throwaway cluster with PostgreSQL's defaults (fsync and synchronous_commit on), one database for the run.
async function measurePostgres(): Promise<StoreFigures> {
  const cluster = await startThrowawayCluster({ durable: true });
  const pgDir = mkdtempSync(join(tmpdir(), 'refuge-bench-api-pg-'));
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database refuge_bench_api');
    const { rows } = await admin.query<{ version: string }>(
      "select current_setting('server_version') as version",
    );
    await admin.end();
    return await measureStore(`PostgreSQL ${rows[0]!.version.split(' ')[0]}, loopback TCP, fsync on`, {
      dataDir: pgDir,
      databaseUrl: cluster.url.replace(/\/postgres$/, '/refuge_bench_api'),
    });
  } finally {
    await cluster.stop();
    rmSync(pgDir, { recursive: true, force: true });
  }
}

const loadBefore = loadAverage();
say(
  `bench api: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, ${CASES} cases (load ${loadBefore})`,
);
const stores: StoreFigures[] = [];
if (STORES.includes('sqlite')) {
  const sqliteDir = mkdtempSync(join(tmpdir(), 'refuge-bench-api-'));
  try {
    stores.push(await measureStore('SQLite, WAL, synchronous=FULL (as `npm start`)', { dataDir: sqliteDir }));
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
}
if (STORES.includes('postgres')) stores.push(await measurePostgres());

const section = apiSection(stores, {
  seconds: SECONDS,
  connections: CONNECTIONS,
  rounds: ROUNDS,
  warmupSeconds: WARMUP_SECONDS,
  cases: CASES,
  loadBefore,
  loadAfter: loadAverage(),
});
writeSection('api-mix', section);
process.stdout.write(`${section}\n`);
