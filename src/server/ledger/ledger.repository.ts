// The ledger's only door: append (in the caller's transaction) and read. Nothing here updates or deletes an event.
// Each append also adds the events as leaves of the log's Merkle tree, in the same transaction.
import { hash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../domain/ledger/canonical-json.ts';
import {
  eventBody,
  isGenesisRegistration,
  KEY_REGISTERED,
  parseKeyRegistration,
} from '../../domain/ledger/ledger-event.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { DatabaseSchema, LedgerEventsTable } from '../db/schema.ts';
import { lockLedgerHead, type Transaction } from '../db/transaction.ts';
import { appendTreeLeaves, leafHashOfBody } from './merkle-tree.repository.ts';
import type { Signer } from './signing-keys.ts';

/** What a service asks to record. `occurredAt` is ISO-8601 UTC; the payload must be plain JSON. */
export interface LedgerEventInput {
  type: string;
  caseId: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** An event as stored: its position, its hashed fields, the payload's canonical JSON text, hash and signature. */
export interface StoredLedgerEvent {
  seq: number;
  id: string;
  type: string;
  actorId: string;
  caseId: string | null;
  occurredAt: string;
  payloadJson: string;
  prevHash: string;
  hash: string;
  signature: string;
}

/** The last event's position and hash, as the head row records them. */
export interface LedgerHead {
  seq: number;
  hash: string;
}

// Ten parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
const INSERT_CHUNK = 1000;

/** An event with the actor who signs it (bulk writers append many actors' events in one call). */
export interface ActorEventInput extends LedgerEventInput {
  actorId: string;
}

/** Signs digests, each as its actor, returning base64 signatures in order. It may work in parallel (worker threads):
 * signatures are not part of the chain, so they can be computed once the chain is built. */
export type BatchSigner = (items: readonly { actorId: string; digest: Buffer }[]) => Promise<string[]>;

/** Appends events in order, chained to the head and signed by `signer`, inside the caller's transaction (which
 * holds the head's lock until it commits, so concurrent appends form one chain). Returns them as stored. */
export async function appendEvents(
  database: RefugeDatabase,
  trx: Transaction,
  signer: Signer,
  inputs: readonly LedgerEventInput[],
): Promise<StoredLedgerEvent[]> {
  const signAll: BatchSigner = (items) => Promise.resolve(items.map((item) => signer.sign(item.digest)));
  return appendEventsOfActors(
    database,
    trx,
    inputs.map((input) => ({ ...input, actorId: signer.actorId })),
    signAll,
  );
}

/** Appends events of several actors in order, chained here and signed by `signAll` in one batch. */
export async function appendEventsOfActors(
  database: RefugeDatabase,
  trx: Transaction,
  inputs: readonly ActorEventInput[],
  signAll: BatchSigner,
): Promise<StoredLedgerEvent[]> {
  if (inputs.length === 0) return [];
  const head = await lockLedgerHead(database, trx);
  assertStartsTheChain(head, inputs[0]!);
  let { seq, hash: prevHash } = head;
  const digests: { actorId: string; digest: Buffer }[] = [];
  const leafHashes: Buffer[] = [];
  const events = inputs.map((input): StoredLedgerEvent => {
    const fields = {
      id: randomUUID(),
      type: input.type,
      actorId: input.actorId,
      caseId: input.caseId,
      occurredAt: input.occurredAt,
      prevHash,
    };
    const payloadJson = canonicalJson(input.payload);
    const body = eventBody(fields, payloadJson);
    const digest = hash('sha256', body, 'buffer');
    if (!database.benchSkipsMerkleTree) leafHashes.push(leafHashOfBody(body));
    digests.push({ actorId: input.actorId, digest });
    seq += 1;
    prevHash = digest.toString('hex');
    return { seq, ...fields, payloadJson, hash: prevHash, signature: '' };
  });
  const signatures = await signAll(digests);
  if (signatures.length !== events.length)
    throw new Error(`expected ${events.length} signatures, got ${signatures.length}`);
  events.forEach((event, i) => (event.signature = signatures[i]!));
  for (let start = 0; start < events.length; start += INSERT_CHUNK) {
    await trx
      .insertInto('ledger_events')
      .values(events.slice(start, start + INSERT_CHUNK).map(toRow))
      .execute();
  }
  // The tree's leaf index is seq - 1, so its size before the append is the head's seq.
  await appendTreeLeaves(trx, head.seq, leafHashes); // no leaves (and no SQL) when the bench skips the tree
  await trx.updateTable('ledger_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
  return events;
}

// The chain must open with the system actor registering its own key, or no later signature could be checked.
function assertStartsTheChain(head: LedgerHead, first: ActorEventInput): void {
  if (head.seq !== 0) return;
  const registration = parseKeyRegistration(canonicalJson(first.payload));
  if (!isGenesisRegistration(1, first.type, first.actorId, registration)) {
    throw new Error(
      'the ledger is empty and this is not its genesis event: call ensureSystemActor(database, masterKey) before appending',
    );
  }
}

const toRow = (e: StoredLedgerEvent): LedgerEventsTable => ({
  seq: e.seq,
  id: e.id,
  type: e.type,
  actor_id: e.actorId,
  case_id: e.caseId,
  occurred_at: e.occurredAt,
  payload: e.payloadJson,
  prev_hash: e.prevHash,
  hash: e.hash,
  signature: e.signature,
});

const fromRow = (r: LedgerEventsTable): StoredLedgerEvent => ({
  seq: Number(r.seq),
  id: r.id,
  type: r.type,
  actorId: r.actor_id,
  caseId: r.case_id,
  occurredAt: r.occurred_at,
  payloadJson: r.payload,
  prevHash: r.prev_hash,
  hash: r.hash,
  signature: r.signature,
});

/** Events with seq > afterSeq, in seq order, at most `limit` of them (keyset pagination). */
export async function readEvents(
  db: Kysely<DatabaseSchema>,
  page: { afterSeq: number; limit: number },
): Promise<StoredLedgerEvent[]> {
  const rows = await db
    .selectFrom('ledger_events')
    .selectAll()
    .where('seq', '>', page.afterSeq)
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  return rows.map(fromRow);
}

/** Every event of one case, in seq order. */
export async function readCaseEvents(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<StoredLedgerEvent[]> {
  const rows = await db
    .selectFrom('ledger_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map(fromRow);
}

/** A page of one case's events, in seq order: those after `afterSeq`, at most `limit` (the case timeline). */
export async function readCaseEventsPage(
  db: Kysely<DatabaseSchema>,
  caseId: string,
  page: { afterSeq: number; limit: number },
): Promise<StoredLedgerEvent[]> {
  const rows = await db
    .selectFrom('ledger_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('seq', '>', page.afterSeq)
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  return rows.map(fromRow);
}

/** A public key the ledger registered for a user, and the position of the registering event. */
export interface RegisteredKey {
  seq: number;
  publicKey: string;
}

/** The keys registered for these users by events up to `uptoSeq`, oldest first per user (read through the index on
 * event type, so only registrations are scanned, never the whole ledger). */
export async function findRegisteredKeys(
  db: Kysely<DatabaseSchema>,
  userIds: readonly string[],
  uptoSeq: number,
): Promise<Map<string, RegisteredKey[]>> {
  const keys = new Map<string, RegisteredKey[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return keys;
  // A LIKE narrows the rows; the parsed payload decides (an id holding % or _ only widens the match).
  const rows = await db
    .selectFrom('ledger_events')
    .select(['seq', 'payload'])
    .where('type', '=', KEY_REGISTERED)
    .where('seq', '<=', uptoSeq)
    .where((eb) => eb.or(userIds.map((id) => eb('payload', 'like', `%"userId":${JSON.stringify(id)}%`))))
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const registration = parseKeyRegistration(row.payload);
    if (registration)
      keys.get(registration.userId)?.push({ seq: Number(row.seq), publicKey: registration.publicKey });
  }
  return keys;
}

/** The head row: the seq and hash of the last appended event (0 and the genesis hash on an empty ledger). */
export async function getHead(db: Kysely<DatabaseSchema>): Promise<LedgerHead> {
  const head = await db
    .selectFrom('ledger_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** The seq of the event stored with this hash, if any (a full scan: the verifier asks only once, at a break). */
export async function findSeqByHash(db: Kysely<DatabaseSchema>, hash: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('ledger_events')
    .select('seq')
    .where('hash', '=', hash)
    .orderBy('seq')
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.seq);
}

/** The events at these positions, in seq order. */
export async function readEventsBySeqs(
  db: Kysely<DatabaseSchema>,
  seqs: readonly number[],
): Promise<StoredLedgerEvent[]> {
  if (seqs.length === 0) return [];
  const rows = await db
    .selectFrom('ledger_events')
    .selectAll()
    .where('seq', 'in', seqs)
    .orderBy('seq')
    .execute();
  return rows.map(fromRow);
}
