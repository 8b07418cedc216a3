import { createPublicKey, hash, verify } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { CanonicalJsonError } from '../../domain/ledger/canonical-json.ts';
import {
  eventBody,
  GENESIS_HASH,
  KEY_REGISTERED,
  SYSTEM_ACTOR_ID,
} from '../../domain/ledger/ledger-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { ensureSystemActor } from './key-registration.ts';
import { loadMasterKey } from './signing-keys.ts';
import { addTestUser, appendInTransaction, buildEventInputs } from './ledger-fixtures.ts';
import { appendEvents, getHead, readCaseEvents, readEvents } from './ledger.repository.ts';
import { verifyLedger } from './ledger.verify.ts';

describeEachDialect('ledger genesis', (store) => {
  it('refuses to start the chain with anything but the system actor registering its own key', async () => {
    const { database, dataDir } = store();
    const officer = { actorId: 'officer-1', sign: () => 'x' };
    await expect(appendInTransaction(database, officer, buildEventInputs(1))).rejects.toThrow(
      /ensureSystemActor/,
    );
    expect(await getHead(database.db)).toEqual({ seq: 0, hash: GENESIS_HASH });
    await ensureSystemActor(database, loadMasterKey(dataDir)); // still possible afterwards: nothing was half-written
    expect((await getHead(database.db)).seq).toBe(1);
  });

  it('creates the system actor once, with one genesis event, however many callers race to do it', async () => {
    const { database, dataDir } = store();
    const signers = await Promise.all(
      [1, 2, 3, 4].map(() => ensureSystemActor(database, loadMasterKey(dataDir))),
    );
    expect(signers.map((s) => s.actorId)).toEqual([
      SYSTEM_ACTOR_ID,
      SYSTEM_ACTOR_ID,
      SYSTEM_ACTOR_ID,
      SYSTEM_ACTOR_ID,
    ]);
    const events = await readEvents(database.db, { afterSeq: 0, limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      seq: 1,
      type: KEY_REGISTERED,
      actorId: SYSTEM_ACTOR_ID,
      prevHash: GENESIS_HASH,
    });
    const users = await database.db
      .selectFrom('users')
      .select(['id', 'role', 'public_key'])
      .where('id', '=', SYSTEM_ACTOR_ID)
      .execute();
    const registered = JSON.parse(events[0]!.payloadJson) as { publicKey: string };
    expect(users).toEqual([{ id: SYSTEM_ACTOR_ID, role: 'system', public_key: registered.publicKey }]);
  });
});

describeEachDialect('ledger repository', (store) => {
  it('appends events that read back chained, hashed over their canonical body, and signed by the actor', async () => {
    const { database, dataDir } = store();
    const officer = await addTestUser(database, dataDir, 'officer-rt');
    const before = await getHead(database.db);
    const inputs = buildEventInputs(3);
    const appended = await appendInTransaction(database, officer, inputs);
    const read = await readEvents(database.db, { afterSeq: before.seq, limit: 100 });
    expect(read).toEqual(appended);
    expect(read.map((e) => e.seq)).toEqual([before.seq + 1, before.seq + 2, before.seq + 3]);
    expect(read.map((e) => e.prevHash)).toEqual([before.hash, read[0]!.hash, read[1]!.hash]);
    const publicKey = (
      await database.db
        .selectFrom('users')
        .select('public_key')
        .where('id', '=', 'officer-rt')
        .executeTakeFirstOrThrow()
    ).public_key;
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    read.forEach((event, i) => {
      expect(event).toMatchObject({
        actorId: 'officer-rt',
        type: inputs[i]!.type,
        caseId: inputs[i]!.caseId,
        occurredAt: inputs[i]!.occurredAt,
      });
      expect(JSON.parse(event.payloadJson)).toEqual(inputs[i]!.payload);
      expect(event.payloadJson).toMatch(/^\{"officerNote":.*,"outcome":.*,"screeningId":/); // stored canonically
      const digest = hash('sha256', eventBody(event, event.payloadJson), 'buffer');
      expect(event.hash).toBe(digest.toString('hex'));
      expect(verify(null, digest, key, Buffer.from(event.signature, 'base64'))).toBe(true);
    });
    expect(await getHead(database.db)).toEqual({ seq: before.seq + 3, hash: read[2]!.hash });
  });

  it('reads one case in seq order, and pages through the ledger by seq', async () => {
    const { database } = store();
    const all = await readEvents(database.db, { afterSeq: 0, limit: 1000 });
    const caseEvents = await readCaseEvents(database.db, 'case-1');
    expect(caseEvents.length).toBeGreaterThan(0);
    expect(caseEvents).toEqual(all.filter((e) => e.caseId === 'case-1'));
    const secondPage = await readEvents(database.db, { afterSeq: 2, limit: 2 });
    expect(secondPage.map((e) => e.seq)).toEqual([3, 4]);
  });

  it('holds the chain across transactions', async () => {
    const { database, dataDir } = store();
    const officer = await addTestUser(database, dataDir, 'officer-chain');
    const first = await appendInTransaction(database, officer, buildEventInputs(2));
    const second = await appendInTransaction(database, officer, buildEventInputs(2, 2));
    expect(second[0]!.prevHash).toBe(first[1]!.hash);
    expect(second[0]!.seq).toBe(first[1]!.seq + 1);
    expect(await verifyLedger(database)).toMatchObject({ ok: true, head: second[1]!.hash });
  });

  it('leaves no event and the head unchanged when the transaction rolls back', async () => {
    const { database, dataDir } = store();
    const officer = await addTestUser(database, dataDir, 'officer-rollback');
    const head = await getHead(database.db);
    const attempt = inTransaction(database, async (trx) => {
      await appendEvents(database, trx, officer, buildEventInputs(3));
      throw new Error('the change after the append failed');
    });
    await expect(attempt).rejects.toThrow('the change after the append failed');
    expect(await getHead(database.db)).toEqual(head);
    expect(await readEvents(database.db, { afterSeq: head.seq, limit: 10 })).toEqual([]);
  });

  it('rejects a payload that is not plain JSON before writing anything', async () => {
    const { database, dataDir } = store();
    const officer = await addTestUser(database, dataDir, 'officer-json');
    const head = await getHead(database.db);
    const bad = { ...buildEventInputs(1)[0]!, payload: { when: new Date(0) } };
    await expect(appendInTransaction(database, officer, [...buildEventInputs(1), bad])).rejects.toThrow(
      CanonicalJsonError,
    );
    expect(await getHead(database.db)).toEqual(head);
  });

  it('makes one unbroken chain of many concurrent transactions', async () => {
    const { database, dataDir } = store();
    const signers = await Promise.all(
      ['officer-c1', 'officer-c2', 'officer-c3'].map((id) => addTestUser(database, dataDir, id)),
    );
    const head = await getHead(database.db);
    const batches = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        inTransaction(database, async (trx) => {
          const events = await appendEvents(database, trx, signers[i % 3]!, buildEventInputs(3, i * 3));
          await new Promise((resolve) => setTimeout(resolve, 5)); // hold the head lock while others queue for it
          return events;
        }),
      ),
    );
    expect(batches.flat()).toHaveLength(36);
    const events = await readEvents(database.db, { afterSeq: head.seq, limit: 100 });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 36 }, (_, i) => head.seq + 1 + i));
    events.forEach((event, i) => expect(event.prevHash).toBe(i === 0 ? head.hash : events[i - 1]!.hash));
    expect(await verifyLedger(database)).toMatchObject({ ok: true, count: head.seq + 36 });
  });

  // Last: the appends without the tree leave this store's tree short of its events, as the benchmark's store is.
  it("adds every event as a leaf of the log's tree, and none on a store the benchmark set to skip the tree", async () => {
    const { database, dataDir } = store();
    const officer = await addTestUser(database, dataDir, 'officer-tree');
    const leaves = async () =>
      (await database.db.selectFrom('ledger_tree').select('id').where('level', '=', 0).execute()).length;
    await appendInTransaction(database, officer, buildEventInputs(2));
    const withTree = (await getHead(database.db)).seq;
    expect(await leaves()).toBe(withTree);
    database.benchSkipsMerkleTree = true;
    try {
      await appendInTransaction(database, officer, buildEventInputs(2, 2));
    } finally {
      database.benchSkipsMerkleTree = undefined;
    }
    expect((await getHead(database.db)).seq).toBe(withTree + 2);
    expect(await leaves()).toBe(withTree);
  });
});
