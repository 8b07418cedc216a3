// The record of determination: a screening's determination as a document that proves itself. It carries the
// screening's ledger events (their exact hashed bodies and signatures), the key registration of every signer, a
// checkpoint of the log and an inclusion proof for each event. What it prints beyond those events (the person, the
// screening, the signers' names and roles, the time of issue) is attested by its last event, `record.issued`: the
// issuer's signed statement, in the log, of the digest of that printed part. Its canonical serialisation is the
// canonical JSON of the whole record, and its digest (the QR code's content) is SHA-256 over it: 256 bits, never a
// short code.
// Pure, so the browser's /verify page and `refuge ledger check-record` run the same checks.
import { canonicalJson } from './canonical-json.ts';
import { fromHex, toHex, utf8 } from './bytes.ts';
import { eventBody, isGenesisRegistration, KEY_REGISTERED, parseKeyRegistration } from './ledger-event.ts';
import { checkInclusion, merkleHasher } from './merkle.ts';
import { isSignedByLog, parseCheckpoint, parseVerifierKey, verifyEd25519 } from './signed-note.ts';
import { sha256 } from './sha256.ts';

/** The format tag every record carries. */
export const RECORD_FORMAT = 'refuge.record-of-determination/v1';

/** A ledger event exactly as hashed: `payload` is the canonical JSON text its hash covers. */
export interface RecordEvent {
  seq: number;
  id: string;
  type: string;
  actorId: string;
  caseId: string | null;
  occurredAt: string;
  prevHash: string;
  payload: string;
  hash: string; // hex SHA-256 of the body
  signature: string; // base64 Ed25519 signature of the hash bytes
}

/** Who signed events of the record: the name printed, and the event that registered their key in the ledger. */
export interface RecordSigner {
  userId: string;
  name: string;
  role: string;
  registration: RecordEvent;
}

/** An inclusion proof (RFC 9162 §2.1.3), hashes in hex. */
export interface RecordProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  hashes: string[];
}

/** The record of determination. */
export interface RecordOfDetermination {
  format: typeof RECORD_FORMAT;
  issuedAt: string;
  screening: { id: string; kind: string; caseId: string; status: string; office: string };
  person: { familyName: string; givenName: string; aNumber: string };
  /** The determination as printed; it must agree with the last `screening.decided` event. */
  determination: {
    result: string;
    standard: string;
    reasoning: string;
    at: string;
    officerId: string;
  } | null;
  /** The supervisory review as printed; it must agree with the last `screening.reviewed` event. */
  review: { outcome: string; note: string; at: string; supervisorId: string } | null;
  events: RecordEvent[];
  signers: RecordSigner[];
  /** The log's checkpoint (a C2SP signed note) the proofs lead to. */
  checkpoint: string;
  proofs: RecordProof[];
}

/** The event that issues a record: the issuer attests, in the log, the digest of what the record prints. */
export const RECORD_ISSUED = 'record.issued';

/** What a record prints beyond its events, as `record.issued` attests it: the signers by id, name and role. */
export interface PrintedPart {
  issuedAt: string;
  screening: RecordOfDetermination['screening'];
  person: RecordOfDetermination['person'];
  determination: RecordOfDetermination['determination'];
  review: RecordOfDetermination['review'];
  signers: { userId: string; name: string; role: string }[];
}

/** The printed part of a record. */
export const printedPartOf = (record: RecordOfDetermination): PrintedPart => ({
  issuedAt: record.issuedAt,
  screening: record.screening,
  person: record.person,
  determination: record.determination,
  review: record.review,
  signers: record.signers.map(({ userId, name, role }) => ({ userId, name, role })),
});

/** The digest `record.issued` carries: SHA-256 (hex) of the printed part's canonical JSON. */
export const printedDigest = (printed: PrintedPart): string => toHex(sha256(utf8(canonicalJson(printed))));

/** The exact text the digest covers: the record's canonical JSON. */
export const recordCanonicalText = (record: RecordOfDetermination): string => canonicalJson(record);

/** The record's digest: SHA-256 (hex) of its canonical text. */
export const recordDigest = (record: RecordOfDetermination): string =>
  toHex(sha256(utf8(recordCanonicalText(record))));

/** What a verifier knows beforehand: the log's verifier keys (`refuge ledger key`, shown on the public site). */
export interface KnownKeys {
  log: readonly string[];
}

/** Which check failed, for a reader in any language: the event it concerns, the signer, a technical detail. */
export interface RecordFailure {
  check:
    | 'checkpoint-unreadable'
    | 'checkpoint-untrusted'
    | 'event-altered'
    | 'proof-missing'
    | 'proof-refused'
    | 'registration-missing'
    | 'signature-invalid'
    | 'foreign-events'
    | 'determination-mismatch'
    | 'review-mismatch'
    | 'printed-unattested';
  event?: { id: string; type: string; seq: number };
  /** The signer's name as printed, or the actor's id when the record carries no registration for them. */
  signer?: string;
  detail?: string;
}

/** The verdict: whether every check held, what was checked, and which keys signed which events. */
export interface RecordVerdict {
  ok: boolean;
  digest: string;
  /** The log size the proofs were checked against (0 when the checkpoint was refused). */
  treeSize: number;
  /** Each failure in English, as the CLI prints it. */
  problems: string[];
  /** The same failures, one to one with `problems`, as values a page can word in its reader's language. */
  failures: RecordFailure[];
  signedBy: { userId: string; name: string; role: string; eventTypes: string[] }[];
}

const hasher = merkleHasher();

const bodyOf = (e: RecordEvent): string => eventBody(e, e.payload);

const fromBase64Loose = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

// The raw Ed25519 key inside a base64 SPKI DER: its last 32 bytes.
const rawKey = (spkiBase64: string): Uint8Array => fromBase64Loose(spkiBase64).slice(-32);

/** Checks a record: the checkpoint against the known log keys, every event's hash, its inclusion proof against the
 * checkpoint, its signature with the key the ledger registered for its actor, and that what the record prints
 * agrees with its events. `against` is the checkpoint and proofs to use: the record's own, or fresh ones fetched by
 * leaf hash. */
export async function verifyRecord(
  record: RecordOfDetermination,
  against: { checkpoint: string; proofs: readonly RecordProof[] },
  knownKeys: KnownKeys,
): Promise<RecordVerdict> {
  const problems: string[] = [];
  const failures: RecordFailure[] = [];
  const fail = (failure: RecordFailure, problem: string) => {
    failures.push(failure);
    problems.push(problem);
  };
  const digest = recordDigest(record);
  const checkpoint = parseCheckpoint(against.checkpoint);
  let isTrusted = false;
  if (!checkpoint)
    fail({ check: 'checkpoint-unreadable' }, 'The checkpoint is not a signed checkpoint note.');
  else {
    for (const text of knownKeys.log) {
      const key = parseVerifierKey(text);
      if (key && (await isSignedByLog(checkpoint, key))) isTrusted = true;
    }
    if (!isTrusted)
      fail(
        { check: 'checkpoint-untrusted' },
        'The checkpoint is not signed by any of the log keys you trust.',
      );
  }
  const signerOf = new Map(record.signers.map((s) => [s.userId, s]));
  const signedBy = new Map<string, string[]>();
  const allEvents = [...record.events, ...record.signers.map((s) => s.registration)];
  for (const event of allEvents) {
    const where = `Event ${event.id} (${event.type}, seq ${event.seq})`;
    const about = { id: event.id, type: event.type, seq: event.seq };
    const body = bodyOf(event);
    if (toHex(sha256(utf8(body))) !== event.hash) {
      fail(
        { check: 'event-altered', event: about },
        `${where} does not hash to its recorded hash: its content was changed.`,
      );
      continue;
    }
    const leafHash = toHex(hasher.leaf(utf8(body)));
    const proof = against.proofs.find((p) => p.leafHash === leafHash);
    if (!proof) fail({ check: 'proof-missing', event: about }, `${where} has no inclusion proof.`);
    else if (checkpoint && isTrusted) {
      const refusal =
        proof.treeSize !== checkpoint.size
          ? `its proof is for a tree of ${proof.treeSize}, not the checkpoint's ${checkpoint.size}`
          : checkInclusion(
              hasher,
              proof.leafIndex,
              checkpoint.size,
              fromHex(leafHash)!,
              proof.hashes.map((h) => fromHex(h) ?? new Uint8Array(0)),
              checkpoint.rootHash,
            );
      if (refusal)
        fail(
          { check: 'proof-refused', event: about, detail: refusal },
          `${where} is not proven to be in the log: ${refusal}.`,
        );
    }
    const signer = signerOf.get(event.actorId);
    const registration = signer && parseKeyRegistration(signer.registration.payload);
    const isRegistrationValid =
      !!signer &&
      signer.registration.type === KEY_REGISTERED &&
      registration?.userId === signer.userId &&
      (signer.registration.seq < event.seq ||
        isGenesisRegistration(signer.registration.seq, event.type, event.actorId, registration));
    if (!signer || !registration || !isRegistrationValid) {
      fail(
        { check: 'registration-missing', event: about, signer: signer?.name ?? event.actorId },
        `${where} is signed by ${event.actorId}, whose key registration the record does not carry.`,
      );
      continue;
    }
    const isValid = await verifyEd25519(
      rawKey(registration.publicKey),
      fromHex(event.hash)!,
      fromBase64Loose(event.signature),
    );
    if (!isValid)
      fail(
        { check: 'signature-invalid', event: about, signer: signer.name },
        `${where}: its signature does not verify with ${signer.name}'s registered key.`,
      );
    else if (record.events.includes(event))
      signedBy.set(signer.userId, [...(signedBy.get(signer.userId) ?? []), event.type]);
  }
  for (const [check, problem] of printedDisagreements(record)) fail({ check }, problem);
  return {
    ok: problems.length === 0,
    digest,
    treeSize: isTrusted && checkpoint ? checkpoint.size : 0,
    problems,
    failures,
    signedBy: [...signedBy].map(([userId, eventTypes]) => {
      const s = signerOf.get(userId)!;
      return { userId, name: s.name, role: s.role, eventTypes };
    }),
  };
}

// What the record prints must be what its signed events say.
function printedDisagreements(record: RecordOfDetermination): [RecordFailure['check'], string][] {
  const problems: [RecordFailure['check'], string][] = [];
  const screeningEvents = record.events.filter((e) => {
    const payload = JSON.parse(e.payload) as { screeningId?: unknown };
    return payload.screeningId === record.screening.id;
  });
  if (screeningEvents.length !== record.events.length)
    problems.push(['foreign-events', 'The record carries events of another screening.']);
  const last = (type: string) => screeningEvents.filter((e) => e.type === type).at(-1);
  const decided = last('screening.decided');
  const printedDecision = decided && (JSON.parse(decided.payload) as Record<string, unknown>);
  const d = record.determination;
  if (
    (d === null) !== (printedDecision === undefined) ||
    (d &&
      printedDecision &&
      (d.result !== printedDecision.result ||
        d.standard !== printedDecision.standard ||
        d.reasoning !== printedDecision.reasoning ||
        d.officerId !== printedDecision.officerId ||
        d.at !== printedDecision.at))
  )
    problems.push([
      'determination-mismatch',
      'The determination printed does not match the signed determination event.',
    ]);
  const issued = screeningEvents.filter((e) => e.type === RECORD_ISSUED);
  const issuedPayload = issued.length === 1 ? parseIssued(issued[0]!.payload) : undefined;
  const isLast = issued.length === 1 && record.events.every((e) => e.seq <= issued[0]!.seq);
  if (
    !issuedPayload ||
    !isLast ||
    issued[0]!.occurredAt !== record.issuedAt ||
    issuedPayload.printed !== printedDigest(printedPartOf(record))
  )
    problems.push([
      'printed-unattested',
      'What the record prints (the person, the screening, the signers\u2019 names and roles, the time of issue) is not what its signed record.issued event attests.',
    ]);
  const reviewed = last('screening.reviewed');
  const printedReview = reviewed && (JSON.parse(reviewed.payload) as Record<string, unknown>);
  const r = record.review;
  if (
    (r === null) !== (printedReview === undefined) ||
    (r &&
      printedReview &&
      (r.outcome !== printedReview.outcome ||
        r.note !== printedReview.note ||
        r.supervisorId !== printedReview.supervisorId ||
        r.at !== printedReview.at))
  )
    problems.push(['review-mismatch', 'The review printed does not match the signed review event.']);
  return problems;
}

function parseIssued(payload: string): { printed: string } | undefined {
  try {
    const value = JSON.parse(payload) as { printed?: unknown };
    return typeof value.printed === 'string' ? { printed: value.printed } : undefined;
  } catch {
    return undefined;
  }
}
