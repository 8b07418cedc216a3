// Checking one event on its own, on both dialects: the key in force is the actor's last registration before the
// event, read from the ledger; an actor with no registered key, a changed payload or a changed signature fails.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import { keyInForce, verifyEventSignature } from './event-signature.ts';
import { addTestUser, appendInTransaction, buildEventInputs } from './ledger-fixtures.ts';
import { findRegisteredKeys, readEvents } from './ledger.repository.ts';

describeEachDialect('one event\u2019s signature', (store) => {
  it('verifies with the registered key, and fails without one or after a change', async () => {
    const { database, dataDir } = store();
    const registered = await addTestUser(database, dataDir, 'user-a');
    const unregistered = await addTestUser(database, dataDir, 'user-b', { register: false });
    const [good] = await appendInTransaction(database, registered, buildEventInputs(1));
    const [stranger] = await appendInTransaction(database, unregistered, buildEventInputs(1, 1));
    const all = await readEvents(database.db, { afterSeq: 0, limit: 100 });
    const keys = await findRegisteredKeys(database.db, ['user-a', 'user-b', SYSTEM_ACTOR_ID], stranger!.seq);
    expect(keys.get('user-a')).toHaveLength(1);
    expect(keys.get('user-b')).toEqual([]);

    const check = (event: (typeof all)[number]) =>
      verifyEventSignature(event, keyInForce(keys.get(event.actorId) ?? [], event));
    expect(check(good!)).toBe(true);
    expect(check(all[0]!)).toBe(true); // the genesis event: the system registering its own key
    expect(check(stranger!)).toBe(false);
    expect(check({ ...good!, payloadJson: good!.payloadJson.replace('Synthetic', 'Forged') })).toBe(false);
    expect(check({ ...good!, signature: stranger!.signature })).toBe(false);
    expect(check({ ...good!, signature: 'not a signature' })).toBe(false);
    // A key registered after an event does not vouch for it.
    expect(keyInForce([{ seq: good!.seq + 1, publicKey: 'later' }], good!)).toBeUndefined();
  });
});
