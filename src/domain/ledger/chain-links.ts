// How the verifier names a break: pure rules over what it saw around the first event whose link does not hold.
// Positions count events in seq order from 1; a position, unlike a seq, cannot be forged.

/** The kinds of break `refuge verify` can report. */
export type LedgerProblem =
  | 'altered'
  | 'removed'
  | 'inserted'
  | 'reordered'
  | 'bad_signature'
  | 'unknown_key'
  | 'head_mismatch'
  /** A checkpoint is not signed by the log key, or its root is not the root of the events' tree at its size. */
  | 'checkpoint_mismatch'
  /** The stored Merkle tree (which the proofs are served from) disagrees with the events. */
  | 'tree_mismatch';

/** A break located in the chain: the event's position, its stored seq and id (null when the event is gone). */
export interface LedgerBreak {
  position: number;
  seq: number;
  eventId: string | null;
  problem: LedgerProblem;
  message: string;
}

/** What the verifier knows when the event at `seq` links to something other than its predecessor's hash. */
export interface BrokenLink {
  seq: number;
  prevHash: string; // the hash the event links to
  hashBefore: string; // the hash of the event just before it (the genesis hash for the first event)
  hashTwoBefore: string | null; // the hash two events back (genesis for the second event, null for the first)
  nextPrevHash: string | undefined; // what the following event links to, if there is one
  linkedSeq: number | undefined; // the seq of the event whose hash it links to, if the ledger holds one
}

/** Which event a broken link blames, for what, and why. */
export interface LinkVerdict {
  blame: 'this' | 'previous';
  problem: 'removed' | 'inserted' | 'reordered';
  message: string;
}

/** Names a broken link. A pure permutation always first shows as a link to a later event; an insertion as a chain
 * that continues from the event before the intruder; a removal as a link to a hash the ledger does not hold. */
export function classifyBrokenLink(link: BrokenLink): LinkVerdict {
  const { linkedSeq } = link;
  if (linkedSeq !== undefined && linkedSeq > link.seq) {
    return {
      blame: 'this',
      problem: 'reordered',
      message: `it is out of order: it links to the event at seq ${linkedSeq}, which comes after it`,
    };
  }
  if (link.hashTwoBefore !== null && link.prevHash === link.hashTwoBefore) {
    return {
      blame: 'previous',
      problem: 'inserted',
      message: 'it was added to the chain: the event after it links to the event before it',
    };
  }
  if (link.nextPrevHash === link.hashBefore) {
    return {
      blame: 'this',
      problem: 'inserted',
      message: 'it was added to the chain: the event after it links to the event before it',
    };
  }
  if (linkedSeq !== undefined) {
    return {
      blame: 'this',
      problem: 'inserted',
      message: `it was added to the chain: it links back to seq ${linkedSeq}, forking the chain there`,
    };
  }
  return {
    blame: 'this',
    problem: 'removed',
    message: `an event before it is missing: it links to hash ${shortHash(link.prevHash)}, which is not in the ledger`,
  };
}

/** The first break of the ledger, given the first structural break (hashes, links, keys, head) and the first bad
 * signature. A bad signature just before a link to an unknown hash is one alteration: the event was rewritten and
 * its hash recomputed, so its successor still links to the original hash and the signature no longer matches. */
export function firstBreak(
  structural: LedgerBreak | undefined,
  badSignature: LedgerBreak | undefined,
): LedgerBreak | undefined {
  if (!badSignature) return structural;
  if (!structural) return badSignature;
  if (structural.problem === 'removed' && badSignature.position === structural.position - 1) {
    return {
      ...badSignature,
      problem: 'altered',
      message: `event ${badSignature.eventId ?? '?'} was rewritten with a recomputed hash: its signature no longer matches and the next event still links to its original hash`,
    };
  }
  return badSignature.position < structural.position ? badSignature : structural;
}

/** A short hash for messages. */
export const shortHash = (hash: string): string => `${hash.slice(0, 12)}…`;
