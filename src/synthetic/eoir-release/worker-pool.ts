// Runs blocks on worker threads and hands their results to the caller strictly in block order, with at
// most two blocks per worker in flight (memory stays bounded however uneven the workers are).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BlockResult } from './block-runner.ts';
import type { ResolvedOptions } from './generate-options.ts';
import type { BlockTask } from './generate-worker.ts';

// The sources are TypeScript run through tsx, so a worker first registers tsx's ESM hooks, as bin/refuge.js does.
function workerUrl(): URL {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('tsx/package.json');
  const exports = (
    JSON.parse(readFileSync(packageJson, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    }
  ).exports;
  const api = pathToFileURL(
    join(dirname(packageJson), exports['./esm/api']?.import.default ?? 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./generate-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Generates blocks 0..blockCount-1 on `threads` workers; `onBlock` gets them in order, one at a time. */
export async function runBlocksInWorkers(
  options: ResolvedOptions,
  threads: number,
  blockCount: number,
  onBlock: (result: BlockResult) => Promise<void> | void,
): Promise<void> {
  const serializable: ResolvedOptions = { ...options, onCaseTruth: undefined, onProgress: undefined };
  const url = workerUrl();
  const workers = Array.from({ length: Math.min(threads, blockCount) }, () => new Worker(url));
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, BlockResult>();
      const idle = [...workers];
      let nextToSend = 0;
      let nextToHand = 0;
      let handing = false;
      const pump = (): void => {
        while (idle.length > 0 && nextToSend < blockCount && nextToSend - nextToHand < workers.length * 2) {
          const task: BlockTask = { options: serializable, blockIndex: nextToSend++ };
          idle.pop()?.postMessage(task);
        }
      };
      const hand = async (): Promise<void> => {
        if (handing) return;
        handing = true;
        try {
          for (let result = ready.get(nextToHand); result; result = ready.get(nextToHand)) {
            ready.delete(nextToHand);
            await onBlock(result);
            nextToHand++;
            pump();
          }
        } finally {
          handing = false;
        }
        if (nextToHand === blockCount) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (result: BlockResult) => {
          ready.set(result.blockIndex, result);
          idle.push(worker);
          pump();
          hand().catch(reject);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (nextToHand < blockCount) reject(new Error(`a generator worker stopped (exit code ${code})`));
        });
      }
      pump();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
