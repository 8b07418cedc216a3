// The small witness against a real server listening on a port, on both dialects: it cosigns the first checkpoint,
// then a grown one through a consistency proof, and the log serves its cosignature; a second process (the witness
// restarted) picks up where the first left off from the state file; and the attacks an operator holding the database
// and the log key could try are refused with a message and exit 1, the state left as it was: the last events cut
// and a checkpoint re-signed, another history at the size already cosigned, and a longer rewritten history.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect } from '../../../test/database.ts';
import { cosignatureBy, parseCheckpoint, parseVerifierKey } from '../../domain/ledger/signed-note.ts';
import { listen, type RunningServer } from '../http/server.ts';
import { signCheckpoint } from './checkpoint.service.ts';
import { defaultStateFile, runCosign } from './cosign-run.ts';
import {
  addTestUser,
  appendInTransaction,
  buildEventInputs,
  restoreLedger,
  snapshotLedger,
  truncateLedger,
} from './ledger-fixtures.ts';
import { ensureLogKey } from './log-key.ts';
import type { Signer } from './signing-keys.ts';
import { addWitness } from './witness.service.ts';
import { createWitnessKeyFile } from './witness-key.ts';

const REPO_ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** `refuge ledger cosign` in its own process, as a witness restarted would run it: exit code and output. */
async function cosignInProcess(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/refuge.js', 'ledger', 'cosign', ...args], {
      cwd: REPO_ROOT,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describeEachDialect('refuge ledger cosign, a witness of a running log', (store) => {
  let world: TestWorld;
  let server: RunningServer;
  let officer: Signer;
  let from: string;
  let logKey: string;
  let witnessKey: string;
  let folder: string;
  let keyFile: string;
  const readState = () =>
    JSON.parse(readFileSync(defaultStateFile(keyFile), 'utf8')) as { size: number; rootHash: string };
  const latestNote = async () => (await fetch(`${from}/api/v1/ledger/checkpoint`)).text();
  const cosignArgs = () => ['--key', keyFile, '--from', from];
  /** Runs an attack on the store, then puts the events, tree and checkpoints back as they were. */
  const underAttack = async (attack: () => Promise<void>) => {
    const { db } = world.app.database;
    const clean = await snapshotLedger(db);
    const checkpoints = await db.selectFrom('ledger_checkpoints').selectAll().execute();
    try {
      await attack();
    } finally {
      await restoreLedger(db, clean);
      await db.deleteFrom('ledger_checkpoints').execute();
      await db.insertInto('ledger_checkpoints').values(checkpoints).execute();
    }
  };
  /** Keeps the first `keep` events, and drops the checkpoints of larger trees (as the attacker would). */
  const cutTo = async (keep: number) => {
    const { db } = world.app.database;
    await truncateLedger(db, keep);
    await db.deleteFrom('ledger_checkpoints').where('tree_size', '>', keep).execute();
  };

  beforeAll(async () => {
    world = await createTestWorld(store());
    const { app } = world;
    officer = await addTestUser(app.database, app.dataDir, 'officer-witnessed');
    logKey = (await ensureLogKey(app.database, app.masterKey)).vkey;
    folder = mkdtempSync(join(tmpdir(), 'refuge-witness-'));
    keyFile = join(folder, 'witness.key');
    witnessKey = createWitnessKeyFile('oig.test/witness', keyFile);
    const added = await addWitness(app, 'oig.test/witness', witnessKey);
    if (!added.ok) throw added.error;
    server = await listen(app, { port: 0, isDemoPublic: false });
    from = `http://127.0.0.1:${server.address.port}`;
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('cosigns the first checkpoint, then a grown one through a consistency proof; the log keeps both', async () => {
    const first = await signCheckpoint(world.app);
    const outcome = await runCosign({ keyFile, from, logKey, now: () => 1_700_000_000 });
    expect(outcome).toMatchObject({ size: first.treeSize, previousSize: 0, timestamp: 1_700_000_000 });
    expect(outcome.accepted).toEqual([
      { witness: 'oig.test/witness', treeSize: first.treeSize, timestamp: 1_700_000_000 },
    ]);
    // The log now serves the checkpoint with a cosignature that verifies with the witness's key.
    const served = parseCheckpoint(await latestNote())!;
    expect(await cosignatureBy(served, parseVerifierKey(witnessKey)!)).toEqual({ timestamp: 1_700_000_000 });

    await appendInTransaction(world.app.database, officer, buildEventInputs(9));
    const grown = await signCheckpoint(world.app);
    expect(grown.treeSize).toBe(first.treeSize + 9);
    // No --log-key now: the state file pinned it on the first run.
    const second = await runCosign({ keyFile, from });
    expect(second).toMatchObject({ size: grown.treeSize, previousSize: first.treeSize });
    expect(readState()).toMatchObject({ size: grown.treeSize, rootHash: grown.note.split('\n')[2] });
    const rows = await world.app.database.db
      .selectFrom('ledger_cosignatures')
      .select(['tree_size', 'witness'])
      .orderBy('tree_size')
      .execute();
    expect(rows.map((r) => [Number(r.tree_size), r.witness])).toEqual([
      [first.treeSize, 'oig.test/witness'],
      [grown.treeSize, 'oig.test/witness'],
    ]);
  });

  it('remembers across a restart: a new process proves the grown tree from the size the last one cosigned', async () => {
    const before = readState().size;
    await appendInTransaction(world.app.database, officer, buildEventInputs(6, 9));
    const grown = await signCheckpoint(world.app);
    const result = await cosignInProcess(cosignArgs());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^cosigned \\S+ at ${grown.treeSize} events \\(consistent with the ${before} events cosigned before\\)\\n$`,
      ),
    );
    expect(readState().size).toBe(grown.treeSize);
  });

  it('refuses a log cut short and re-signed with the log key, and keeps what it remembered', async () => {
    const state = readState();
    await underAttack(async () => {
      await cutTo(state.size - 4);
      await signCheckpoint(world.app);
      const result = await cosignInProcess(cosignArgs());
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `refuge: Refusing to cosign: the log's tree has ${state.size - 4} events but this witness cosigned ${state.size}: the last 4 were removed.\n`,
      );
      expect(readState()).toEqual(state);
    });
  });

  it('refuses another history at the size it cosigned, and a longer history that rewrote it', async () => {
    const state = readState();
    await underAttack(async () => {
      // The last two events replaced by two others: same size, another root.
      await cutTo(state.size - 2);
      await appendInTransaction(world.app.database, officer, buildEventInputs(2, 500));
      expect((await signCheckpoint(world.app)).treeSize).toBe(state.size);
      await expect(runCosign({ keyFile, from })).rejects.toMatchObject({
        code: 'LEDGER_BROKEN',
        message: expect.stringMatching(
          new RegExp(
            `^Refusing to cosign: the log signed two different roots for its first ${state.size} events`,
          ),
        ) as unknown,
      });
      // It grows on past the size cosigned: the consistency proof from there cannot reach the root cosigned.
      await appendInTransaction(world.app.database, officer, buildEventInputs(5, 600));
      await signCheckpoint(world.app);
      const result = await cosignInProcess(cosignArgs());
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^refuge: Refusing to cosign: the tree of ${state.size + 5} events does not extend the tree of ${state.size} this witness cosigned \\(the proof does not lead to the (older|newer) root\\): the history was rewritten\\.\\n$`,
        ),
      );
      expect(readState()).toEqual(state);
    });
    // With the log put back, the witness goes on cosigning it.
    expect(await runCosign({ keyFile, from })).toMatchObject({ size: state.size, previousSize: state.size });
  });

  it('refuses a checkpoint the log key did not sign, and a log key other than the one it pinned', async () => {
    const other = join(folder, 'other.state.json');
    const wrongKey = logKey.replace(/^[^+]+/, 'another.test/log');
    await expect(runCosign({ keyFile, from, stateFile: other, logKey: wrongKey })).rejects.toMatchObject({
      code: 'LEDGER_BROKEN',
      message: expect.stringMatching(
        /^Refusing to cosign: the checkpoint is not signed by the log key/,
      ) as unknown,
    });
    await expect(runCosign({ keyFile, from, logKey: wrongKey })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(
        /watches the log key .* give another --state for another log/,
      ) as unknown,
    });
  });
});
