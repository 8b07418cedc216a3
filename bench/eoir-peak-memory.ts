// Peak memory of `refuge import eoir` for `npm run bench:eoir`: the CLI in a child process under GNU time, whose
// "Maximum resident set size" counts DuckDB's native memory as well as the JS heap.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';

/** The child's peak RSS in bytes, its wall time and exit code; undefined when /usr/bin/time is missing. */
export interface PeakMemory {
  readonly maxRssBytes: number;
  readonly seconds: number;
  readonly exitCode: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `node bin/refuge.js import eoir <folder>` with REFUGE_DATA_DIR=`dataDir` and reports its peak memory. */
export async function measureImportPeakMemory(
  folder: string,
  dataDir: string,
): Promise<PeakMemory | undefined> {
  if (!existsSync(GNU_TIME)) return undefined;
  const started = process.hrtime.bigint();
  const child = spawn(GNU_TIME, ['-v', process.execPath, 'bin/refuge.js', 'import', 'eoir', folder], {
    env: { ...process.env, REFUGE_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  // 'close', not 'exit': GNU time writes its report as the child ends, after which stderr must still drain.
  const [exitCode] = (await once(child, 'close')) as [number | null];
  const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  if (!kilobytes) throw new Error(`no peak memory in the output of ${GNU_TIME}: ${stderr.slice(-2000)}`);
  return {
    maxRssBytes: Number(kilobytes) * 1024,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    exitCode,
  };
}
