// The checkpoints' half of `refuge verify`: after the walk has recomputed the Merkle tree from the events, every
// stored checkpoint must carry the log key's signature and the root of the events' tree at its size (so each is
// consistent with the next: they are roots of one sequence of events), every node of the stored tree (which the
// proofs are served from) must be the node recomputed from the events, and a checkpoint note kept outside the database must be one the log signed and today's log must extend it.
import { createPublicKey, verify } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import type { LedgerBreak } from '../../domain/ledger/chain-links.ts';
import { bytesEqual, toBase64, toHex } from '../../domain/ledger/bytes.ts';
import {
  parseCheckpoint,
  signatureBy,
  parseVerifierKey,
  type Checkpoint,
} from '../../domain/ledger/signed-note.ts';
import type { RefugeDatabase } from '../db/database.ts';
import type { ChainWalker } from './chain-walker.ts';
import { readCheckpoints, type StoredCheckpoint } from './checkpoint.repository.ts';
import { findLogVerifierKey } from './log-key.ts';
import { findDifferingNode } from './merkle-tree.repository.ts';
import { nodeAt } from '../../domain/ledger/merkle.ts';

/** What the checkpoint check needs before the walk: the stored checkpoints and the sizes whose roots to keep. */
export interface CheckpointPlan {
  stored: StoredCheckpoint[];
  external: Checkpoint | undefined;
  sizes: Set<number>;
}

/** Reads the stored checkpoints and parses the external note (a note that does not parse is refused at once). */
export async function planCheckpoints(database: RefugeDatabase, note?: string): Promise<CheckpointPlan> {
  const stored = await readCheckpoints(database.db);
  const external = note === undefined ? undefined : parseCheckpoint(note);
  if (note !== undefined && !external)
    throw new AppError(
      'VALIDATION_FAILED',
      'The checkpoint note given is not a signed checkpoint (origin, tree size and base64 root hash lines, a blank line, then signature lines): pass the note as the log served it, or <events>:<head hash>.',
    );
  const sizes = new Set([...stored.map((c) => c.treeSize), ...(external ? [external.size] : [])]);
  return { stored, external, sizes };
}

/** The first checkpoint problem, or undefined when every checkpoint, the stored tree and the note agree with the
 * events walked. */
export async function checkCheckpoints(
  database: RefugeDatabase,
  walker: ChainWalker,
  plan: CheckpointPlan,
): Promise<LedgerBreak | undefined> {
  const vkeyText = await findLogVerifierKey(database.db);
  const vkey = vkeyText === undefined ? undefined : parseVerifierKey(vkeyText);
  const publicKey = vkey && createPublicKey({ key: spkiOf(vkey.publicKey), format: 'der', type: 'spki' });
  const isSigned = (checkpoint: Checkpoint): boolean => {
    const line = vkey && signatureBy(checkpoint, vkey);
    return !!line && !!publicKey && verify(null, Buffer.from(checkpoint.body), publicKey, line.signature);
  };
  const at = walker.position;
  const broken = (problem: LedgerBreak['problem'], message: string): LedgerBreak => ({
    position: at,
    seq: walker.last?.seq ?? 0,
    eventId: null,
    problem,
    message,
  });

  if (plan.external) {
    const note = plan.external;
    if (!isSigned(note))
      return broken(
        'checkpoint_mismatch',
        `the checkpoint note given is not signed by this log's key${vkeyText ? ` (${vkeyText})` : ''}: it is another log's, or it was forged`,
      );
    const found = matchEvents(walker, note.size, note.rootHash, 'the checkpoint note given');
    if (found) return broken(found.problem, found.message);
  }

  for (const stored of plan.stored) {
    const note = parseCheckpoint(stored.note);
    if (!note || !isSigned(note) || note.size !== stored.treeSize || toHex(note.rootHash) !== stored.rootHash)
      return broken(
        'checkpoint_mismatch',
        `the stored checkpoint of ${stored.treeSize} events does not carry a valid signature of the log key over its size and root`,
      );
    const found = matchEvents(
      walker,
      note.size,
      note.rootHash,
      `the checkpoint signed at ${stored.signedAt}`,
    );
    if (found) return broken(found.problem, found.message);
  }

  return undefined;
}

// Whether the events walked extend the checkpoint: it must not be larger, and its root must be theirs at its size.
function matchEvents(
  walker: ChainWalker,
  size: number,
  rootHash: Uint8Array,
  what: string,
): { problem: LedgerBreak['problem']; message: string } | undefined {
  if (size > walker.position)
    return {
      problem: 'removed',
      message: `${what} covers ${size} events but the ledger holds ${walker.position}: the last ${size - walker.position} events were removed`,
    };
  const root = walker.rootsAt.get(size);
  if (root && bytesEqual(root, rootHash)) return undefined;
  return {
    problem: 'checkpoint_mismatch',
    message: `${what} signed root ${toBase64(rootHash)} for the first ${size} events, but those events hash to ${root ? toBase64(root) : 'another root'}: history before it was rewritten`,
  };
}

// An Ed25519 SPKI DER: the fixed 12-byte header and the raw key.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const spkiOf = (raw: Uint8Array): Buffer => Buffer.concat([SPKI_ED25519_PREFIX, raw]);

/** Compares the perfect nodes the walk recomputed from the events with the stored tree (which the proofs are
 * served from): the first node missing or different is a break. */
export async function checkTreeNodes(
  database: RefugeDatabase,
  nodes: readonly { id: number; hash: Uint8Array }[],
): Promise<LedgerBreak | undefined> {
  const differing = await findDifferingNode(database.db, nodes);
  if (!differing) return undefined;
  const { level, index } = nodeAt(differing.id);
  const [first, last] = [index * 2 ** level + 1, (index + 1) * 2 ** level];
  const what =
    level === 0
      ? `the leaf of the event at seq ${first}`
      : `the node over the events at seq ${first} to ${last}`;
  return {
    position: last,
    seq: last,
    eventId: null,
    problem: 'tree_mismatch',
    message: `the stored Merkle tree ${differing.stored === undefined ? 'lacks' : 'holds another hash for'} ${what}: proofs served from it would not match the events`,
  };
}
