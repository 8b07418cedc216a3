// Builds a screening's record of determination (domain/ledger/record-of-determination.ts): its ledger events, the
// key registration of each signer (and of whoever registered those), a checkpoint covering them all, and an
// inclusion proof for every event. The route has already decided that the reader may see the screening.
import { fail, ok, type Result } from '../../domain/errors.ts';
import { toHex } from '../../domain/ledger/bytes.ts';
import { KEY_REGISTERED, parseKeyRegistration } from '../../domain/ledger/ledger-event.ts';
import {
  RECORD_FORMAT,
  type RecordEvent,
  type RecordOfDetermination,
  type RecordSigner,
} from '../../domain/ledger/record-of-determination.ts';
import type { AppContext } from '../app-context.ts';
import { findCase } from '../cases/case.repository.ts';
import { findPerson } from '../people/person.repository.ts';
import { getScreening } from '../screenings/screening.service.ts';
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
import { eventBody } from '../../domain/ledger/ledger-event.ts';

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

/** The record of determination of a screening, with a checkpoint covering its events and their proofs. */
export async function getRecordOfDetermination(
  app: AppContext,
  screeningId: string,
): Promise<Result<RecordOfDetermination>> {
  const { db } = app.database;
  const found = await getScreening(app, screeningId);
  if (!found.ok) return found;
  const screening = found.value;
  const caseRecord = await findCase(db, screening.caseId);
  const person = caseRecord && (await findPerson(db, caseRecord.state.personId));
  if (!caseRecord || !person) return fail('NOT_FOUND', 'The screening\u2019s case or person is missing.');
  const events = (await readCaseEvents(db, screening.caseId)).filter(
    (e) => (JSON.parse(e.payloadJson) as { screeningId?: unknown }).screeningId === screeningId,
  );
  const signers = await signersOf(app, events);
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
  const decision = screening.determinations.at(-1);
  const review = screening.reviews.at(-1);
  return ok({
    format: RECORD_FORMAT,
    issuedAt: app.now(),
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
    events: events.map(asRecordEvent),
    signers: signers.map(({ signer }) => signer),
    checkpoint: checkpoint.note,
    proofs,
  });
}

// Every actor of the events, and whoever registered their keys, back to the system actor: each with the event that
// registered the key in force for their events (the last registration before their first event here).
async function signersOf(
  app: AppContext,
  events: readonly StoredLedgerEvent[],
): Promise<{ signer: RecordSigner; event: StoredLedgerEvent }[]> {
  const { db } = app.database;
  const result = new Map<string, { signer: RecordSigner; event: StoredLedgerEvent }>();
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
