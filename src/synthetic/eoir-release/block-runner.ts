// Generates one block of cases into memory: the bytes of each core table, the defects injected (with
// block-local row numbers), and the block's ground-truth totals. Runs in the main thread or in a worker.
import { caseWriter } from './case-writer.ts';
import type { CaseTruth, TruthOutcome } from './case-truth.ts';
import type { ResolvedOptions } from './generate-options.ts';
import { checkIdRanges, openBlockContext } from './generation-context.ts';
import { CORE_TABLES, type CoreTable } from './priors.ts';
import type { DefectKind, InjectedDefect } from './quirks.ts';
import type { ReleasePriors } from './release-priors.ts';

/** Aggregate ground truth: how the model rules should count the generated cases. */
export interface TruthTotals {
  inScope: number;
  mpp: number;
  /** In-scope cases by outcome, MPP and non-MPP. */
  outcomes: { mpp: Record<TruthOutcome, number>; nonMpp: Record<TruthOutcome, number> };
  /** In-scope represented cases, MPP and non-MPP. */
  represented: { mpp: number; nonMpp: number };
}

/** What one block produced. */
export interface BlockResult {
  readonly blockIndex: number;
  readonly tables: Record<CoreTable, { bytes: Uint8Array; rows: number }>;
  readonly defectCounts: Record<DefectKind, number>;
  /** Defects with `line` = block-local row number (1 = the block's first row of that table). */
  readonly defects: InjectedDefect[];
  readonly truth: TruthTotals;
}

const OUTCOME_NAMES: readonly TruthOutcome[] = [
  'pending',
  'removal',
  'removal_in_absentia',
  'voluntary_departure',
  'relief_granted',
  'terminated',
  'admin_closed',
  'other',
];

/** Zeroed truth totals. */
export function emptyTruth(): TruthTotals {
  const zero = (): Record<TruthOutcome, number> =>
    Object.fromEntries(OUTCOME_NAMES.map((o) => [o, 0])) as Record<TruthOutcome, number>;
  return {
    inScope: 0,
    mpp: 0,
    outcomes: { mpp: zero(), nonMpp: zero() },
    represented: { mpp: 0, nonMpp: 0 },
  };
}

/** Adds one block's totals into `into`. */
export function addTruth(into: TruthTotals, from: TruthTotals): void {
  into.inScope += from.inScope;
  into.mpp += from.mpp;
  for (const group of ['mpp', 'nonMpp'] as const) {
    for (const outcome of OUTCOME_NAMES) into.outcomes[group][outcome] += from.outcomes[group][outcome];
    into.represented[group] += from.represented[group];
  }
}

/** The number of cases in block `blockIndex`. */
export function blockSize(options: ResolvedOptions, blockIndex: number): number {
  return Math.min(options.blockCases, options.cases - blockIndex * options.blockCases);
}

/** Generates block `blockIndex`; `onCaseTruth` sees each case's truth (main-thread runs only). */
export function generateBlock(
  options: ResolvedOptions,
  priors: ReleasePriors,
  blockIndex: number,
  onCaseTruth?: (truth: CaseTruth) => void,
): BlockResult {
  const context = openBlockContext(options, priors, blockIndex);
  const writeCase = caseWriter(context);
  const truth = emptyTruth();
  const first = options.firstCaseId + blockIndex * options.blockCases;
  const count = blockSize(options, blockIndex);
  for (let i = 0; i < count; i++) {
    const caseTruth = writeCase(first + i);
    if (caseTruth.mpp) truth.mpp++;
    if (caseTruth.inScope && caseTruth.outcome) {
      const group = caseTruth.mpp ? 'mpp' : 'nonMpp';
      truth.inScope++;
      truth.outcomes[group][caseTruth.outcome]++;
      if (caseTruth.represented) truth.represented[group]++;
    }
    onCaseTruth?.(caseTruth);
  }
  checkIdRanges(context);
  const tables = Object.fromEntries(
    CORE_TABLES.map((table) => [
      table,
      { bytes: context.writers[table].finish(), rows: context.writers[table].lineCount },
    ]),
  ) as BlockResult['tables'];
  return {
    blockIndex,
    tables,
    defectCounts: { ...context.defects.counts },
    defects: context.defects.listed,
    truth,
  };
}
