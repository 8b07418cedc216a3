// The state one block of cases threads through the row builders: PRNG, priors, options, the block's table
// buffers, id counters, defects. Blocks are independent (own PRNG stream and id ranges), so a release is the
// same whether its blocks run in this thread or in workers.
import { RELEASE_DATE } from './court-priors.ts';
import { dayOf } from './dates.ts';
import type { ResolvedOptions } from './generate-options.ts';
import { Random } from '../random.ts';
import { CORE_TABLES, type CoreTable } from './priors.ts';
import { DefectLog } from './quirks.ts';
import type { ReleasePriors } from './release-priors.ts';
import { lineEndOf } from './release-files.ts';
import { TableWriter } from './table-writer.ts';

/** Cases per block: the unit of work of a worker and of a PRNG stream. */
export const BLOCK_CASES = 20_000;

/** Next ids of the tables whose keys are not IDNCASE. */
export interface IdCounters {
  proceeding: number;
  schedule: number;
  caseIdentifier: number;
  reps: number;
  application: number;
}

// Each block owns a range of ids per table, wide enough for any block (about 6x the mean rows per block).
const ID_BASES: Readonly<IdCounters> = {
  proceeding: 2_000_001,
  schedule: 5_000_001,
  caseIdentifier: 300_001,
  reps: 700_001,
  application: 900_001,
};
const ID_STRIDES: Readonly<IdCounters> = {
  proceeding: 150_000,
  schedule: 450_000,
  caseIdentifier: 50_000,
  reps: 180_000,
  application: 150_000,
};

/** Everything a row builder needs; one per block. */
export interface GenerationContext {
  readonly random: Random;
  readonly priors: ReleasePriors;
  readonly options: ResolvedOptions;
  readonly releaseDay: number;
  readonly writers: Readonly<Record<CoreTable, TableWriter>>;
  readonly columns: Readonly<Record<CoreTable, readonly string[]>>;
  readonly defects: DefectLog;
  readonly ids: IdCounters;
  readonly blockIndex: number;
}

/** The columns of every core table in schema order. */
export function coreColumns(priors: ReleasePriors): Record<CoreTable, string[]> {
  return Object.fromEntries(CORE_TABLES.map((table) => [table, priors.priors.columnsOf(table)])) as Record<
    CoreTable,
    string[]
  >;
}

/** Sets up the state of block `blockIndex`. */
export function openBlockContext(
  options: ResolvedOptions,
  priors: ReleasePriors,
  blockIndex: number,
): GenerationContext {
  const [y, m, d] = RELEASE_DATE.split('-').map(Number);
  const writers = Object.fromEntries(
    CORE_TABLES.map((table) => [table, new TableWriter(lineEndOf(table, options))]),
  ) as Record<CoreTable, TableWriter>;
  const ids = {} as IdCounters;
  for (const key of Object.keys(ID_BASES) as (keyof IdCounters)[])
    ids[key] = ID_BASES[key] + blockIndex * ID_STRIDES[key];
  return {
    random: Random.fromSeed(`${String(options.seed)}#${blockIndex}`),
    priors,
    options,
    releaseDay: dayOf(y ?? 2025, m ?? 11, d ?? 1),
    writers,
    columns: coreColumns(priors),
    defects: new DefectLog(options.maxListedDefects),
    ids,
    blockIndex,
  };
}

/** Throws if a block used more ids than its range holds (a bug: widen ID_STRIDES). */
export function checkIdRanges(context: GenerationContext): void {
  for (const key of Object.keys(ID_BASES) as (keyof IdCounters)[]) {
    const used = context.ids[key] - (ID_BASES[key] + context.blockIndex * ID_STRIDES[key]);
    if (used > ID_STRIDES[key])
      throw new Error(`block ${context.blockIndex} used ${used} ${key} ids, more than its range`);
  }
}

/** Column positions of a table by name; throws for a name the schema lacks (a bug in a row builder). */
export function columnIndex<const N extends string>(
  columns: readonly string[],
  names: readonly N[],
): Record<N, number> {
  const index = {} as Record<N, number>;
  for (const name of names) {
    const position = columns.indexOf(name);
    if (position < 0) throw new Error(`column ${name} missing from the schema`);
    index[name] = position;
  }
  return index;
}
