// Runs `node bin/refuge.js ...` as a user would, with its own environment, and collects what it printed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (where bin/refuge.js lives). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment for a CLI run on one store: REFUGE_DATA_DIR, and DATABASE_URL only when given. */
export function storeEnv(
  store: { dataDir: string; databaseUrl?: string | undefined },
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.REFUGE_PASSWORD;
  delete env.REFUGE_DEBUG;
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl;
  return { ...env, REFUGE_DATA_DIR: store.dataDir, ...extra };
}

/** Runs the CLI with `args`, feeding `input` on standard input (closed at once when absent). */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/refuge.js', ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The lines of an output, without the empty last one. */
export const linesOf = (text: string): string[] => text.split('\n').filter((line) => line.length > 0);
