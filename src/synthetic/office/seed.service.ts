// `refuge seed`: fills a store with a deterministic synthetic MPP-era office. Stories are generated in memory through
// the domain's transitions and written in large batches (one transaction each) with their signed ledger events; on
// request the office's current workload (open cases dated just before the clock) follows.
import { AppError, fail, ok, type Result } from '../../domain/errors.ts';
import type { AppContext } from '../../server/app-context.ts';
import { countCases, findCase } from '../../server/cases/case.repository.ts';
import { isUniqueViolation } from '../../server/db/store-errors.ts';
import type { SeededCase } from './case-run.ts';
import { generateStory, type StoryWorld } from './case-story.ts';
import { hashSeed } from '../random.ts';
import { generateCurrentWorkload } from './current-workload.ts';
import { ensureSyntheticStaff } from './seed-users.ts';
import { filePendingNotices } from './workload-notices.ts';
import { writeSeedBatch } from './seed-writer.ts';
import { startSignPool, type SignPool } from './sign-pool.ts';
import { availableParallelism } from 'node:os';
import type { BatchSigner } from '../../server/ledger/ledger.repository.ts';
import type { Signer } from '../../server/ledger/signing-keys.ts';

/** The most cases one run may ask for. */
export const MAX_SEED_CASES = 10_000_000;

/** What to seed. */
export interface SeedOptions {
  cases: number;
  /** Same seed, same records and ids (default 1). */
  seed?: number | string;
  /** Add the synthetic cases to a store that already holds cases (default: refuse). */
  force?: boolean;
  /** `demo`: the synthetic users get the published demo password, and the store becomes a demo store (it listens on
   * loopback only); `random` (default): an unguessable password nobody is told. */
  passwords?: 'demo' | 'random';
  /** Add the current workload after the historical cases: a few dozen open cases per office dated in the weeks before
   * `app.now()` (current-workload.ts). Default false, the historical office alone; the CLI and the demo ask for it. */
  currentWorkload?: boolean;
  /** Cases per transaction (default 4000: long runs of one actor's events, few appends). */
  batchSize?: number;
  onProgress?: (progress: SeedProgress) => void;
}

/** Where a run stands, after each batch. */
export interface SeedProgress {
  cases: number;
  total: number;
  events: number;
  elapsedMs: number;
}

/** What a run stored. */
export interface SeedSummary {
  seed: string;
  /** Historical cases (as asked for). */
  cases: number;
  /** Open cases of the current workload (0 without it). */
  openCases: number;
  persons: number;
  events: number;
  elapsedMs: number;
}

/** Seeds `cases` synthetic cases. Refuses a store that already holds cases unless `force`, and a seed already in it. */
export async function seedCases(app: AppContext, options: SeedOptions): Promise<Result<SeedSummary>> {
  const { cases } = options;
  if (!Number.isInteger(cases) || cases < 1 || cases > MAX_SEED_CASES) {
    return fail(
      'VALIDATION_FAILED',
      `The number of cases must be a whole number from 1 to ${MAX_SEED_CASES.toLocaleString('en-US')}; got ${cases}.`,
      { field: 'cases' },
    );
  }
  const seed = String(options.seed ?? 1);
  const started = performance.now();
  let pool: SignPool | undefined;
  try {
    const existing = await countCases(app.database.db);
    if (existing > 0 && !options.force) {
      return fail(
        'CONFLICT',
        `The store already holds ${existing} cases; seed an empty data directory, or add --force to put synthetic cases beside them.`,
        { cases: existing },
      );
    }
    const { staff, signers, keyRows } = await ensureSyntheticStaff(app, options.passwords ?? 'random');
    // Signing is most of a seed's CPU: large runs sign on one worker thread per core.
    pool =
      cases >= PARALLEL_SIGNING_FROM
        ? startSignPool(availableParallelism(), keyRows, app.masterKey)
        : undefined;
    const signAll: BatchSigner =
      pool?.signAll ??
      ((items) => Promise.resolve(items.map((item) => signerOf(signers, item.actorId).sign(item.digest))));
    const world: StoryWorld = { seed: hashSeed(seed), staff };
    const first = generateStory(world, 0);
    if (await findCase(app.database.db, first[0]!.record.state.id)) {
      return fail(
        'CONFLICT',
        `Seed ${seed} is already in this store; choose another --seed to add more synthetic cases.`,
        { seed },
      );
    }
    const batchSize = options.batchSize ?? 4000;
    let story = 0;
    let pending: SeededCase[] = [];
    const totals = { cases: 0, persons: 0, events: 0 };
    while (totals.cases < cases) {
      const batch: SeededCase[] = [];
      const room = (): number => Math.min(batchSize, cases - totals.cases) - batch.length;
      while (room() > 0) {
        if (pending.length === 0) {
          pending = story === 0 ? first : generateStory(world, story);
          story++;
        }
        // A story's second case waits for the next batch, or is dropped once the count is reached.
        batch.push(...pending.splice(0, room()));
      }
      totals.events += await writeSeedBatch(app, signAll, batch);
      totals.cases += batch.length;
      totals.persons += batch.filter((c) => c.person !== null).length;
      options.onProgress?.({
        cases: totals.cases,
        total: cases,
        events: totals.events,
        elapsedMs: performance.now() - started,
      });
    }
    let openCases = 0;
    if (options.currentWorkload) {
      const clock = new Date(app.now()).toISOString();
      const workload = generateCurrentWorkload(world, clock);
      totals.events += await writeSeedBatch(app, signAll, workload);
      totals.events += await filePendingNotices(app, staff, workload, clock); // one event each
      totals.persons += workload.length;
      openCases = workload.length;
    }
    return ok({ seed, ...totals, openCases, elapsedMs: performance.now() - started });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    if (isUniqueViolation(error)) {
      return fail(
        'CONFLICT',
        `Synthetic records of seed ${seed} collide with records already in the store (an A-number or an id); choose another --seed.`,
        { seed },
      );
    }
    throw error;
  } finally {
    await pool?.close();
  }
}

/** From this many cases on, signing runs on worker threads (starting them costs about a second). */
const PARALLEL_SIGNING_FROM = 5000;

function signerOf(signers: ReadonlyMap<string, Signer>, actorId: string): Signer {
  const signer = signers.get(actorId);
  if (!signer) throw new Error(`no signer for synthetic actor ${actorId}`);
  return signer;
}
