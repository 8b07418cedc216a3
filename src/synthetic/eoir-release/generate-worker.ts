// Worker entry of the release generator: generates the blocks the main thread asks for (by block number, with the
// run's options as workerData) and posts their bytes back, transferred rather than copied.
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../worker-pool.ts';
import { generateBlock, type BlockResult } from './block-runner.ts';
import type { ResolvedOptions } from './generate-options.ts';
import { CORE_TABLES } from './priors.ts';
import { ReleasePriors } from './release-priors.ts';

const options = workerData as ResolvedOptions;
const priors = new ReleasePriors();

serveTasks<number, BlockResult>(
  (blockIndex) => generateBlock(options, priors, blockIndex),
  (result) => CORE_TABLES.map((table) => result.tables[table].bytes.buffer as ArrayBuffer),
);
