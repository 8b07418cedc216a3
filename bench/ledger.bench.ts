// `npm run bench:ledger`: what the log's Merkle tree costs and what it serves.
//  1. transitions/s through the full service path with the tree against without it (same process, SQLite);
//  2. checkpoints signed per second;
//  3. inclusion and consistency proofs generated and verified per second in a log of LEDGER_BENCH_EVENTS leaves;
//  4. the time to verify that log from a trusted checkpoint.
// A log of a million events is built as leaves only (straight into ledger_tree, with every subtree they close), or
// read from a seeded store when LEDGER_BENCH_DATA_DIR points at one (parts 3 and 4 then also run on it).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createAppContext, type AppContext } from '../src/server/app-context.ts';
import { recordEncounter } from '../src/server/cases/case.service.ts';
import { createUser } from '../src/server/users/user.service.ts';
import { SYSTEM_ACTOR_ID } from '../src/domain/ledger/ledger-event.ts';
import type { SqliteSynchronous } from '../src/server/config.ts';
import { openSqliteFile } from '../src/server/db/database.ts';
import { toHex, fromHex, bytesEqual } from '../src/domain/ledger/bytes.ts';
import {
  appendLeaves,
  checkConsistency,
  checkInclusion,
  CompactTree,
  frontier,
  nodeId,
} from '../src/domain/ledger/merkle.ts';
import { LOG_HASHER, readRootHash } from '../src/server/ledger/merkle-tree.repository.ts';
import {
  getConsistencyProof,
  getInclusionProof,
  type ConsistencyProof,
  type InclusionProof,
} from '../src/server/ledger/proof.service.ts';
import { getLogVerifierKey, signCheckpoint } from '../src/server/ledger/checkpoint.service.ts';
import { findLatestCheckpoint } from '../src/server/ledger/checkpoint.repository.ts';
import { checkTreeNodes } from '../src/server/ledger/checkpoint-verify.ts';
import { getHead } from '../src/server/ledger/ledger.repository.ts';
import { verifyLedger } from '../src/server/ledger/ledger.verify.ts';
import { isSignedByLog, parseCheckpoint, parseVerifierKey } from '../src/domain/ledger/signed-note.ts';
import { machineLine, median, percentile, rate, timeIt, writeSection } from './bench-stats.ts';

const RUNS = 3;
// The tree's cost is a small difference between two noisy rates (a commit's fsync on a shared disk): more runs.
const COST_RUNS = Number(process.env.LEDGER_BENCH_COST_RUNS ?? 5);
const TRANSITIONS = Number(process.env.LEDGER_BENCH_TRANSITIONS ?? 4000);
const EVENTS = Number(process.env.LEDGER_BENCH_EVENTS ?? 1_000_000);
const CHECKPOINTS = Number(process.env.LEDGER_BENCH_CHECKPOINTS ?? 500);
const PROOFS = Number(process.env.LEDGER_BENCH_PROOFS ?? 2000);
const DATA_DIR = process.env.LEDGER_BENCH_DATA_DIR;
if (!(EVENTS > RUNS * CHECKPOINTS + 1))
  throw new Error(
    `LEDGER_BENCH_EVENTS (${EVENTS}) must exceed ${RUNS} × LEDGER_BENCH_CHECKPOINTS (${CHECKPOINTS}) + 1: each checkpoint signs a fresh size`,
  );

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
const log = (line: string) => process.stderr.write(`${line}\n`);
/** How many seconds a synchronous piece of work took. */
function secondsOf(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
const ms = (perSecond: number): string => (1000 / perSecond).toFixed(3);

function throwawayDir(): { dataDir: string; dispose(): void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'refuge-ledger-bench-'));
  return { dataDir, dispose: () => rmSync(dataDir, { recursive: true, force: true }) };
}

// A small deterministic generator, so every run asks for the same leaves and sizes.
function numbers(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

// ── 1. the tree's cost on a transition ──────────────────────────────────────────────────────────────────────────
let aNumber = 200_000_000;
const encounter = () => ({
  person: { aNumber: String(aNumber++), familyName: 'SYNTHETIC', givenName: 'BENCH', nationality: 'GT' },
  office: 'ELP',
  track: 'expedited_removal',
  encounter: { at: '2020-02-01T10:00:00Z', place: 'El Paso', arrivedByLandFromMexico: true },
  isSynthetic: true,
});

async function transitionStore(
  synchronous: SqliteSynchronous,
  withTree: boolean,
): Promise<{ app: AppContext; intakeId: string; dispose(): Promise<void> }> {
  const dir = throwawayDir();
  const app = await createAppContext({
    dataDir: dir.dataDir,
    databaseUrl: undefined,
    sqliteSynchronous: synchronous,
  });
  // The seam: appends on this store skip the tree (no leaf hash, no tree SQL). The genesis event already has its leaf.
  if (!withTree) app.database.benchSkipsMerkleTree = true;
  const intake = await createUser(app, SYSTEM_ACTOR_ID, {
    name: 'bench-intake',
    role: 'intake',
    office: 'ELP',
    password: 'synthetic-bench-password',
  });
  if (!intake.ok) throw intake.error;
  return {
    app,
    intakeId: intake.value.id,
    dispose: async () => {
      await app.database.close();
      dir.dispose();
    },
  };
}

async function transitionsPerSecond(app: AppContext, intakeId: string): Promise<number> {
  const seconds = await timeIt(async () => {
    for (let i = 0; i < TRANSITIONS; i++) {
      const result = await recordEncounter(app, intakeId, encounter());
      if (!result.ok) throw result.error;
    }
  });
  return TRANSITIONS / seconds;
}

async function treeCost(synchronous: SqliteSynchronous): Promise<{ withTree: number; without: number }> {
  const stores = {
    with: await transitionStore(synchronous, true),
    without: await transitionStore(synchronous, false),
  };
  const withTree: number[] = [];
  const without: number[] = [];
  for (let run = 0; run < COST_RUNS; run++) {
    // Alternate the order so neither side always runs second (on a warmer process, or a busier disk).
    const order = run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const side of order) {
      const store = stores[side];
      const perSecond = await transitionsPerSecond(store.app, store.intakeId);
      (side === 'with' ? withTree : without).push(perSecond);
    }
    log(
      `  ${synchronous} run ${run + 1}: with the tree ${rate(withTree.at(-1)!)}/s, without ${rate(without.at(-1)!)}/s`,
    );
  }
  await stores.with.dispose();
  await stores.without.dispose();
  return { withTree: median(withTree), without: median(without) };
}

// ── the million-leaf log ────────────────────────────────────────────────────────────────────────────────────────
const leafHash = (i: number): Buffer =>
  createHash('sha256')
    .update(Buffer.from([0]))
    .update(`bench leaf ${i}`)
    .digest();

/** Fills a fresh store's tree up to `size` leaves (after its genesis leaf) straight into ledger_tree, with every
 * perfect subtree the leaves close (computed by the append's own `appendLeaves`), and moves the head's seq there.
 * The events table keeps only its genesis event: this log is its tree, which is what proofs and checkpoints read. */
function fillTree(file: string, size: number): void {
  const db = openSqliteFile(file, 'normal');
  const readNode = db.prepare('select hash from ledger_tree where id = ?').pluck();
  const insert = db.prepare('insert into ledger_tree (id, level, hash) values (?, ?, ?)');
  let current = (db.prepare('select seq from ledger_head where id = 1').pluck().get() as number) ?? 0;
  const chunk = 50_000;
  const fill = db.transaction((from: number, to: number) => {
    const edge = new Map(frontier(from).map((n) => [nodeId(n), fromHex(readNode.get(nodeId(n)) as string)!]));
    const leaves: Buffer[] = [];
    for (let i = from; i < to; i++) leaves.push(leafHash(i));
    for (const node of appendLeaves(LOG_HASHER, from, leaves, (n) => edge.get(nodeId(n))!))
      insert.run(nodeId(node), node.level, toHex(node.hash));
  });
  while (current < size) {
    const next = Math.min(size, current + chunk);
    fill(current, next);
    current = next;
  }
  db.prepare('update ledger_head set seq = ? where id = 1').run(size);
  db.close();
}

// ── 2. checkpoint signing ───────────────────────────────────────────────────────────────────────────────────────
/** Signs `count` checkpoints at fresh sizes below the head (each size signs once), timing only the signing. */
async function checkpointsPerSecond(app: AppContext, sizes: readonly number[]): Promise<number> {
  let seconds = 0;
  for (const size of sizes) {
    await app.database.db.updateTable('ledger_head').set({ seq: size }).where('id', '=', 1).execute();
    seconds += await timeIt(() => signCheckpoint(app));
  }
  return sizes.length / seconds;
}

// ── 3. proofs ───────────────────────────────────────────────────────────────────────────────────────────────────
interface ProofRates {
  inclusion: number;
  consistency: number;
  inclusionVerify: number;
  consistencyVerify: number;
  slowestMs: number;
  p99Ms: number;
  /** Proofs over the aim's 5 ms, and how many of them overlapped a garbage-collection pause of the process. */
  overAim: number;
  overAimInGc: number;
}

const AIM_MS = 5;

/** Records the process's garbage-collection pauses (start and end, performance.now() ms) while `work` runs. */
async function withGcPauses<T>(work: () => Promise<T>): Promise<{ value: T; pauses: [number, number][] }> {
  const pauses: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    const value = await work();
    await new Promise((resolve) => setImmediate(resolve)); // let the observer hear the last entries
    return { value, pauses };
  } finally {
    observer.disconnect();
  }
}

async function proofRates(app: AppContext, size: number, seed: number): Promise<ProofRates> {
  const next = numbers(seed);
  const root = await readRootHash(app.database.db, size);
  const times: number[] = [];
  const slow: [number, number][] = []; // proofs over the aim: start and end, performance.now() ms
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const value = await work();
    const end = performance.now();
    if (end - start > AIM_MS) slow.push([start, end]);
    times.push((end - start) / 1000);
    return [value, (end - start) / 1000];
  };
  // One of each, untimed: the first call compiles the code paths and warms the statement cache.
  await getInclusionProof(app, { index: 0 }, size);
  await getConsistencyProof(app, 1, size);
  const inclusions: InclusionProof[] = [];
  const consistencies: (ConsistencyProof & { root1: Uint8Array })[] = [];
  let inclusionSeconds = 0;
  let consistencySeconds = 0;
  const { pauses } = await withGcPauses(async () => {
    for (let i = 0; i < PROOFS; i++) {
      const [proof, seconds] = await timed(() => getInclusionProof(app, { index: next(size) }, size));
      if (!proof.ok) throw proof.error;
      inclusions.push(proof.value);
      inclusionSeconds += seconds;
    }
    for (let i = 0; i < PROOFS; i++) {
      const from = 1 + next(size - 1);
      const [proof, seconds] = await timed(() => getConsistencyProof(app, from, size));
      if (!proof.ok) throw proof.error;
      consistencies.push({ ...proof.value, root1: await readRootHash(app.database.db, from) });
      consistencySeconds += seconds;
    }
  });
  // Verification as a client does it: hex decoded up front (as a client parses the response), then the RFC check.
  const inclusionInputs = inclusions.map((p) => ({
    ...p,
    leaf: fromHex(p.leafHash)!,
    path: p.hashes.map((h) => fromHex(h)!),
  }));
  const inclusionVerifySeconds = secondsOf(() => {
    for (const p of inclusionInputs) {
      const why = checkInclusion(LOG_HASHER, p.leafIndex, p.treeSize, p.leaf, p.path, root);
      if (why) throw new Error(`inclusion proof of ${p.leafIndex} refused: ${why}`);
    }
  });
  const consistencyInputs = consistencies.map((p) => ({ ...p, path: p.hashes.map((h) => fromHex(h)!) }));
  const consistencyVerifySeconds = secondsOf(() => {
    for (const p of consistencyInputs) {
      const why = checkConsistency(LOG_HASHER, p.from, p.to, p.path, p.root1, root);
      if (why) throw new Error(`consistency proof from ${p.from} refused: ${why}`);
    }
  });
  return {
    inclusion: PROOFS / inclusionSeconds,
    consistency: PROOFS / consistencySeconds,
    inclusionVerify: PROOFS / inclusionVerifySeconds,
    consistencyVerify: PROOFS / consistencyVerifySeconds,
    slowestMs: Math.max(...times) * 1000,
    p99Ms: percentile(times, 99) * 1000,
    overAim: slow.length,
    overAimInGc: slow.filter(([start, end]) => pauses.some(([from, to]) => from < end && to > start)).length,
  };
}

async function medianProofRates(app: AppContext, size: number, where: string): Promise<ProofRates> {
  const runs: ProofRates[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await proofRates(app, size, run + 1));
    const r = runs.at(-1)!;
    log(
      `  proofs (${where}) run ${run + 1}: inclusion ${rate(r.inclusion)}/s, consistency ${rate(r.consistency)}/s, verify ${rate(r.inclusionVerify)}/s and ${rate(r.consistencyVerify)}/s, 99th percentile ${r.p99Ms.toFixed(2)} ms, slowest ${r.slowestMs.toFixed(2)} ms, ${r.overAim} over ${AIM_MS} ms (${r.overAimInGc} during a GC pause)`,
    );
  }
  const of = (key: keyof ProofRates) => median(runs.map((r) => r[key]));
  return {
    inclusion: of('inclusion'),
    consistency: of('consistency'),
    inclusionVerify: of('inclusionVerify'),
    consistencyVerify: of('consistencyVerify'),
    slowestMs: Math.max(...runs.map((r) => r.slowestMs)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    overAim: runs.reduce((n, r) => n + r.overAim, 0),
    overAimInGc: runs.reduce((n, r) => n + r.overAimInGc, 0),
  };
}

// ── 4. verifying the log from a trusted checkpoint ──────────────────────────────────────────────────────────────
/** The leaves-only log against its signed checkpoint: the note's signature by the log key, every stored node
 * against the node recomputed from the leaves (as `refuge verify` compares them), and the recomputed root against
 * the note's root. Returns the seconds it took. */
async function verifyTreeAgainstCheckpoint(app: AppContext, note: string): Promise<number> {
  const { db } = app.database;
  return timeIt(async () => {
    const checkpoint = parseCheckpoint(note);
    const key = parseVerifierKey((await getLogVerifierKey(app)).vkey);
    if (!checkpoint || !key || !(await isSignedByLog(checkpoint, key)))
      throw new Error('the checkpoint is not signed by the log key');
    let nodes: { id: number; hash: Uint8Array }[] = [];
    const tree = new CompactTree(LOG_HASHER, (node, hash) => nodes.push({ id: nodeId(node), hash }));
    let afterId = -1;
    while (tree.size < checkpoint.size) {
      const page = await db
        .selectFrom('ledger_tree')
        .select(['id', 'hash'])
        .where('level', '=', 0)
        .where('id', '>', afterId)
        .where('id', '<', 2 * checkpoint.size)
        .orderBy('id')
        .limit(5000)
        .execute();
      if (page.length === 0)
        throw new Error(`the tree has ${tree.size} leaves, the checkpoint ${checkpoint.size}`);
      for (const row of page) tree.append(fromHex(row.hash)!);
      afterId = Number(page.at(-1)!.id);
      const differing = await checkTreeNodes(app.database, nodes);
      if (differing) throw new Error(differing.message);
      nodes = [];
    }
    if (!bytesEqual(tree.root(), checkpoint.rootHash))
      throw new Error('the leaves do not hash to the checkpoint root');
  });
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────
const started = process.hrtime.bigint();
log(
  `bench ledger: ${TRANSITIONS} transitions × ${COST_RUNS}, ${EVENTS.toLocaleString('en-US')} leaves, ${CHECKPOINTS} checkpoints, ${PROOFS} proofs of each kind, × ${RUNS} runs${DATA_DIR ? `; seeded store ${DATA_DIR}` : ''}`,
);

const costs: Array<[SqliteSynchronous, { withTree: number; without: number }]> = [];
for (const synchronous of ['full', 'normal'] as const) costs.push([synchronous, await treeCost(synchronous)]);

const leafDir = throwawayDir();
{
  const app = await createAppContext({ dataDir: leafDir.dataDir, databaseUrl: undefined });
  await app.database.close();
}
const buildSeconds = secondsOf(() => fillTree(join(leafDir.dataDir, 'refuge.sqlite'), EVENTS));
log(`  built ${EVENTS.toLocaleString('en-US')} leaves in ${buildSeconds.toFixed(1)} s`);
const leafApp = await createAppContext({ dataDir: leafDir.dataDir, databaseUrl: undefined });

// Checkpoints at the sizes just below the head, a fresh one each; the last one signed is at the head itself.
const checkpointRuns: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const first = EVENTS - (RUNS - run) * CHECKPOINTS;
  const sizes = Array.from({ length: CHECKPOINTS }, (_, i) => first + i + 1);
  checkpointRuns.push(await checkpointsPerSecond(leafApp, sizes));
  log(`  checkpoints run ${run + 1}: ${rate(checkpointRuns.at(-1)!)}/s`);
}
const headCheckpoint = await signCheckpoint(leafApp); // at EVENTS: the last run's last size

const leafProofs = await medianProofRates(leafApp, EVENTS, 'leaves');

const treeVerify: number[] = [];
for (let run = 0; run < RUNS; run++) {
  treeVerify.push(await verifyTreeAgainstCheckpoint(leafApp, headCheckpoint.note));
  log(`  tree against the checkpoint run ${run + 1}: ${treeVerify.at(-1)!.toFixed(2)} s`);
}
await leafApp.database.close();
leafDir.dispose();

let seeded: { events: number; proofs: ProofRates; verifySeconds: number; withNote: boolean } | undefined;
if (DATA_DIR) {
  const app = await createAppContext({ dataDir: DATA_DIR, databaseUrl: undefined });
  const head = await getHead(app.database.db);
  const latest = await findLatestCheckpoint(app.database.db);
  const proofs = await medianProofRates(app, head.seq, 'seeded store');
  const verifySeconds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let result: Awaited<ReturnType<typeof verifyLedger>> | undefined;
    verifySeconds.push(
      await timeIt(async () => {
        result = await verifyLedger(app.database, {
          checkpoint: { count: head.seq, hash: head.hash },
          ...(latest ? { note: latest.note } : {}),
        });
      }),
    );
    if (!result?.ok) throw new Error(`the seeded ledger did not verify: ${JSON.stringify(result)}`);
    log(`  verifyLedger from the checkpoint run ${run + 1}: ${verifySeconds.at(-1)!.toFixed(2)} s`);
  }
  await app.database.close();
  seeded = { events: head.seq, proofs, verifySeconds: median(verifySeconds), withNote: latest !== undefined };
}

const loadAfter = load();
const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const events = EVENTS.toLocaleString('en-US');
const costRows = costs.map(
  ([synchronous, c]) =>
    `| SQLite, WAL, synchronous=${synchronous.toUpperCase()}${synchronous === 'full' ? ' (default)' : ''} | ${rate(c.withTree)} | ${rate(c.without)} | ${(c.withTree / c.without).toFixed(3)} | ${((1 - c.withTree / c.without) * 100).toFixed(1)}% |`,
);
const proofRows = (p: ProofRates, where: string) => [
  `| inclusion proof, generated (\`getInclusionProof\`), ${where} | ${rate(p.inclusion)} | ${ms(p.inclusion)} |`,
  `| consistency proof, generated (\`getConsistencyProof\`), ${where} | ${rate(p.consistency)} | ${ms(p.consistency)} |`,
  `| inclusion proof, verified (\`checkInclusion\`), ${where} | ${rate(p.inclusionVerify)} | ${ms(p.inclusionVerify)} |`,
  `| consistency proof, verified (\`checkConsistency\`), ${where} | ${rate(p.consistencyVerify)} | ${ms(p.consistencyVerify)} |`,
];
const body = [
  '## The ledger: the Merkle tree, checkpoints and proofs',
  '',
  machineLine(),
  `Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}. Whole run: ${totalSeconds.toFixed(0)} s.`,
  '',
  `### The tree's cost on a transition`,
  '',
  `Transition: \`recordEncounter\` through the full service path (two ledger events, hashed, signed, appended), ${TRANSITIONS} per run, median of ${COST_RUNS} runs, the two sides alternating which goes first, on two SQLite stores in the same process. Without the tree: the store's \`benchSkipsMerkleTree\` seam (set only by this benchmark) makes the append skip the leaf hash and the tree's SQL (reading the right edge, inserting the leaves and the subtrees they close); everything else is the same code. Aim: the tree costs at most 10% of throughput.`,
  '',
  "| store | with the tree (transitions/s) | without (transitions/s) | ratio | tree's share |",
  '|---|---|---|---|---|',
  ...costRows,
  '',
  '### Checkpoints, proofs and verification at ' + events + ' events',
  '',
  `The log of ${events} leaves is built straight into the tree table (the leaves and every subtree they close, as the append computes them) in ${buildSeconds.toFixed(0)} s; the events table holds only its genesis event, so these figures are the tree's own. Checkpoint signing (\`signCheckpoint\`: the head's lock, the root from the stored nodes, an Ed25519 signature of the note, its row committed with synchronous=FULL) at ${CHECKPOINTS} fresh sizes per run. Proofs: ${PROOFS} of each kind per run at random leaves and older sizes, through the proof service (a store read of the head and the nodes); verification runs RFC 9162's check on the proofs (their hex decoded beforehand). One proof of each kind is generated before the timing starts, so the slowest excludes the first, cold call. Rates are medians of ${RUNS} runs. Of the ${RUNS * 2 * PROOFS} proofs generated, 99% took at most ${leafProofs.p99Ms.toFixed(2)} ms (the worst run's 99th percentile) and the slowest ${leafProofs.slowestMs.toFixed(2)} ms (aim: any proof < ${AIM_MS} ms); ${leafProofs.overAim} took over ${AIM_MS} ms, ${leafProofs.overAimInGc} of them while the process was paused for garbage collection.`,
  '',
  '| operation | median rate (/s) | mean time (ms) |',
  '|---|---|---|',
  `| checkpoint signed | ${rate(median(checkpointRuns))} | ${ms(median(checkpointRuns))} |`,
  ...proofRows(leafProofs, `${events} leaves`),
  ...(seeded
    ? proofRows(seeded.proofs, `seeded store, ${seeded.events.toLocaleString('en-US')} events`)
    : []),
  ...(seeded
    ? [
        '',
        `On the seeded store 99% of the proofs took at most ${seeded.proofs.p99Ms.toFixed(2)} ms and the slowest ${seeded.proofs.slowestMs.toFixed(2)} ms.`,
      ]
    : []),
  '',
  '### Verifying the log from a trusted checkpoint',
  '',
  '| what is verified | events | median time (s) | events/s |',
  '|---|---|---|---|',
  `| the tree against the signed checkpoint at its head: the note's log-key signature, every stored node against the one recomputed from the leaves, the recomputed root against the note's (leaves only: no event bodies, links or signatures) | ${events} | ${median(treeVerify).toFixed(2)} | ${rate(EVENTS / median(treeVerify))} |`,
  ...(seeded
    ? [
        `| \`verifyLedger\` from a checkpoint at the head (every event's hash and link, the tree recomputed and compared node by node, the stored checkpoints${seeded.withNote ? ' and the latest note' : ''}; signatures after the checkpoint only, so none) | ${seeded.events.toLocaleString('en-US')} | ${seeded.verifySeconds.toFixed(2)} | ${rate(seeded.events / seeded.verifySeconds)} |`,
      ]
    : []),
  '',
  `Command: \`npm run bench:ledger\` (\`LEDGER_BENCH_EVENTS=${EVENTS} LEDGER_BENCH_TRANSITIONS=${TRANSITIONS} LEDGER_BENCH_COST_RUNS=${COST_RUNS} LEDGER_BENCH_CHECKPOINTS=${CHECKPOINTS} LEDGER_BENCH_PROOFS=${PROOFS}\`${DATA_DIR ? ` \`LEDGER_BENCH_DATA_DIR=${DATA_DIR}\`` : ''}).`,
].join('\n');
writeSection('ledger', body);
process.stdout.write(`${body}\n`);
