// `refuge verify` and the log's checkpoints, on both dialects: every stored checkpoint must be signed by the log key
// and be the root of the events' tree at its size; a note kept outside the database proves that today's log
// extends it. Each attack an operator with the database and the master key could try is caught: cutting the last
// events and re-signing a checkpoint with the log key; altering one event, re-signing the chain and rebuilding the
// tree; a note from another log; a stored tree that disagrees with the events.
import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import type { AppContext } from '../app-context.ts';
import type { LedgerCheckpointsTable } from '../db/schema.ts';
import { signCheckpoint } from './checkpoint.service.ts';
import { ensureSystemActor } from './key-registration.ts';
import {
  addTestUser,
  appendInTransaction,
  buildEventInputs,
  rebuildTree,
  rechainFrom,
  restoreLedger,
  snapshotLedger,
  truncateLedger,
  type LedgerSnapshot,
} from './ledger-fixtures.ts';
import { verifyLedger, type VerifyOptions } from './ledger.verify.ts';
import { loadMasterKey, type Signer } from './signing-keys.ts';

// expect.stringMatching is typed any; this names it once.
const stringMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const SMALL: VerifyOptions = { pageSize: 7, workers: 1 };

describeEachDialect('verifying the log against its checkpoints', (store) => {
  let app: AppContext;
  let signers: Signer[];
  let clean: LedgerSnapshot;
  let oldNote: string;
  let latestNote: string;
  let checkpoints: LedgerCheckpointsTable[];

  beforeAll(async () => {
    const { database, dataDir } = store();
    const masterKey = loadMasterKey(dataDir);
    app = { database, dataDir, masterKey, now: () => new Date().toISOString(), newId: randomUUID };
    const system = await ensureSystemActor(database, masterKey);
    const officer = await addTestUser(database, dataDir, 'officer-1');
    const other = await addTestUser(database, dataDir, 'officer-2');
    signers = [system, officer, other];
    await appendInTransaction(database, officer, buildEventInputs(20));
    oldNote = (await signCheckpoint(app)).note; // 23 events
    await appendInTransaction(database, other, buildEventInputs(10, 20));
    await signCheckpoint(app);
    await appendInTransaction(database, officer, buildEventInputs(7, 30));
    latestNote = (await signCheckpoint(app)).note; // 40 events
    clean = await snapshotLedger(database.db);
    checkpoints = await database.db.selectFrom('ledger_checkpoints').selectAll().execute();
  });
  beforeEach(async () => {
    const { db } = store().database;
    await restoreLedger(db, clean);
    await db.deleteFrom('ledger_checkpoints').execute();
    await db.insertInto('ledger_checkpoints').values(checkpoints).execute();
  });

  it('checks every stored checkpoint against the events\u2019 tree, and a note kept outside', async () => {
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: true,
      count: 40,
      checkpoint: { size: 40 },
      checkpointsChecked: 3,
    });
    expect(await verifyLedger(store().database, { ...SMALL, note: oldNote })).toMatchObject({ ok: true });
    expect(await verifyLedger(store().database, { ...SMALL, note: latestNote })).toMatchObject({ ok: true });
  });

  it('catches the last events cut and a checkpoint re-signed with the log key', async () => {
    const { database } = store();
    await truncateLedger(database.db, 36);
    await signCheckpoint(app); // the log key signs the shorter tree
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      problem: 'removed',
      message: stringMatching(/covers 40 events but the ledger holds 36: the last 4 events were removed/),
    });
    // Even with the larger checkpoints deleted, a note kept outside the database still catches it.
    await database.db.deleteFrom('ledger_checkpoints').where('tree_size', '>', 36).execute();
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true, count: 36 });
    expect(await verifyLedger(database, { ...SMALL, note: latestNote })).toMatchObject({
      ok: false,
      problem: 'removed',
      message: stringMatching(/^the checkpoint note given covers 40 events but the ledger holds 36/),
    });
  });

  it('catches one event altered, the chain re-signed and the tree rebuilt', async () => {
    const { database } = store();
    await database.db
      .updateTable('ledger_events')
      .set({ payload: '{"outcome":"positive","screeningId":"s-9"}' })
      .where('seq', '=', 12)
      .execute();
    await rechainFrom(database.db, 12, signers);
    await rebuildTree(database.db);
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      problem: 'checkpoint_mismatch',
      message: stringMatching(/history before it was rewritten/),
    });
    // The attacker re-signs every checkpoint with the log key: the chain and the store agree again, but a note kept
    // outside the database does not.
    await database.db.deleteFrom('ledger_checkpoints').execute();
    await signCheckpoint(app);
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true, count: 40 });
    expect(await verifyLedger(database, { ...SMALL, note: oldNote })).toMatchObject({
      ok: false,
      problem: 'checkpoint_mismatch',
      message: stringMatching(/^the checkpoint note given signed root .+ for the first 23 events/),
    });
  });

  it('refuses a note another key signed, and a note that is not one', async () => {
    const forged = latestNote.replace(
      /\u2014 (\S+) (\S+)\n$/,
      (_m, name: string) => `\u2014 ${name} ${Buffer.alloc(68, 7).toString('base64')}\n`,
    );
    expect(await verifyLedger(store().database, { ...SMALL, note: forged })).toMatchObject({
      ok: false,
      problem: 'checkpoint_mismatch',
      message: stringMatching(/not signed by this log's key/),
    });
    await expect(verifyLedger(store().database, { ...SMALL, note: 'hello\n' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('catches a stored tree that disagrees with the events', async () => {
    const { database } = store();
    await database.db
      .updateTable('ledger_tree')
      .set({ hash: 'ab'.repeat(32) })
      .where('id', '=', 2 * 30)
      .execute();
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: false, problem: 'tree_mismatch' });
  });
});
