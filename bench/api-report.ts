// The API benchmark's section of BENCHMARKS.md: per store, ours against the bare handler (req/s, p50, p99, failures,
// ratio), each kind of request's latency, whether the aims were met, and how the figures were taken.
import { machineLine, median, percentile, rate } from './bench-stats.ts';
import { REQUEST_KINDS } from './api-mix.ts';
import type { LoadResult } from './api-load.ts';

/** One store's runs, each side in run order, and what the store held and checked. */
export interface StoreFigures {
  store: string;
  isSqlite: boolean;
  ours: LoadResult[];
  bare: LoadResult[];
  /** Events in the ledger when verification ended (undefined when it failed). */
  verifiedEvents: number;
  /** Flags raised during the runs (the bare handler raises none; ours should not either). */
  flagsRaised: number;
  seededEvents: number;
  openScreenings: number;
  assignedScreenings: number;
  sessions: number;
}

/** How the runs were made. */
export interface ApiSettings {
  seconds: number;
  connections: number;
  rounds: number;
  warmupSeconds: number;
  cases: number;
  loadBefore: string;
  loadAfter: string;
}

/** The figures of one side, pooled over its runs. */
export function sideFigures(runs: readonly LoadResult[]) {
  const latencies = runs.flatMap((r) => r.latenciesMs);
  return {
    perSecond: median(runs.map((r) => r.perSecond)),
    cpuMs: median(runs.map((r) => r.serverCpuMs)),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    byKind: (kind: (typeof REQUEST_KINDS)[number]) => {
      const values = runs.flatMap((r) => r.byKind.get(kind) ?? []);
      return `${ms(percentile(values, 50))} / ${ms(percentile(values, 99))}`;
    },
  };
}

const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const met = (isMet: boolean): string => (isMet ? 'met' : '**not met**');

/** The section's markdown. */
export function apiSection(stores: readonly StoreFigures[], settings: ApiSettings): string {
  const rows: string[] = [];
  const aims: string[] = [];
  for (const s of stores) {
    const ours = sideFigures(s.ours);
    const bare = sideFigures(s.bare);
    const ratio = ours.perSecond / bare.perSecond;
    rows.push(
      `| ${s.store} | ours: Hono + zod + need-to-know policy | ${rate(ours.perSecond)} | ${ms(ours.p50)} | ${ms(ours.p99)} | ${ours.cpuMs.toFixed(2)} | ${ours.failures} / ${ours.errors} | **${ratio.toFixed(2)}** |`,
      `| | bare: node:http + ${s.isSqlite ? 'better-sqlite3' : 'pg'} | ${rate(bare.perSecond)} | ${ms(bare.p50)} | ${ms(bare.p99)} | ${bare.cpuMs.toFixed(2)} | ${bare.failures} / ${bare.errors} | |`,
    );
    aims.push(
      `ratio ≥ 0.6 on ${s.store.split(',')[0]}: ${ratio.toFixed(2)} by req/s, ${met(ratio >= 0.6)} (by server CPU per request, bare / ours: ${(bare.cpuMs / ours.cpuMs).toFixed(2)})`,
    );
    if (s.isSqlite) aims.push(`p99 < 100 ms on SQLite: ${ms(ours.p99)} ms, ${met(ours.p99 < 100)}`);
  }
  const kindRows = REQUEST_KINDS.map(
    (kind) =>
      `| ${kind} | ${stores.flatMap((s) => [sideFigures(s.ours).byKind(kind), sideFigures(s.bare).byKind(kind)]).join(' | ')} |`,
  );
  const runs = stores.map(
    (s) =>
      `${s.store.split(',')[0]}: ours ${s.ours.map((r) => rate(r.perSecond)).join(', ')}; bare ${s.bare.map((r) => rate(r.perSecond)).join(', ')}`,
  );
  const first = stores[0]!;
  const checks = stores.map(
    (s) =>
      `${s.store.split(',')[0]} ${rate(s.verifiedEvents)} events, ${s.flagsRaised} flag${s.flagsRaised === 1 ? '' : 's'} raised during the runs`,
  );
  return [
    '## API: the realistic mix through the server against a bare handler',
    '',
    machineLine(),
    `Load average (1, 5, 15 min) before: \`${settings.loadBefore}\`; after: \`${settings.loadAfter}\` (2 cores shared with other jobs, so the figures are noisy; the two servers alternate within each round, the order swapped each round).`,
    '',
    `Settings: ${settings.connections} connections (autocannon, keep-alive, loopback) for ${settings.seconds} s per run, ${settings.rounds} round${settings.rounds === 1 ? '' : 's'} of ours and bare after a ${settings.warmupSeconds} s warm-up of each, on a settled store (PostgreSQL: \`VACUUM ANALYZE\` and a checkpoint after seeding; SQLite: the WAL checkpointed). Each server runs in its own Node process; autocannon runs in the benchmark's. Store: the demo office (\`seed\` ${settings.cases.toLocaleString('en-US')} cases, ${rate(first.seededEvents)} signed events) plus ${first.openScreenings} fresh fear claims (${first.assignedScreenings} assigned) so the queues have items; ${first.sessions} signed-in sessions (22 staff, 2 each), each touched once per run (its last use is set back past the 60 s touch interval before every run, for both servers).`,
    '',
    'Mix, each connection looping over ten requests: 3 case pages, 2 timelines (hashes and signatures checked), 1 officer\u2019s queue, 1 office queue (a bucket at random) — 70% reads, every one written to the access log (a queue page logs each case it shows); 3 harm reports (POST) — 30% writes, each with its signed ledger append in one transaction. Cases and users are drawn at random (seeded). Both servers answer a request only after its transaction, log row included, has committed (no group commit on either side).',
    '',
    '| store | server | req/s (median of runs) | p50 ms | p99 ms | server CPU ms/req | non-2xx / errors | ours / bare (req/s) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Runs (req/s) — ${runs.join('; ')}. Server CPU is the server process's user + system time per answered request (on SQLite it includes executing the SQL, which runs in the process; on PostgreSQL that work is the database server's and not counted).`,
    '',
    `Aims: ${aims.join('; ')}.`,
    '',
    `p50 / p99 ms per kind of request (runs pooled):`,
    '',
    `| request | ${stores.flatMap((s) => [`${s.store.split(',')[0]} ours`, `${s.store.split(',')[0]} bare`]).join(' | ')} |`,
    `|---|${stores.flatMap(() => ['---', '---']).join('|')}|`,
    ...kindRows,
    '',
    `Checked after the runs: the ledger verifies end to end (\`verifyLedger\`: ${checks.join('; ')}).`,
    '',
    'The bare handler (`bench/api-bare-server.ts`, its header says exactly what it does and leaves out) looks the session up by its token\u2019s hash and touches it by the same 60 s rule, checks the CSRF header on writes, runs the same SELECTs, writes the same access-log rows, and appends the same hashed, Ed25519-signed event in the write\u2019s transaction; it leaves out the framework, validation, the need-to-know policy (four reads per case request and the decision), the domain rules (deadlines, offered actions) and presentation.',
    '',
    'Commands: `npm run bench` (the core figures, then this) or `npm run bench:api` alone; `BENCH_API_SECONDS` (default 15), `BENCH_API_CONNECTIONS` (50), `BENCH_API_ROUNDS` (2), `BENCH_API_CASES` (2,000), `BENCH_API_STORES` (`sqlite,postgres`), `BENCH_API_NODE_OPTIONS` (extra flags for both servers\u2019 Node, e.g. `--cpu-prof`).',
  ].join('\n');
}
