// `refuge serve` as an operator runs it, in a child process on a real port: without --demo it never seeds and says
// how to create the first admin; with --demo it seeds an empty store into a demo store that listens on loopback
// only and marks its responses, and imports a synthetic court-data release once listening; --demo refuses a store
// that holds other records.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/database.ts';
import { REPO_ROOT, linesOf, runCli, storeEnv } from '../../test/faults/run-cli.ts';
import { countCases } from '../server/cases/case.repository.ts';
import { openDatabase } from '../server/db/database.ts';
import { DEMO_HEADER, DEMO_HEADER_VALUE } from '../server/http/demo-marking.ts';
import { isDemoStore } from '../server/settings/store-settings.repository.ts';
import { countUserAccounts } from '../server/users/user.repository.ts';
import { DEMO_PASSWORD } from '../server/users/demo-password.ts';
import { DEMO_RELEASE_LABEL } from '../synthetic/eoir-release/demo-release.ts';
import { CURRENT_WORKLOAD_CASES } from '../synthetic/office/current-workload.ts';

const FIRST_ADMIN_HINT =
  'No user accounts yet: create the first admin with `refuge user add <name> --role admin` (the password comes from REFUGE_PASSWORD or standard input).';

/** A running `refuge serve`: what it printed so far, and how to stop it (SIGTERM, as a service manager would). */
interface Served {
  stdout: string;
  stderr: string;
  stop(): Promise<number | null>;
}

// Starts the server and waits for its listening line, or for it to exit (then rejects with what it printed).
function startServe(args: string[], env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, ['bin/refuge.js', 'serve', ...args], { cwd: REPO_ROOT, env });
  const served: Served = {
    stdout: '',
    stderr: '',
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      served.stdout += chunk.toString();
      // The start lines follow the listening line at once.
      if (served.stdout.includes('Refuge listening on')) setTimeout(() => resolve(served), 300);
    });
    child.stderr.on('data', (chunk: Buffer) => (served.stderr += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`refuge serve exited ${code}: ${served.stdout}${served.stderr}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// An IPv4 address of this machine other than loopback, if it has one.
const outsideAddress = (): string | undefined =>
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i?.family === 'IPv4' && !i.internal)?.address;

// Asks for a dashboard figure until the court data is there (COURT_DATA_IMPORTING until then), for up to a minute.
async function waitForCourtFigure(
  port: number,
  figure: string,
): Promise<{ source: Record<string, unknown>; rows: { values: unknown[] }[] }> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/dashboard/figures/${figure}`);
    if (response.status === 200) return (await response.json()) as never;
    const { error } = (await response.json()) as { error: { code: string } };
    expect(error.code).toBe('COURT_DATA_IMPORTING');
    if (attempt > 120) throw new Error('the demo court data was not imported within a minute');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function canConnect(host: string, port: number): Promise<boolean> {
  try {
    await fetch(`http://${host}:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

describeEachDialect('refuge serve without --demo', (store) => {
  it('never seeds an empty store, and says how to create the first admin', async () => {
    const port = await freePort();
    const served = await startServe([], storeEnv(store(), { PORT: String(port) }));
    try {
      expect(linesOf(served.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^Refuge listening on http://localhost:${port}, on every address`)),
        FIRST_ADMIN_HINT,
      ]);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(health.headers.get(DEMO_HEADER)).toBeNull();
    } finally {
      expect(await served.stop()).toBe(0);
    }
    const { db } = store().database;
    expect([await countCases(db), await countUserAccounts(db), await isDemoStore(db)]).toEqual([0, 0, false]);
  });
});

describe('refuge serve --demo', () => {
  const folders: string[] = [];
  const newFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'refuge-serve-demo-'));
    folders.push(folder);
    return folder;
  };
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  // Seeding 2,000 cases takes seconds, more on a loaded machine.
  it(
    'seeds an empty store into a demo store on 127.0.0.1 only, says so, and marks every response',
    { timeout: 180_000 },
    async () => {
      const dataDir = newFolder();
      const port = await freePort();
      const served = await startServe(['--demo', '--port', String(port)], storeEnv({ dataDir }));
      try {
        expect(served.stderr).toMatch(
          new RegExp(
            `^Seeding the synthetic demo data set \\(2,000 cases, seed 1\\)\\.\\.\\.\nSeeded 2,000 synthetic cases and a current workload of ${CURRENT_WORKLOAD_CASES} open ones`,
          ),
        );
        expect(linesOf(served.stdout)).toEqual([
          expect.stringMatching(new RegExp(`^Refuge listening on http://127\\.0\\.0\\.1:${port} only`)),
          'This is a demo store (synthetic data, published demo passwords), so it listens on the loopback address alone; set REFUGE_DEMO_PUBLIC=1 to listen on every address.',
        ]);
        for (const path of ['/healthz', '/', '/dashboard', '/api/v1/analytics/reports/durations']) {
          const response = await fetch(`http://127.0.0.1:${port}${path}`);
          expect(response.headers.get(DEMO_HEADER)).toBe(DEMO_HEADER_VALUE);
        }
        const page = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } })).text();
        expect(page).toContain('DEMO STORE: SYNTHETIC DATA');
        expect(page).toContain(DEMO_PASSWORD); // on loopback only: the public address never names it
        expect(page).toContain('<div id="root">'); // the web app, not a stand-in
        const outside = outsideAddress();
        if (outside) expect(await canConnect(outside, port)).toBe(false);
        // The synthetic court data is imported after the server listens; its figures say they are synthetic.
        const funnel = await waitForCourtFigure(port, 'court-funnel');
        expect(funnel.source).toEqual(
          expect.objectContaining({ kind: 'court', release: DEMO_RELEASE_LABEL, isSynthetic: true }),
        );
        expect(funnel.rows[0]?.values[0]).toBeGreaterThan(100);
        expect(served.stderr).toMatch(/Imported the synthetic demo court data in [\d.]+ s\./);
      } finally {
        expect(await served.stop()).toBe(0);
      }
      const database = await openDatabase({ dataDir });
      try {
        expect(await isDemoStore(database.db)).toBe(true);
        expect(await countCases(database.db)).toBe(2000 + CURRENT_WORKLOAD_CASES); // and the open ones of now
      } finally {
        await database.close();
      }

      // Started again, a demo store is served as it is, on every address once REFUGE_DEMO_PUBLIC=1 says so.
      const again = await startServe(
        ['--demo', '--port', String(port)],
        storeEnv({ dataDir }, { REFUGE_DEMO_PUBLIC: '1' }),
      );
      try {
        expect(again.stderr).toBe('');
        expect(linesOf(again.stdout)).toEqual([
          expect.stringMatching(
            new RegExp(`^Refuge listening on http://localhost:${port}, on every address`),
          ),
          expect.stringMatching(/^This is a demo store .* because REFUGE_DEMO_PUBLIC is set/),
        ]);
        const outside = outsideAddress();
        if (outside) expect(await canConnect(outside, port)).toBe(true);
      } finally {
        await again.stop();
      }
    },
  );

  it('refuses a store that holds other accounts, in one line, and seeds nothing', async () => {
    const dataDir = newFolder();
    const added = await runCli(
      ['user', 'add', 'admin1', '--role', 'admin'],
      storeEnv({ dataDir }, { REFUGE_PASSWORD: 'a-real-admin-password' }),
    );
    expect(added.code).toBe(0);
    const run = await runCli(['serve', '--demo', '--port', String(await freePort())], storeEnv({ dataDir }));
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([
      'refuge: The demo is seeded into an empty store only, and this store holds 1 user account and 0 cases. Serve it without --demo, or point REFUGE_DATA_DIR (or DATABASE_URL) at an empty store for the demo.',
    ]);
    const database = await openDatabase({ dataDir });
    try {
      expect([await countCases(database.db), await isDemoStore(database.db)]).toEqual([0, false]);
    } finally {
      await database.close();
    }
  });
});
