import { hash } from 'node:crypto';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { eventBody } from '../../domain/ledger/ledger-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { ensureSystemActor, registerUserKey } from './key-registration.ts';
import {
  addTestUser,
  appendInTransaction,
  buildEventInputs,
  openGapAt,
  rebuildTree,
  rechainFrom,
  restoreLedger,
  snapshotLedger,
  swapSeqs,
  type LedgerSnapshot,
} from './ledger-fixtures.ts';
import { getHead, readEvents, type StoredLedgerEvent } from './ledger.repository.ts';
import { verifyLedger, type VerifyOptions } from './ledger.verify.ts';
import { generateSigningKey, loadMasterKey, signerFor, type Signer } from './signing-keys.ts';

// Small pages and two workers, so breaks fall on page and batch boundaries as they would in a large ledger.
const SMALL: VerifyOptions = { pageSize: 7, workers: 2 };
// A clean verdict on a log that has no signed checkpoint yet.
const CLEAN = { ok: true, checkpoint: null, checkpointsChecked: 0 } as const;

describeEachDialect('ledger verification', (store) => {
  let clean: LedgerSnapshot;
  let events: StoredLedgerEvent[];
  let officer: Signer;
  let supervisor: Signer;
  const event = (seq: number): StoredLedgerEvent => events.find((e) => e.seq === seq)!;

  beforeAll(async () => {
    const { database, dataDir } = store();
    await ensureSystemActor(database, loadMasterKey(dataDir));
    officer = await addTestUser(database, dataDir, 'officer-v');
    supervisor = await addTestUser(database, dataDir, 'supervisor-v');
    for (let i = 0; i < 5; i++)
      await appendInTransaction(database, i % 2 ? supervisor : officer, buildEventInputs(8, i * 8));
    clean = await snapshotLedger(database.db);
    events = await readEvents(database.db, { afterSeq: 0, limit: 1000 });
  });

  afterEach(async () => {
    await restoreLedger(store().database.db, clean);
  });

  it('passes a clean ledger, reporting its size and head, whatever the page size', async () => {
    const { database } = store();
    const head = await getHead(database.db);
    expect(head.seq).toBe(43);
    expect(await verifyLedger(database)).toEqual({ ...CLEAN, count: 43, head: head.hash });
    expect(await verifyLedger(database, SMALL)).toEqual({ ...CLEAN, count: 43, head: head.hash });
    expect(await verifyLedger(database, { pageSize: 1, workers: 3 })).toEqual({
      ...CLEAN,
      count: 43,
      head: head.hash,
    });
  });

  it('names an altered payload', async () => {
    const { db } = store().database;
    await db
      .updateTable('ledger_events')
      .set({ payload: event(20).payloadJson.replace('negative', 'positive') })
      .where('seq', '=', 20)
      .execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 20,
      eventId: event(20).id,
      problem: 'altered',
    });
  });

  it('names an event rewritten with a recomputed hash as altered, not as a removal after it', async () => {
    const { db } = store().database;
    const rewritten = { ...event(20), payloadJson: event(20).payloadJson.replace('negative', 'positive') };
    const newHash = hash('sha256', eventBody(rewritten, rewritten.payloadJson), 'hex');
    await db
      .updateTable('ledger_events')
      .set({ payload: rewritten.payloadJson, hash: newHash })
      .where('seq', '=', 20)
      .execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 20,
      eventId: event(20).id,
      problem: 'altered',
    });
  });

  it('names a deleted event in the middle: the event after the gap links to a hash the ledger lacks', async () => {
    const { db } = store().database;
    await db.deleteFrom('ledger_events').where('seq', '=', 21).execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 22,
      eventId: event(22).id,
      problem: 'removed',
    });
  });

  it('names deleted events at the tail against the head', async () => {
    const { db } = store().database;
    await db.deleteFrom('ledger_events').where('seq', '>=', 42).execute();
    const result = await verifyLedger(store().database, SMALL);
    expect(result).toMatchObject({ ok: false, seq: 43, eventId: null, problem: 'removed' });
    expect(result.ok || result.message).toMatch(/ends at seq 41/);
  });

  it('names an inserted event, correctly linked and validly signed by a registered user', async () => {
    const { database } = store();
    const forged = {
      ...event(15),
      id: '00000000-0000-4000-8000-00000000f00d',
      payloadJson: '{"outcome":"positive","screeningId":"s-forged"}',
      prevHash: event(15).hash,
    };
    const digest = hash(
      'sha256',
      eventBody({ ...forged, actorId: officer.actorId }, forged.payloadJson),
      'buffer',
    );
    await openGapAt(database.db, 16);
    await database.db
      .insertInto('ledger_events')
      .values({
        seq: 16,
        id: forged.id,
        type: forged.type,
        actor_id: officer.actorId,
        case_id: forged.caseId,
        occurred_at: forged.occurredAt,
        payload: forged.payloadJson,
        prev_hash: forged.prevHash,
        hash: digest.toString('hex'),
        signature: officer.sign(digest),
      })
      .execute();
    await database.db.updateTable('ledger_head').set({ seq: 44 }).execute();
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      seq: 16,
      eventId: forged.id,
      problem: 'inserted',
    });
  });

  it('names a swapped pair of neighbours as reordered, at the first of them', async () => {
    const { database } = store();
    await swapSeqs(database.db, 10, 11);
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      seq: 10,
      eventId: event(11).id,
      problem: 'reordered',
    });
  });

  it('names a far swap across pages as reordered', async () => {
    const { database } = store();
    await swapSeqs(database.db, 12, 30);
    const result = await verifyLedger(database, SMALL);
    expect(result).toMatchObject({ ok: false, seq: 12, eventId: event(30).id, problem: 'reordered' });
    expect(result.ok || result.message).toMatch(/links to the event at seq 29/); // event 30's predecessor, now after it
  });

  it('names a forged signature: a real signature, but by another user than the actor', async () => {
    const { db } = store().database;
    await db
      .updateTable('ledger_events')
      .set({ signature: supervisor.sign(Buffer.from(event(25).hash, 'hex')) })
      .where('seq', '=', 25)
      .execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 25,
      eventId: event(25).id,
      problem: 'bad_signature',
    });
  });

  it('names a malformed signature', async () => {
    const { db } = store().database;
    await db.updateTable('ledger_events').set({ signature: 'c2hvcnQ=' }).where('seq', '=', 9).execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 9,
      problem: 'bad_signature',
    });
  });

  it('names an event signed by a key that was never registered in the ledger', async () => {
    const { database, dataDir } = store();
    const stranger = await addTestUser(database, dataDir, 'officer-unregistered', { register: false });
    const [signed] = await appendInTransaction(database, stranger, buildEventInputs(1));
    const result = await verifyLedger(database, SMALL);
    expect(result).toMatchObject({ ok: false, seq: 44, eventId: signed!.id, problem: 'unknown_key' });
    await database.db.deleteFrom('users').where('id', '=', 'officer-unregistered').execute();
  });

  it('takes keys from the ledger, not the users table', async () => {
    const { database } = store();
    // Pointing the users row at the supervisor's key changes nothing: the ledger still holds the officer's own.
    const supervisorKey = await database.db
      .selectFrom('users')
      .select('public_key')
      .where('id', '=', 'supervisor-v')
      .executeTakeFirstOrThrow();
    const officerKey = await database.db
      .selectFrom('users')
      .select('public_key')
      .where('id', '=', 'officer-v')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('users')
      .set({ public_key: supervisorKey.public_key })
      .where('id', '=', 'officer-v')
      .execute();
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true });
    await database.db
      .updateTable('users')
      .set({ public_key: officerKey.public_key })
      .where('id', '=', 'officer-v')
      .execute();
  });

  it('checks each event against the key registered last before it, so a replaced key signs nothing after', async () => {
    const { database, dataDir } = store();
    const system = await ensureSystemActor(database, loadMasterKey(dataDir));
    const rotated = generateSigningKey(loadMasterKey(dataDir));
    const rotatedUser = {
      id: officer.actorId,
      public_key: rotated.publicKey,
      private_key: rotated.sealedPrivateKey,
      created_at: '2021-01-01T00:00:00.000Z',
    };
    await inTransaction(database, (trx) => registerUserKey(database, trx, system, rotatedUser));
    await appendInTransaction(database, signerFor(rotatedUser, loadMasterKey(dataDir)), buildEventInputs(2));
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true, count: 46 });
    const [stale] = await appendInTransaction(database, officer, buildEventInputs(1));
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      seq: 47,
      eventId: stale!.id,
      problem: 'bad_signature',
    });
  });

  it('names a head that disagrees with the last event', async () => {
    const { db } = store().database;
    await db
      .updateTable('ledger_head')
      .set({ seq: 40, hash: event(40).hash })
      .execute();
    expect(await verifyLedger(store().database, SMALL)).toMatchObject({
      ok: false,
      seq: 43,
      problem: 'head_mismatch',
    });
  });
});

describeEachDialect('ledger verification from a trusted checkpoint', (store) => {
  let clean: LedgerSnapshot;
  let signers: Signer[];
  let checkpoint: { count: number; hash: string };

  beforeAll(async () => {
    const { database, dataDir } = store();
    signers = [
      await ensureSystemActor(database, loadMasterKey(dataDir)),
      await addTestUser(database, dataDir, 'officer-cp'),
    ];
    for (let i = 0; i < 4; i++)
      await appendInTransaction(database, signers[1]!, buildEventInputs(10, i * 10));
    const result = await verifyLedger(database, SMALL);
    if (!result.ok) throw new Error(result.message);
    checkpoint = { count: result.count, hash: result.head };
    clean = await snapshotLedger(database.db);
  });

  afterEach(async () => {
    await restoreLedger(store().database.db, clean);
  });

  it('passes the same ledger, and checks the signatures of events appended after the checkpoint', async () => {
    const { database } = store();
    expect(await verifyLedger(database, { ...SMALL, checkpoint })).toEqual({
      ...CLEAN,
      count: 42,
      head: checkpoint.hash,
    });
    const [later] = await appendInTransaction(database, signers[1]!, buildEventInputs(3));
    await database.db
      .updateTable('ledger_events')
      .set({ signature: signers[0]!.sign(Buffer.from(later!.hash, 'hex')) })
      .where('seq', '=', 43)
      .execute();
    expect(await verifyLedger(database, { ...SMALL, checkpoint })).toMatchObject({
      ok: false,
      seq: 43,
      problem: 'bad_signature',
    });
  });

  it('still recomputes every hash before the checkpoint', async () => {
    const { db } = store().database;
    await db
      .updateTable('ledger_events')
      .set({ occurred_at: '2019-01-01T00:00:00.000Z' })
      .where('seq', '=', 7)
      .execute();
    expect(await verifyLedger(store().database, { ...SMALL, checkpoint })).toMatchObject({
      ok: false,
      seq: 7,
      problem: 'altered',
    });
  });

  it('catches an alteration whose chain was recomputed and re-signed, which only a checkpoint can', async () => {
    const { database } = store();
    await database.db
      .updateTable('ledger_events')
      .set({ payload: '{"outcome":"positive","screeningId":"s-9"}' })
      .where('seq', '=', 12)
      .execute();
    await rechainFrom(database.db, 12, signers);
    // The Merkle tree, written with the original events, no longer matches them...
    expect(await verifyLedger(database, SMALL)).toMatchObject({
      ok: false,
      problem: 'tree_mismatch',
      seq: 12,
    });
    // ...until it is rebuilt too: then the chain is self-consistent, and only the checkpoint catches it.
    await rebuildTree(database.db);
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true, count: 42 });
    expect(await verifyLedger(database, { ...SMALL, checkpoint })).toMatchObject({
      ok: false,
      seq: 42,
      problem: 'altered',
    });
  });

  it('catches a cut tail whose head was rewritten', async () => {
    const { database } = store();
    const last = await database.db
      .selectFrom('ledger_events')
      .select(['seq', 'hash'])
      .where('seq', '=', 38)
      .executeTakeFirstOrThrow();
    await database.db.deleteFrom('ledger_events').where('seq', '>', 38).execute();
    await database.db.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).execute();
    expect(await verifyLedger(database, SMALL)).toMatchObject({ ok: true, count: 38 });
    expect(await verifyLedger(database, { ...SMALL, checkpoint })).toMatchObject({
      ok: false,
      seq: 39,
      eventId: null,
      problem: 'removed',
    });
  });
});
