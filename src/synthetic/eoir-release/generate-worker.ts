// Worker entry: generates the blocks the main thread sends and posts their bytes back (transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { generateBlock } from './block-runner.ts';
import type { ResolvedOptions } from './generate-options.ts';
import { CORE_TABLES } from './priors.ts';
import { ReleasePriors } from './release-priors.ts';

/** A block to generate. */
export interface BlockTask {
  readonly options: ResolvedOptions;
  readonly blockIndex: number;
}

let priors: ReleasePriors | undefined;

parentPort?.on('message', (task: BlockTask) => {
  priors ??= new ReleasePriors();
  const result = generateBlock(task.options, priors, task.blockIndex);
  parentPort?.postMessage(
    result,
    CORE_TABLES.map((table) => result.tables[table].bytes.buffer as ArrayBuffer),
  );
});
