// Keys enter the ledger as events, so the verifier never has to trust the users table (which an attacker with the
// database could rewrite). The system actor opens the chain by registering its own key.
import { KEY_REGISTERED, SYSTEM_ACTOR_ID, type KeyRegistration } from '../../domain/ledger/ledger-event.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { UsersTable } from '../db/schema.ts';
import { inTransaction, lockLedgerHead, type Transaction } from '../db/transaction.ts';
import { appendEvents, type StoredLedgerEvent } from './ledger.repository.ts';
import { generateSigningKey, signerFor, type Signer } from './signing-keys.ts';

/** Records `user`'s public key in the ledger, signed by `signer` (the admin creating the user, or the system). Call
 * it in the transaction that creates the user: events the user signs verify only after this one. */
export async function registerUserKey(
  database: RefugeDatabase,
  trx: Transaction,
  signer: Signer,
  user: Pick<UsersTable, 'id' | 'public_key' | 'created_at'>,
): Promise<StoredLedgerEvent> {
  const payload: KeyRegistration = { userId: user.id, publicKey: user.public_key };
  const [event] = await appendEvents(database, trx, signer, [
    { type: KEY_REGISTERED, caseId: null, payload: { ...payload }, occurredAt: user.created_at },
  ]);
  return event!;
}

/** The system actor's signer. On first use it creates the `system` user and the ledger's genesis event (the system
 * registering its own key); it is safe to call from many processes at once, since it holds the head's lock. */
export async function ensureSystemActor(database: RefugeDatabase, masterKey: Buffer): Promise<Signer> {
  return inTransaction(database, async (trx) => {
    const head = await lockLedgerHead(database, trx);
    let user = await findSystemUser(trx);
    if (!user) {
      if (head.seq !== 0)
        throw new Error(
          'the ledger has events but no system user: the users table was changed outside Refuge',
        );
      const key = generateSigningKey(masterKey);
      user = {
        id: SYSTEM_ACTOR_ID,
        public_key: key.publicKey,
        private_key: key.sealedPrivateKey,
        created_at: new Date().toISOString(),
      };
      await trx
        .insertInto('users')
        .values({
          ...user,
          name: SYSTEM_ACTOR_ID,
          role: 'system',
          office: null,
          password_hash: '!',
          disabled_at: null,
          is_dissent_reviewer: 0,
        })
        .execute();
    }
    const signer = signerFor(user, masterKey);
    if (head.seq === 0) await registerUserKey(database, trx, signer, user);
    return signer;
  });
}

// The one users-table query the ledger needs; '!' as the password hash means the system actor can never log in.
const findSystemUser = (
  trx: Transaction,
): Promise<Pick<UsersTable, 'id' | 'public_key' | 'private_key' | 'created_at'> | undefined> =>
  trx
    .selectFrom('users')
    .select(['id', 'public_key', 'private_key', 'created_at'])
    .where('id', '=', SYSTEM_ACTOR_ID)
    .executeTakeFirst();
