// A throwaway PostgreSQL cluster from the machine's binaries (initdb refuses root, so it runs as `postgres`).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayCluster {
  url: string;
  stop(): Promise<void>;
}

function findBinDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) {
    // A folder named on purpose is used or refused, never silently replaced by another server's binaries.
    if (existsSync(join(fromEnv, 'initdb'))) return fromEnv;
    throw new Error(`PG_BIN_DIR=${fromEnv} holds no initdb (point it at a PostgreSQL >= 15 bin folder)`);
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => Number(v) >= 15 && existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  throw new Error('no PostgreSQL >= 15 binaries found (set PG_BIN_DIR or TEST_DATABASE_URL)');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root, as ourselves otherwise. */
function runPg(bin: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${bin.split('/').pop()} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
    );
  }
}

/** Starts a fresh cluster on a free loopback port, with trust auth, and returns its URL (non-durable unless asked). */
export async function startThrowawayCluster(options: { durable?: boolean } = {}): Promise<ThrowawayCluster> {
  const binDir = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'refuge-pg-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  runPg(join(binDir, 'initdb'), [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  runPg(join(binDir, 'pg_ctl'), [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    // Tests trade durability for speed; benchmarks keep PostgreSQL's defaults (fsync, synchronous_commit on).
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'}`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        runPg(join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await Promise.resolve();
    },
  };
}
