// Broken stores through the CLI, as an operator meets them: a corrupt SQLite file and a PostgreSQL server that is
// down each give one clear line on stderr (no stack trace), exit code 1, and nothing on stdout.
import { existsSync, mkdtempSync, openSync, rmSync, closeSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/server/app-context.ts';
import { sqliteFile } from '../../src/server/db/database.ts';
import { createUser } from '../../src/server/users/user.service.ts';
import { SYSTEM_ACTOR_ID } from '../../src/domain/ledger/ledger-event.ts';
import { linesOf, runCli, storeEnv, type CliRun } from './run-cli.ts';

const folders: string[] = [];
const newFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'refuge-cli-faults-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function expectOneClearLine(run: CliRun, message: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
  expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('a corrupt SQLite file, through the CLI', () => {
  it('is named as corrupt by `verify` and `user list` when the file is not a database at all', async () => {
    const dataDir = newFolder();
    writeFileSync(sqliteFile(dataDir), Buffer.alloc(8192, 0x41));
    const runs = await Promise.all([
      runCli(['verify'], storeEnv({ dataDir })),
      runCli(['user', 'list'], storeEnv({ dataDir })),
    ]);
    for (const run of runs) expectOneClearLine(run, /^refuge: The database file is corrupt .*refuge restore/);
  });

  it('is named as corrupt by `user list` and `backup` when a table page inside it is damaged', async () => {
    const dataDir = newFolder();
    const app = await createAppContext({ dataDir, databaseUrl: undefined });
    const created = await createUser(app, SYSTEM_ACTOR_ID, {
      name: 'officer1',
      role: 'officer',
      office: 'HOU',
      password: 'synthetic-test-password',
    });
    expect(created.ok).toBe(true);
    await app.database.close(); // the last connection checkpoints the WAL into the file
    const file = sqliteFile(dataDir);
    const probe = new BetterSqlite3(file, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const { rootpage } = probe
      .prepare<[], { rootpage: number }>("select rootpage from sqlite_master where name = 'users'")
      .get()!;
    probe.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
    closeSync(fd);
    const backupFile = join(dataDir, 'backup.jsonl.gz');
    const runs = await Promise.all([
      runCli(['user', 'list'], storeEnv({ dataDir })),
      runCli(['backup', backupFile], storeEnv({ dataDir })),
    ]);
    for (const run of runs) expectOneClearLine(run, /^refuge: The database file is corrupt /);
    expect(existsSync(backupFile)).toBe(false);
  });
});

describe('a PostgreSQL server that is down, through the CLI', () => {
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const port = await closedPort();
    env = storeEnv(
      { dataDir: newFolder(), databaseUrl: `postgres://postgres@127.0.0.1:${port}/refuge` },
      { REFUGE_PASSWORD: 'synthetic-test-password' },
    );
  });

  it('is named as unreachable by `user add`, `user list`, `backup` and `restore`', async () => {
    const backupFile = join(env.REFUGE_DATA_DIR!, 'backup.jsonl.gz');
    const runs = await Promise.all([
      runCli(['user', 'add', 'admin1', '--role', 'admin'], env),
      runCli(['user', 'list'], env),
      runCli(['backup', backupFile], env),
      runCli(['restore', backupFile], env),
    ]);
    for (const run of runs)
      expectOneClearLine(
        run,
        /^refuge: The PostgreSQL server is not reachable\. Check that it is running and that DATABASE_URL points to it\.$/,
      );
    expect(existsSync(backupFile)).toBe(false);
  });
});

// A loopback port nothing listens on: bound, then released.
function closedPort(): Promise<number> {
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
