// Runs a server under test in its own process (through tsx), so it has the event loop to itself and the load
// generator does not share it: started, waited for until it prints where it listens, and stopped with SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server process that listens. */
export interface ChildServer {
  url: string;
  /** The CPU time (user + system) the process has used so far. */
  cpuSeconds: () => number;
  /** What it printed so far (its errors, for a failed run). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `entry` with `env` added to ours and resolves once it prints `listening <url>`. `nodeOptions` are extra
 * flags for its Node (BENCH_API_NODE_OPTIONS, e.g. --cpu-prof to profile a run). */
export function startChildServer(
  entry: string,
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start: ${output}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^listening (http:\/\/\S+)$/m.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          cpuSeconds: () => cpuSecondsOf(child.pid!),
          output: () => output,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code}): ${output}`));
    });
  });
}

// utime and stime, fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name), in clock ticks of 1/100 s.
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
