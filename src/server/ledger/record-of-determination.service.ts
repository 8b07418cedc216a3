// Builds a screening's record of determination (domain/ledger/record-of-determination.ts) and issues it: first the
// `record.issued` event, signed by the issuer, attesting the digest of what the record prints; then the record
// itself: the screening's events up to that one, the key registration of each signer (and of whoever registered
// those), a checkpoint covering them all, and an inclusion proof for every event. The route has already decided that
// the issuer may see the screening.
import type { Kysely } from 'kysely';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { toHex } from '../../domain/ledger/bytes.ts';
import { eventBody, KEY_REGISTERED, parseKeyRegistration } from '../../domain/ledger/ledger-event.ts';
import {
  printedDigest,
  RECORD_FORMAT,
  RECORD_ISSUED,
  type PrintedPart,
  type RecordEvent,
  type RecordOfDetermination,
  type RecordSigner,
} from '../../domain/ledger/record-of-determination.ts';
import type { AppContext } from '../app-context.ts';
import { findCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { lockLedgerHead, type Transaction } from '../db/transaction.ts';
import { findPerson } from '../people/person.repository.ts';
import { findScreening } from '../screenings/screening.repository.ts';
import { findUserNames } from '../users/user.repository.ts';
import { findLatestCheckpoint } from './checkpoint.repository.ts';
import { signCheckpoint } from './checkpoint.service.ts';
import {
  readCaseEvents,
  readEventsBySeqs,
  findRegisteredKeys,
  type StoredLedgerEvent,
} from './ledger.repository.ts';
import { leafHashOfBody, readInclusionProof } from './merkle-tree.repository.ts';

const asRecordEvent = (e: StoredLedgerEvent): RecordEvent => ({
  seq: e.seq,
  id: e.id,
  type: e.type,
  actorId: e.actorId,
  caseId: e.caseId,
  occurredAt: e.occurredAt,
  prevHash: e.prevHash,
  payload: e.payloadJson,
  hash: e.hash,
  signature: e.signature,
});

/** The record of determination of a screening, issued by `issuerId`: appends the `record.issued` event attesting
 * what the record prints, then returns the record with a checkpoint covering its events and their proofs. */
export async function getRecordOfDetermination(
  app: AppContext,
  issuerId: string,
  screeningId: string,
): Promise<Result<RecordOfDetermination>> {
  const issued = await runCommand(app, issuerId, async (trx, ctx) => {
    // Under the head's lock, so what is printed is the state of the events up to the one issuing it, and that one
    // is the only event this transaction appends: it takes the next seq.
    const { seq } = await lockLedgerHead(app.database, trx);
    const read = accept(await readForIssue(trx, screeningId, ctx.now, { actorId: issuerId, seq: seq + 1 }));
    return {
      value: { ...read, issuedSeq: seq + 1 },
      events: [
        {
          type: RECORD_ISSUED,
          caseId: read.printed.screening.caseId,
          payload: { screeningId, printed: printedDigest(read.printed) },
        },
      ],
    };
  });
  if (!issued.ok) return issued;
  const { printed, signers, issuedSeq } = issued.value;
  const { db } = app.database;
  const [issuedEvent] = await readEventsBySeqs(db, [issuedSeq]);
  if (issuedEvent?.type !== RECORD_ISSUED || issuedEvent.actorId !== issuerId)
    throw new Error('the record.issued event just committed is not at the seq it was appended at');
  const events = [...issued.value.events, issuedEvent];
  const all = [...events, ...signers.map((s) => s.event)];
  const lastSeq = Math.max(...all.map((e) => e.seq));
  const latest = await findLatestCheckpoint(db);
  const checkpoint = latest && latest.treeSize >= lastSeq ? latest : await signCheckpoint(app);
  const proofs = await Promise.all(
    all.map(async (e) => ({
      leafIndex: e.seq - 1,
      treeSize: checkpoint.treeSize,
      leafHash: leafHashOfBody(eventBody(e, e.payloadJson)).toString('hex'),
      hashes: (await readInclusionProof(db, e.seq - 1, checkpoint.treeSize)).map(toHex),
    })),
  );
  return ok({
    format: RECORD_FORMAT,
    ...printed,
    events: events.map(asRecordEvent),
    signers: signers.map(({ signer }) => signer),
    checkpoint: checkpoint.note,
    proofs,
  });
}

// The screening's own events, without the records issued of it earlier: each record carries only the event that
// issued it.
const screeningEventsOf = (
  caseEvents: readonly StoredLedgerEvent[],
  screeningId: string,
): StoredLedgerEvent[] =>
  caseEvents.filter(
    (e) =>
      e.type !== RECORD_ISSUED &&
      (JSON.parse(e.payloadJson) as { screeningId?: unknown }).screeningId === screeningId,
  );

/** Read in the issuing transaction (`issuing` is the event about to issue the record): what the record will print,
 * the screening's events before it, and the signers of those and of the issuing event. */
async function readForIssue(
  trx: Transaction,
  screeningId: string,
  issuedAt: string,
  issuing: { actorId: string; seq: number },
): Promise<Result<{ printed: PrintedPart; events: StoredLedgerEvent[]; signers: SignerEntry[] }>> {
  const found = await findScreening(trx, screeningId);
  if (!found) return fail('NOT_FOUND', 'No such screening.', { screeningId });
  const screening = found.state;
  const caseRecord = await findCase(trx, screening.caseId);
  const person = caseRecord && (await findPerson(trx, caseRecord.state.personId));
  if (!caseRecord || !person) return fail('NOT_FOUND', 'The screening\u2019s case or person is missing.');
  const events = screeningEventsOf(await readCaseEvents(trx, screening.caseId), screeningId);
  const signers = await signersOf(trx, [...events, issuing]);
  const decision = screening.determinations.at(-1);
  const review = screening.reviews.at(-1);
  const printed: PrintedPart = {
    issuedAt,
    screening: {
      id: screening.id,
      kind: screening.kind,
      caseId: screening.caseId,
      status: screening.status,
      office: screening.office,
    },
    person: { familyName: person.familyName, givenName: person.givenName, aNumber: person.aNumber },
    determination: decision
      ? {
          result: decision.result,
          standard: decision.standard,
          reasoning: decision.reasoning,
          at: decision.at,
          officerId: decision.officerId,
        }
      : null,
    review: review
      ? { outcome: review.outcome, note: review.note, at: review.at, supervisorId: review.supervisorId }
      : null,
    signers: signers.map(({ signer }) => ({ userId: signer.userId, name: signer.name, role: signer.role })),
  };
  return ok({ printed, events, signers });
}

/** A signer as the record carries them, with the event that registered their key. */
interface SignerEntry {
  signer: RecordSigner;
  event: StoredLedgerEvent;
}

// Every actor of the events, and whoever registered their keys, back to the system actor: each with the event that
// registered the key in force for their events (the last registration before their first event here).
async function signersOf(
  db: Kysely<DatabaseSchema>,
  events: readonly { actorId: string; seq: number }[],
): Promise<SignerEntry[]> {
  const result = new Map<string, SignerEntry>();
  let pending = events.map((e) => ({ actorId: e.actorId, seq: e.seq }));
  while (pending.length > 0) {
    const ids = [...new Set(pending.map((p) => p.actorId))].filter((id) => !result.has(id));
    if (ids.length === 0) break;
    const maxSeq = Math.max(...pending.map((p) => p.seq));
    const keys = await findRegisteredKeys(db, ids, maxSeq);
    const seqs = ids.flatMap((id) => {
      const first = Math.min(...pending.filter((p) => p.actorId === id).map((p) => p.seq));
      const inForce = (keys.get(id) ?? []).filter((k) => k.seq <= first).at(-1);
      return inForce ? [inForce.seq] : [];
    });
    const registrations = await readEventsBySeqs(db, seqs);
    const names = new Map((await findUserNames(db, ids)).map((u) => [u.id, u]));
    for (const event of registrations) {
      const registration =
        event.type === KEY_REGISTERED ? parseKeyRegistration(event.payloadJson) : undefined;
      if (!registration) continue;
      const user = names.get(registration.userId);
      result.set(registration.userId, {
        signer: {
          userId: registration.userId,
          name: user?.name ?? registration.userId,
          role: user?.role ?? 'unknown',
          registration: asRecordEvent(event),
        },
        event,
      });
    }
    pending = registrations.map((e) => ({ actorId: e.actorId, seq: e.seq }));
  }
  return [...result.values()].sort((a, b) => a.event.seq - b.event.seq);
}
