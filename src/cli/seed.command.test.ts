import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR_ID } from '../domain/ledger/ledger-event.ts';
import { openDatabase } from '../server/db/database.ts';
import { isDemoStore } from '../server/settings/store-settings.repository.ts';
import { DEMO_PASSWORD } from '../server/users/demo-password.ts';
import { verifyPassword } from '../server/users/password.ts';
import { CURRENT_WORKLOAD_CASES } from '../synthetic/office/current-workload.ts';

const bin = join(import.meta.dirname, '../../bin/refuge.js');

// The CLI as a user runs it, on the embedded store of a temp data directory.
function refuge(
  dataDir: string,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, REFUGE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

// Whether the store is marked as a demo store, and how many of its accounts the published demo password opens.
async function demoState(
  dataDir: string,
): Promise<{ isDemo: boolean; accounts: number; openedByDemoPassword: number }> {
  const database = await openDatabase({ dataDir });
  try {
    const users = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '!=', SYSTEM_ACTOR_ID)
      .execute();
    return {
      isDemo: await isDemoStore(database.db),
      accounts: users.length,
      openedByDemoPassword: (
        await Promise.all(
          users.map(async (u) => (await verifyPassword(DEMO_PASSWORD, u.password_hash)).matches),
        )
      ).filter(Boolean).length,
    };
  } finally {
    await database.close();
  }
}

describe('refuge seed', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'refuge-cli-seed-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds the store and its current workload, prints one summary line, and leaves a ledger that verifies', () => {
    const run = refuge(dataDir, 'seed', '--cases', '40', '--seed', '3');
    expect(run.stdout).toMatch(
      new RegExp(
        `^seeded 40 synthetic cases and a current workload of ${CURRENT_WORKLOAD_CASES} open ones \\(seed 3\\): \\d+ people, [\\d,]+ signed events in [\\d.]+ s \\([\\d,]+ cases/s, [\\d,]+ events/s\\)\n$`,
      ),
    );
    expect(run.status).toBe(0);
    expect(refuge(dataDir, 'verify')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^ok \d+ events, head [0-9a-f]{64}\n$/) as unknown,
    });
  });

  it('gives the synthetic users unguessable passwords, and leaves the store an ordinary one', async () => {
    const state = await demoState(dataDir);
    expect(state.accounts).toBeGreaterThan(20);
    expect(state).toMatchObject({ isDemo: false, openedByDemoPassword: 0 });
  });

  it(
    'gives them the published demo password with --demo-passwords, which makes the store a demo store',
    { timeout: 180_000 },
    async () => {
      const demoDir = mkdtempSync(join(tmpdir(), 'refuge-cli-seed-demo-'));
      try {
        const run = refuge(demoDir, 'seed', '--cases', '5', '--demo-passwords', '--no-current-workload');
        expect(run.stdout).toMatch(/^seeded 5 synthetic cases \(seed 1\): /);
        expect(run.status).toBe(0);
        const state = await demoState(demoDir);
        expect(state).toEqual({
          isDemo: true,
          accounts: state.accounts,
          openedByDemoPassword: state.accounts,
        });
      } finally {
        rmSync(demoDir, { recursive: true, force: true });
      }
    },
  );

  it('refuses, in one line and exit 1, a store that already holds cases or a count that is not one', () => {
    const again = refuge(dataDir, 'seed', '--cases', '5');
    expect(again.stderr).toBe(
      `refuge: The store already holds ${40 + CURRENT_WORKLOAD_CASES} cases; seed an empty data directory, or add --force to put synthetic cases beside them.\n`,
    );
    expect(again.status).toBe(1);
    const bad = refuge(dataDir, 'seed', '--cases', 'many');
    expect(bad.stderr).toBe('refuge: --cases takes a whole number of cases, like 100000; got "many".\n');
    expect(bad.status).toBe(1);
  });
});
