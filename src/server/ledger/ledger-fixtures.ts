// Test support for the ledger's tests: a small synthetic ledger with a few signers, and the tampering an attacker
// with write access to the database could do. Not used by production code.
import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { eventBody, GENESIS_HASH } from '../../domain/ledger/ledger-event.ts';
import type { RefugeDatabase } from '../db/database.ts';
import { buildTree } from '../db/migrations/0008-verifiable-log.ts';
import type { DatabaseSchema, LedgerEventsTable, LedgerHeadTable, LedgerTreeTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { ensureSystemActor, registerUserKey } from './key-registration.ts';
import {
  appendEvents,
  readEvents,
  type LedgerEventInput,
  type StoredLedgerEvent,
} from './ledger.repository.ts';
import { generateSigningKey, loadMasterKey, signerFor, type Signer } from './signing-keys.ts';

/** Creates a users row with a fresh key; registers the key in the ledger unless told not to. */
export async function addTestUser(
  database: RefugeDatabase,
  dataDir: string,
  id: string,
  options: { register?: boolean } = {},
): Promise<Signer> {
  const masterKey = loadMasterKey(dataDir);
  const system = await ensureSystemActor(database, masterKey);
  const key = generateSigningKey(masterKey);
  const user = {
    id,
    public_key: key.publicKey,
    private_key: key.sealedPrivateKey,
    created_at: '2020-01-01T00:00:00.000Z',
  };
  await inTransaction(database, async (trx) => {
    await trx
      .insertInto('users')
      .values({
        ...user,
        name: id,
        role: 'officer',
        office: 'HOU',
        password_hash: '!',
        disabled_at: null,
        is_dissent_reviewer: 0,
      })
      .execute();
    if (options.register !== false) await registerUserKey(database, trx, system, user);
  });
  return signerFor(user, masterKey);
}

/** `count` synthetic events for a few cases, at distinct minutes of 2020. */
export const buildEventInputs = (count: number, from = 0): LedgerEventInput[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'screening.decided',
    caseId: `case-${(from + i) % 4}`,
    payload: {
      screeningId: `s-${from + i}`,
      outcome: (from + i) % 3 === 0 ? 'positive' : 'negative',
      officerNote: 'Synthetic — “quoted”, ñ',
    },
    occurredAt: new Date(Date.UTC(2020, 0, 1) + (from + i) * 60_000).toISOString(),
  }));

/** Appends events in their own transaction. */
export const appendInTransaction = (
  database: RefugeDatabase,
  signer: Signer,
  inputs: LedgerEventInput[],
): Promise<StoredLedgerEvent[]> =>
  inTransaction(database, (trx) => appendEvents(database, trx, signer, inputs));

/** Every stored row and the head, to put back after a tampering test. */
export interface LedgerSnapshot {
  events: LedgerEventsTable[];
  head: LedgerHeadTable;
  tree: LedgerTreeTable[];
}

/** Copies the ledger's rows. */
export async function snapshotLedger(db: Kysely<DatabaseSchema>): Promise<LedgerSnapshot> {
  const events = await db.selectFrom('ledger_events').selectAll().orderBy('seq').execute();
  const head = await db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow();
  const tree = await db.selectFrom('ledger_tree').selectAll().orderBy('id').execute();
  return {
    events: events.map((e) => ({ ...e, seq: Number(e.seq) })),
    head: { ...head, seq: Number(head.seq) },
    tree: tree.map((n) => ({ ...n, id: Number(n.id) })),
  };
}

/** Puts the ledger back exactly as it was snapshotted. */
export async function restoreLedger(db: Kysely<DatabaseSchema>, snapshot: LedgerSnapshot): Promise<void> {
  await db.deleteFrom('ledger_events').execute();
  for (let i = 0; i < snapshot.events.length; i += 500)
    await db
      .insertInto('ledger_events')
      .values(snapshot.events.slice(i, i + 500))
      .execute();
  await db.deleteFrom('ledger_tree').execute();
  for (let i = 0; i < snapshot.tree.length; i += 500)
    await db
      .insertInto('ledger_tree')
      .values(snapshot.tree.slice(i, i + 500))
      .execute();
  await db
    .updateTable('ledger_head')
    .set({ seq: snapshot.head.seq, hash: snapshot.head.hash })
    .where('id', '=', 1)
    .execute();
}

/** Swaps the positions of two events, through a temporary seq (the primary key forbids a direct swap). */
export async function swapSeqs(db: Kysely<DatabaseSchema>, a: number, b: number): Promise<void> {
  await db.updateTable('ledger_events').set({ seq: -1 }).where('seq', '=', a).execute();
  await db.updateTable('ledger_events').set({ seq: a }).where('seq', '=', b).execute();
  await db.updateTable('ledger_events').set({ seq: b }).where('seq', '=', -1).execute();
}

/** Moves every event from `seq` on one place later, leaving `seq` free for an inserted event. */
export async function openGapAt(db: Kysely<DatabaseSchema>, seq: number): Promise<void> {
  // Through negative seqs, since PostgreSQL checks the primary key row by row during an update.
  await db
    .updateTable('ledger_events')
    .set({ seq: sql`-seq` })
    .where('seq', '>=', seq)
    .execute();
  await db
    .updateTable('ledger_events')
    .set({ seq: sql`1 - seq` })
    .where('seq', '<', 0)
    .execute();
}

/** What an attacker holding every signer's key could do after an alteration: recompute the chain from `seq` on,
 * re-sign each event as its actor, and move the head to the new last hash. */
export async function rechainFrom(
  db: Kysely<DatabaseSchema>,
  seq: number,
  signers: readonly Signer[],
): Promise<void> {
  const events = await readEvents(db, { afterSeq: 0, limit: 100_000 });
  let prevHash = events.find((e) => e.seq === seq - 1)?.hash ?? GENESIS_HASH;
  for (const event of events.filter((e) => e.seq >= seq)) {
    const digest = hash('sha256', eventBody({ ...event, prevHash }, event.payloadJson), 'buffer');
    const signer = signers.find((s) => s.actorId === event.actorId)!;
    await db
      .updateTable('ledger_events')
      .set({ prev_hash: prevHash, hash: digest.toString('hex'), signature: signer.sign(digest) })
      .where('seq', '=', event.seq)
      .execute();
    prevHash = digest.toString('hex');
  }
  await db.updateTable('ledger_head').set({ hash: prevHash }).execute();
}

/** What an attacker could do after changing events: throw the Merkle tree away and build it again from them. */
export async function rebuildTree(db: Kysely<DatabaseSchema>): Promise<void> {
  await db.deleteFrom('ledger_tree').execute();
  await buildTree(db as unknown as Parameters<typeof buildTree>[0]);
}

/** Cuts the ledger to its first `keep` events, moving the head back and rebuilding the tree to match. */
export async function truncateLedger(db: Kysely<DatabaseSchema>, keep: number): Promise<void> {
  await db.deleteFrom('ledger_events').where('seq', '>', keep).execute();
  const last = await db
    .selectFrom('ledger_events')
    .select('hash')
    .where('seq', '=', keep)
    .executeTakeFirstOrThrow();
  await db.updateTable('ledger_head').set({ seq: keep, hash: last.hash }).execute();
  await rebuildTree(db);
}
