// What a caller can ask of the generator, its defaults, and the checks that turn a bad request into an AppError.
import { availableParallelism } from 'node:os';
import { AppError } from '../../domain/errors.ts';
import type { CoreTable } from './priors.ts';
import { DEFAULT_QUIRK_RATES, type QuirkRates } from './quirks.ts';
import type { CaseTruth } from './case-truth.ts';
import { BLOCK_CASES } from './generation-context.ts';

/** Progress of a run, reported every ~50k cases and at the end. */
export interface GenerateProgress {
  readonly casesDone: number;
  readonly casesTotal: number;
  readonly rowsWritten: number;
  readonly elapsedMs: number;
}

/** Options of `generateEoirRelease`. */
export interface GenerateOptions {
  /** The release folder to write (created; existing core files are overwritten). */
  folder: string;
  /** Number of cases (A_TblCase rows). */
  cases: number;
  /** PRNG seed; the same seed and options give byte-identical files. Default 1. */
  seed?: number | string;
  /** Also write `<folder>.zip` (ZIP64-capable, Deflate). */
  zip?: boolean;
  /** `always` writes ZIP64 extra fields and records even for small archives. Default `auto`. */
  zip64?: 'auto' | 'always';
  /** Deflate level for the zip (0–9). Default 6. */
  zipLevel?: number;
  /** Share of cases that are MPP. Default 0.07. */
  mppShare?: number;
  /** `older` writes `GENDER` where current releases say `Sex`. Default `current`. */
  headerVariant?: 'current' | 'older';
  /** Renames A_TblCase `UP_BOND_RSN` to `UP_BOND_RSN_Remove`, as newer releases do to some columns. */
  removeSuffixColumn?: boolean;
  /** Quirk rates; unspecified ones take DEFAULT_QUIRK_RATES. */
  quirks?: Partial<QuirkRates>;
  /** Multiplies every defect rate but the population shares (latin1City, paddedCode, casePriorityNa). Default 1. */
  quirkScale?: number;
  /** Tables written with LF-only line ends (the rest CRLF). Default A_TblCaseIdentifier and tbl_Court_Appln. */
  lfOnlyTables?: readonly CoreTable[];
  /** Write the Lookup/ folder. Default true. */
  lookups?: boolean;
  /** How many injected defects to list individually in the summary (all are counted). Default 10 000. */
  maxListedDefects?: number;
  /** Worker threads generating blocks of cases (0 = this thread). Default 2 (or fewer cores) from 100k cases. */
  threads?: number;
  /** Cases per block (one PRNG stream, one worker task; at most 20 000). Part of what the seed fixes. Default 20 000. */
  blockCases?: number;
  /** First IDNCASE. Default 1 000 001. */
  firstCaseId?: number;
  /** Called with each case's ground truth as the model rules read the written rows (small runs, tests). */
  onCaseTruth?: (truth: CaseTruth) => void;
  /** Called periodically with progress. */
  onProgress?: (progress: GenerateProgress) => void;
}

/** Options with every default applied. */
export type ResolvedOptions = Required<Omit<GenerateOptions, 'onCaseTruth' | 'onProgress' | 'quirks'>> & {
  quirks: QuirkRates;
  onCaseTruth: ((truth: CaseTruth) => void) | undefined;
  onProgress: ((progress: GenerateProgress) => void) | undefined;
};

function fail(message: string, details: Record<string, unknown>): never {
  throw new AppError('VALIDATION_FAILED', message, details);
}

/** Applies defaults and rejects impossible values with a message that says what to change. */
export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const { cases } = options;
  if (!Number.isSafeInteger(cases) || cases < 1)
    fail(`--cases must be a whole number of at least 1 (got ${cases}).`, { cases });
  const mppShare = options.mppShare ?? 0.07;
  if (!(mppShare >= 0 && mppShare <= 1))
    fail(`the MPP share must be between 0 and 1 (got ${mppShare}).`, { mppShare });
  const zipLevel = options.zipLevel ?? 6;
  if (!Number.isInteger(zipLevel) || zipLevel < 0 || zipLevel > 9)
    fail(`the zip level must be 0–9 (got ${zipLevel}).`, { zipLevel });
  const threads =
    options.threads ?? (cases >= 100_000 && !options.onCaseTruth ? Math.min(2, availableParallelism()) : 0);
  if (!Number.isInteger(threads) || threads < 0 || threads > 64)
    fail(`threads must be 0–64 (got ${threads}).`, { threads });
  if (threads > 0 && options.onCaseTruth)
    fail('onCaseTruth needs threads: 0 (truth callbacks run in this thread).', { threads });
  const blockCases = options.blockCases ?? BLOCK_CASES;
  if (!Number.isInteger(blockCases) || blockCases < 1 || blockCases > BLOCK_CASES)
    fail(`blockCases must be 1–${BLOCK_CASES} (got ${blockCases}).`, { blockCases });
  const quirkScale = options.quirkScale ?? 1;
  if (!(quirkScale >= 0)) fail(`the quirk scale must be 0 or more (got ${quirkScale}).`, { quirkScale });
  const quirks = { ...DEFAULT_QUIRK_RATES, ...options.quirks };
  for (const key of Object.keys(quirks) as (keyof QuirkRates)[]) {
    // shares of a population are not scaled (they are not defects of the format)
    if (key !== 'casePriorityNa' && key !== 'latin1City' && key !== 'paddedCode')
      quirks[key] = Math.min(1, quirks[key] * quirkScale);
    if (!(quirks[key] >= 0 && quirks[key] <= 1))
      fail(`the quirk rate ${key} must be between 0 and 1 (got ${quirks[key]}).`, { [key]: quirks[key] });
  }
  return {
    folder: options.folder,
    cases,
    seed: options.seed ?? 1,
    zip: options.zip ?? false,
    zip64: options.zip64 ?? 'auto',
    zipLevel,
    mppShare,
    headerVariant: options.headerVariant ?? 'current',
    removeSuffixColumn: options.removeSuffixColumn ?? false,
    quirks,
    quirkScale,
    lfOnlyTables: options.lfOnlyTables ?? ['A_TblCaseIdentifier', 'tbl_Court_Appln'],
    lookups: options.lookups ?? true,
    maxListedDefects: options.maxListedDefects ?? 10_000,
    threads,
    blockCases,
    firstCaseId: options.firstCaseId ?? 1_000_001,
    onCaseTruth: options.onCaseTruth,
    onProgress: options.onProgress,
  };
}
