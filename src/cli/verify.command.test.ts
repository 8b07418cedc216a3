import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, openSqliteFile, sqliteFile } from '../server/db/database.ts';
import { ensureSystemActor } from '../server/ledger/key-registration.ts';
import { loadMasterKey } from '../server/ledger/signing-keys.ts';
import { addTestUser, appendInTransaction, buildEventInputs } from '../server/ledger/ledger-fixtures.ts';

const bin = join(import.meta.dirname, '../../bin/refuge.js');

// The CLI as a user runs it, on the embedded store of a temp data directory.
function refugeVerify(
  dataDir: string,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, REFUGE_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // the embedded store, even when the developer's shell points at PostgreSQL
  return spawnSync(process.execPath, [bin, 'verify', ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('refuge verify', () => {
  let dataDir: string;
  let head: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'refuge-cli-verify-'));
    const database = await openDatabase({ dataDir });
    await ensureSystemActor(database, loadMasterKey(dataDir));
    const officer = await addTestUser(database, dataDir, 'officer-cli');
    const events = await appendInTransaction(database, officer, buildEventInputs(10));
    head = events.at(-1)!.hash;
    await database.close();
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the count and head of a clean ledger and exits 0', () => {
    const run = refugeVerify(dataDir);
    expect(run.stdout).toBe(`ok 12 events, head ${head}\n`);
    expect(run.status).toBe(0);
  });

  it('accepts a checkpoint from an earlier run, and refuses a malformed one in one line', () => {
    expect(refugeVerify(dataDir, '--checkpoint', `12:${head}`)).toMatchObject({
      status: 0,
      stdout: `ok 12 events, head ${head}\n`,
    });
    const bad = refugeVerify(dataDir, '--checkpoint', 'yesterday');
    expect(bad.stderr).toMatch(/^refuge: --checkpoint takes <events>:<head hash>.*\n$/);
    expect(bad.status).toBe(1);
  });

  it('prints one line naming the first broken event and exits 1 when the ledger was tampered with', () => {
    const handle = openSqliteFile(sqliteFile(dataDir));
    const { id } = handle.prepare('select id from ledger_events where seq = 5').get() as { id: string };
    handle
      .prepare(`update ledger_events set payload = replace(payload, 'negative', 'positive') where seq = 5`)
      .run();
    handle.close();
    const run = refugeVerify(dataDir);
    expect(run.stdout).toMatch(new RegExp(`^broken: altered at seq 5 \\(event ${id}\\): .+\\n$`));
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
