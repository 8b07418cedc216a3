// `refuge backup` and `refuge restore` as an operator runs them: a backup of a SQLite store restored through the CLI
// onto PostgreSQL (when the run has it) and onto SQLite, printing the same ledger head; a second restore refused.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../test/app.ts';
import { describeEachDialect } from '../../test/database.ts';
import { linesOf, runCli, storeEnv } from '../../test/faults/run-cli.ts';
import { addSampleRecords } from '../../test/faults/sample-records.ts';
import { getHead, type LedgerHead } from '../server/ledger/ledger.repository.ts';

describe('refuge backup and refuge restore', () => {
  const folder = mkdtempSync(join(tmpdir(), 'refuge-backup-cli-'));
  const file = join(folder, 'refuge.jsonl.gz');
  let world: TestWorld;
  let head: LedgerHead;

  beforeAll(async () => {
    world = await createTestWorld('sqlite');
    await addSampleRecords(world);
    head = await getHead(world.app.database.db);
  });
  afterAll(async () => {
    await world.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the backup and says the master key is not in it', async () => {
    const run = await runCli(['backup', file], storeEnv(world.store));
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `backup written to ${file}: ${linesOf(run.stdout)[0]!.match(/: (\d+) rows/)![1]} rows from sqlite, ledger head seq ${head.seq}, hash ${head.hash}`,
      expect.stringMatching(/^the master key is NOT in the backup: keep .*master\.key safe and separate/),
    ]);
  });

  // Onto SQLite and onto PostgreSQL: a backup moves between dialects.
  describeEachDialect('into an empty store', (target) => {
    beforeAll(() => {
      copyFileSync(join(world.store.dataDir, 'master.key'), join(target().dataDir, 'master.key'));
    });

    it('restores, verifies and prints the same head; the copied master key opens the restored keys', async () => {
      const run = await runCli(['restore', file], storeEnv(target()));
      expect(run.code).toBe(0);
      expect(linesOf(run.stdout).slice(1)).toEqual([
        `ok ${head.seq} events, head ${head.hash}`,
        expect.stringMatching(/^master key: .* opens the restored signing keys$/),
      ]);
      expect(await getHead(target().database.db)).toEqual(head);
    });

    it('refuses a second restore into the now non-empty store, in one line', async () => {
      const run = await runCli(['restore', file], storeEnv(target()));
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([
        expect.stringMatching(/^refuge: The target store is not empty .* restore only into an empty store/),
      ]);
    });
  });
});
