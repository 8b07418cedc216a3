// `npm run bench`: transitions per second through the full service path (domain + transaction + ledger append +
// Ed25519 signature) against a bare insert of the same rows, on SQLite and PostgreSQL; then `verify` and `seed`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import pg from 'pg';
import { createAppContext, type AppContext } from '../src/server/app-context.ts';
import { recordEncounter } from '../src/server/cases/case.service.ts';
import { createUser } from '../src/server/users/user.service.ts';
import { SYSTEM_ACTOR_ID } from '../src/domain/ledger/ledger-event.ts';
import type { SqliteSynchronous } from '../src/server/config.ts';
import { openSqliteFile } from '../src/server/db/database.ts';
import { startThrowawayCluster } from '../test/postgres-cluster.ts';
import { seedCases } from '../src/synthetic/office/seed.service.ts';
import { verifyLedger } from '../src/server/ledger/ledger.verify.ts';
import { machineLine, median, rate, timeIt, writeSection } from './bench-stats.ts';

const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 2000);
const RUNS = 3;

interface Store {
  dataDir: string;
  databaseUrl: string | undefined;
  sqliteSynchronous?: SqliteSynchronous;
  dispose(): Promise<void>;
}

let aNumber = 100_000_000;
const encounter = (office: string) => ({
  person: { aNumber: String(aNumber++), familyName: 'SYNTHETIC', givenName: 'BENCH', nationality: 'GT' },
  office,
  track: 'expedited_removal',
  encounter: { at: '2020-02-01T10:00:00Z', place: 'El Paso', arrivedByLandFromMexico: true },
  isSynthetic: true,
});

async function servicePath(app: AppContext, intakeId: string): Promise<number> {
  const seconds = await timeIt(async () => {
    for (let i = 0; i < TRANSITIONS; i++) {
      const result = await recordEncounter(app, intakeId, encounter('ELP'));
      if (!result.ok) throw result.error;
    }
  });
  return TRANSITIONS / seconds;
}

// The same rows a recordEncounter writes (person, case, two ledger events, the head), precomputed, no domain, no hashing or signing.
function bareRows(i: number) {
  const id = randomUUID();
  const person = [randomUUID(), String(aNumber++), '{"synthetic":true}', '2020-02-01T10:00:00.000Z'];
  const kase = [
    id,
    person[0],
    'expedited_removal',
    'open',
    'ELP',
    '2020-02-01T10:00:00.000Z',
    '{"synthetic":true}',
    1,
    '2020-02-01T10:00:00.000Z',
  ];
  const event = (n: number) => [
    randomUUID(),
    'case.opened',
    'bench',
    id,
    '2020-02-01T10:00:00.000Z',
    '{"x":1}',
    'a'.repeat(64),
    `${'b'.repeat(60)}${String(i * 2 + n).padStart(4, '0')}`,
    's'.repeat(88),
  ];
  return { person, kase, events: [event(0), event(1)] };
}

function bareSqlite(file: string, synchronous: SqliteSynchronous | undefined): number {
  const db = openSqliteFile(file, synchronous);
  const insertPerson = db.prepare('insert into persons (id, a_number, data, created_at) values (?, ?, ?, ?)');
  const insertCase = db.prepare(
    'insert into cases (id, person_id, track, status, office, opened_at, data, version, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const head = db.prepare('select seq, hash from ledger_head where id = 1');
  const insertEvent = db.prepare(
    'insert into ledger_events (seq, id, type, actor_id, case_id, occurred_at, payload, prev_hash, hash, signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setHead = db.prepare('update ledger_head set seq = ?, hash = ? where id = 1');
  const write = db.transaction((rows: ReturnType<typeof bareRows>) => {
    insertPerson.run(...rows.person);
    insertCase.run(...rows.kase);
    let { seq } = head.get() as { seq: number };
    for (const e of rows.events) insertEvent.run(++seq, ...e);
    setHead.run(seq, rows.events[1]![7]);
  });
  const start = process.hrtime.bigint();
  for (let i = 0; i < TRANSITIONS; i++) write.immediate(bareRows(i));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  return TRANSITIONS / seconds;
}

async function barePostgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seconds = await timeIt(async () => {
    for (let i = 0; i < TRANSITIONS; i++) {
      const rows = bareRows(i + 1_000_000);
      await client.query('begin');
      await client.query(
        'insert into persons (id, a_number, data, created_at) values ($1, $2, $3, $4)',
        rows.person,
      );
      await client.query(
        'insert into cases (id, person_id, track, status, office, opened_at, data, version, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        rows.kase,
      );
      const {
        rows: [h],
      } = await client.query<{ seq: number }>('select seq from ledger_head where id = 1 for update');
      let seq = Number(h!.seq);
      for (const e of rows.events)
        await client.query(
          'insert into ledger_events (seq, id, type, actor_id, case_id, occurred_at, payload, prev_hash, hash, signature) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
          [++seq, ...e],
        );
      await client.query('update ledger_head set seq = $1, hash = $2 where id = 1', [
        seq,
        rows.events[1]![7],
      ]);
      await client.query('commit');
    }
  });
  await client.end();
  return TRANSITIONS / seconds;
}

function sqliteStore(sqliteSynchronous: SqliteSynchronous): Store {
  const dataDir = mkdtempSync(join(tmpdir(), 'refuge-bench-'));
  return {
    dataDir,
    databaseUrl: undefined,
    sqliteSynchronous,
    dispose: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
}

async function measure(
  dialect: 'sqlite' | 'postgres',
  store: Store,
): Promise<{ service: number; bare: number }> {
  const app = await createAppContext(store);
  const intake = await createUser(app, SYSTEM_ACTOR_ID, {
    name: 'bench-intake',
    role: 'intake',
    office: 'ELP',
    password: 'synthetic-bench-password',
  });
  if (!intake.ok) throw intake.error;
  const service: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither side always runs on a warmer (or fuller) store.
    const order = run % 2 === 0 ? ['service', 'bare'] : ['bare', 'service'];
    for (const side of order) {
      if (side === 'service') service.push(await servicePath(app, intake.value.id));
      else
        bare.push(
          dialect === 'sqlite'
            ? bareSqlite(app.database.file!, store.sqliteSynchronous)
            : await barePostgres(store.databaseUrl!),
        );
    }
    process.stderr.write(
      `  ${dialect} run ${run + 1}: service ${rate(service.at(-1)!)}/s, bare ${rate(bare.at(-1)!)}/s\n`,
    );
  }
  await app.database.close();
  return { service: median(service), bare: median(bare) };
}

const results: Array<[string, { service: number; bare: number }]> = [];
process.stderr.write(`bench core: ${TRANSITIONS} transitions × ${RUNS} runs per side\n`);
for (const synchronous of ['full', 'normal'] as const) {
  const sqlite = sqliteStore(synchronous);
  results.push([
    `SQLite, WAL, synchronous=${synchronous.toUpperCase()}${synchronous === 'full' ? ' (default)' : ''}`,
    await measure('sqlite', sqlite),
  ]);
  await sqlite.dispose();
}
for (const durable of [true, false]) {
  const cluster = await startThrowawayCluster({ durable });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database refuge_bench');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/refuge_bench');
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-bench-pg-'));
    results.push([
      `PostgreSQL 15, loopback TCP, ${durable ? 'fsync on (default)' : 'fsync off'}`,
      await measure('postgres', { dataDir, databaseUrl: url, dispose: () => Promise.resolve() }),
    ]);
    rmSync(dataDir, { recursive: true, force: true });
  } finally {
    await cluster.stop();
  }
}

const rows = results.map(
  ([name, r]) => `| ${name} | ${rate(r.service)} | ${rate(r.bare)} | ${(r.service / r.bare).toFixed(2)} |`,
);
writeSection(
  'core-transitions',
  [
    '## Transitions through the full service path',
    '',
    machineLine(),
    '',
    "With durable commits the disk's flush dominates both sides; the rows without it show the software's own cost.",
    '',
    `Transition: \`recordEncounter\` (validate the A-number and encounter, open the case: person + case rows, two ledger events hashed and Ed25519-signed, head updated) — one transaction each, ${TRANSITIONS} per run, median of ${RUNS} runs. Baseline: the same rows inserted in one transaction each with prepared statements, no domain, no hashing or signing, in the same process.`,
    '',
    '| store | service path (transitions/s) | bare insert (transitions/s) | ratio |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
for (const line of rows) process.stdout.write(`${line}\n`);

// ── seed and verify ────────────────────────────────────────────────────────────────────────────────────────────
const SEED_CASES = Number(process.env.BENCH_SEED_CASES ?? 100_000);

function bareEd25519(kind: 'sign' | 'verify', count: number): number {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const digest = createHash('sha256').update('refuge').digest();
  const signature = sign(null, digest, privateKey);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    if (kind === 'sign') sign(null, digest, privateKey);
    else verify(null, digest, publicKey, signature);
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

const seedRuns: Array<{ casesPerSecond: number; eventsPerSecond: number; events: number }> = [];
let lastSeeded: Store | undefined;
for (let run = 0; run < RUNS; run++) {
  const store = sqliteStore('full');
  const app = await createAppContext(store);
  const started = process.hrtime.bigint();
  const seeded = await seedCases(app, { cases: SEED_CASES, seed: 1 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!seeded.ok) throw seeded.error;
  seedRuns.push({
    casesPerSecond: SEED_CASES / seconds,
    eventsPerSecond: seeded.value.events / seconds,
    events: seeded.value.events,
  });
  process.stderr.write(
    `  seed run ${run + 1}: ${rate(SEED_CASES / seconds)} cases/s (${rate(seeded.value.events)} events)\n`,
  );
  await app.database.close();
  if (lastSeeded) rmSync(lastSeeded.dataDir, { recursive: true, force: true });
  lastSeeded = store;
}
const verifyApp = await createAppContext(lastSeeded!);
const full: number[] = [];
const withCheckpoint: number[] = [];
let verifiedCount = 0;
for (let run = 0; run < RUNS; run++) {
  let result: Awaited<ReturnType<typeof verifyLedger>> | undefined;
  const seconds = await timeIt(async () => {
    result = await verifyLedger(verifyApp.database);
  });
  if (!result?.ok) throw new Error('the seeded ledger did not verify');
  verifiedCount = result.count;
  full.push(result.count / seconds);
  const checkpoint = { count: result.count, hash: result.head };
  const checkpointSeconds = await timeIt(() => verifyLedger(verifyApp.database, { checkpoint }));
  withCheckpoint.push(result.count / checkpointSeconds);
  process.stderr.write(
    `  verify run ${run + 1}: ${rate(full.at(-1)!)} events/s full, ${rate(withCheckpoint.at(-1)!)} events/s from a checkpoint\n`,
  );
}
await verifyApp.database.close();
rmSync(lastSeeded!.dataDir, { recursive: true, force: true });
const bareVerify = bareEd25519('verify', 20_000);
const bareSign = bareEd25519('sign', 20_000);
const seedMedian = median(seedRuns.map((r) => r.casesPerSecond));
const seedEvents = median(seedRuns.map((r) => r.eventsPerSecond));
const verifyMedian = median(full);
const checkpointMedian = median(withCheckpoint);
const seedRows = [
  `| \`seed --cases ${SEED_CASES.toLocaleString('en-US')}\` (SQLite) | ${rate(seedMedian)} cases/s (${rate(seedEvents)} signed events/s; ${rate(seedRuns[0]!.events)} events) | bare Ed25519 signing, one core: ${rate(bareSign)}/s | ${(seedEvents / bareSign).toFixed(2)} |`,
  `| \`verify\`, full (${rate(verifiedCount)} events, SQLite) | ${rate(verifyMedian)} events/s | bare Ed25519 verification, one core: ${rate(bareVerify)}/s | ${(verifyMedian / bareVerify).toFixed(2)} |`,
  `| \`verify --checkpoint\` at the head (every hash and link, no signature) | ${rate(checkpointMedian)} events/s | bare Ed25519 verification, one core: ${rate(bareVerify)}/s | ${(checkpointMedian / bareVerify).toFixed(2)} |`,
];
writeSection(
  'core-seed-verify',
  [
    '## Seed and verify',
    '',
    machineLine(),
    '',
    `Median of ${RUNS} runs. The baseline is the bare cryptographic operation in a loop in the same process; signing and verifying Ed25519 dominate both commands, so the ratio says how close each gets to that bound (verification uses one worker thread per core). A million events verify in about ${(1_000_000 / verifyMedian).toFixed(0)} s at this rate.`,
    '',
    '| command | median rate | baseline | ratio |',
    '|---|---|---|---|',
    ...seedRows,
  ].join('\n'),
);
for (const line of seedRows) process.stdout.write(`${line}\n`);
