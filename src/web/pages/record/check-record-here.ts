// Checks a record of determination in the reader's browser: the record never leaves it. Only the log's verifier key,
// its latest checkpoint and one inclusion proof per event (asked for by leaf hash and tree size) are fetched; the
// pure domain verifyRecord checks signatures, proofs and what the record prints.
import { toHex, utf8 } from '../../../domain/ledger/bytes.ts';
import { eventBody } from '../../../domain/ledger/ledger-event.ts';
import { merkleHasher } from '../../../domain/ledger/merkle.ts';
import {
  RECORD_FORMAT,
  verifyRecord,
  type RecordOfDetermination,
  type RecordProof,
  type RecordVerdict,
} from '../../../domain/ledger/record-of-determination.ts';
import { parseCheckpoint } from '../../../domain/ledger/signed-note.ts';
import { api, unwrap } from '../../api/client.ts';

/** What the page shows: the verdict, the log key it trusted, and the QR code's digest compared when given. */
export interface HereVerdict {
  verdict: RecordVerdict;
  vkey: string;
  /** The QR code's digest, when the page was opened with one. */
  expectedDigest: string | undefined;
  /** Whether the record's digest equals the QR code's; undefined when no digest was given. */
  isDigestMatch: boolean | undefined;
}

/** The record in `text`, if it is JSON in the record's format; undefined otherwise. */
export function parseRecord(text: string): RecordOfDetermination | undefined {
  try {
    const value = JSON.parse(text) as Partial<RecordOfDetermination> | null;
    const isRecord =
      value?.format === RECORD_FORMAT &&
      Array.isArray(value.events) &&
      Array.isArray(value.signers) &&
      Array.isArray(value.proofs) &&
      typeof value.checkpoint === 'string' &&
      typeof value.screening?.id === 'string';
    return isRecord ? (value as RecordOfDetermination) : undefined;
  } catch {
    return undefined;
  }
}

/** A 64-hex digest from the address's fragment (`#digest=…`), if it carries one. */
export function digestInFragment(hash: string): string | undefined {
  const digest = new URLSearchParams(hash.replace(/^#/, '')).get('digest')?.toLowerCase();
  return digest && /^[0-9a-f]{64}$/.test(digest) ? digest : undefined;
}

const hasher = merkleHasher();

/** Fetches the key, the checkpoint and the proofs by leaf hash, and verifies the record against them. */
export async function checkRecordHere(
  record: RecordOfDetermination,
  expectedDigest?: string,
): Promise<HereVerdict> {
  const { vkey } = await unwrap(api.GET('/api/v1/ledger/key'));
  const checkpoint = await unwrap(api.GET('/api/v1/ledger/checkpoint', { parseAs: 'text' }));
  const size = parseCheckpoint(checkpoint)?.size;
  const events = [...record.events, ...record.signers.map((s) => s.registration)];
  const leafHashes = [...new Set(events.map((e) => toHex(hasher.leaf(utf8(eventBody(e, e.payload))))))];
  const proofs: RecordProof[] = [];
  if (size !== undefined)
    for (const hash of leafHashes) {
      const answer = await api.GET('/api/v1/ledger/proof/inclusion', { params: { query: { hash, size } } });
      // An unknown hash (404) leaves the event without a proof: verifyRecord says so.
      if (answer.data) proofs.push(answer.data);
      else if (answer.response.status !== 404) await unwrap(Promise.resolve(answer));
    }
  const verdict = await verifyRecord(record, { checkpoint, proofs }, { log: [vkey] });
  return {
    verdict,
    vkey,
    expectedDigest,
    isDigestMatch: expectedDigest === undefined ? undefined : verdict.digest === expectedDigest,
  };
}
