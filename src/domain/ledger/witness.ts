// What a witness decides before it cosigns a log's checkpoint (c2sp.org/tlog-witness, in spirit): the note must be
// signed by the log it watches, its tree no smaller than the one it last cosigned, and, when the tree grew, a
// consistency proof must show the older tree is a prefix of the newer one. A smaller tree, another root at the same
// size, or a proof that fails is refused, whatever the log says. Pure: the caller fetches and remembers.
import { bytesEqual, fromBase64, toBase64, utf8 } from './bytes.ts';
import { checkConsistency, merkleHasher } from './merkle.ts';
import {
  cosignedMessage,
  ED25519_NOTE,
  isSignedByLog,
  parseCheckpoint,
  parseVerifierKey,
  type Checkpoint,
} from './signed-note.ts';

/** What a witness remembers of one log: its verifier key and the last checkpoint it cosigned (size 0: none yet). */
export interface WitnessState {
  logKey: string;
  size: number;
  /** Base64 root hash of the last tree cosigned; empty when none. */
  rootHash: string;
}

/** Why a witness refuses to cosign. */
export type WitnessRefusal =
  | 'not_a_checkpoint' // the text is not a signed checkpoint note
  | 'not_signed_by_log' // no valid signature of the log's key on it
  | 'smaller_tree' // the tree shrank since the last cosignature: events were cut
  | 'fork' // another root at the size already cosigned
  | 'inconsistent'; // the consistency proof from the last size fails: history was rewritten

/** A decision: cosign with the new state to remember, or refuse with a message saying why. */
export type WitnessDecision =
  | { ok: true; checkpoint: Checkpoint; state: WitnessState }
  | { ok: false; refusal: WitnessRefusal; message: string };

const refuse = (refusal: WitnessRefusal, message: string): WitnessDecision => ({
  ok: false,
  refusal,
  message,
});

/** The state of a witness that has cosigned nothing of the log with this key yet. */
export const freshWitnessState = (logKey: string): WitnessState => ({ logKey, size: 0, rootHash: '' });

/** Reads the log's note and checks its signature; the checkpoint, or the refusal. */
export async function readSignedCheckpoint(
  note: string,
  logKey: string,
): Promise<{ ok: true; checkpoint: Checkpoint } | { ok: false; refusal: WitnessRefusal; message: string }> {
  const checkpoint = parseCheckpoint(note);
  if (!checkpoint)
    return refuse('not_a_checkpoint', 'the log served something that is not a checkpoint note');
  const key = parseVerifierKey(logKey);
  if (key?.type !== ED25519_NOTE || !(await isSignedByLog(checkpoint, key)))
    return refuse(
      'not_signed_by_log',
      `the checkpoint is not signed by the log key ${logKey}: it is another log's, or it was forged`,
    );
  // The log key signs its own origin's checkpoints: another origin line is another log's, whatever key signed it.
  if (checkpoint.origin !== key.name)
    return refuse(
      'not_signed_by_log',
      `the checkpoint names the log "${checkpoint.origin}", not "${key.name}" whose key this witness holds`,
    );
  return { ok: true, checkpoint };
}

/** The consistency proof the witness needs before deciding: from the size it last cosigned, when the tree grew. */
export const consistencyProofNeeded = (
  state: WitnessState,
  checkpoint: Checkpoint,
): { from: number; to: number } | undefined =>
  state.size > 0 && checkpoint.size > state.size ? { from: state.size, to: checkpoint.size } : undefined;

/** Decides on a checkpoint whose log signature holds, given what the witness remembers and the consistency proof
 * from its last size (ignored unless `consistencyProofNeeded` asked for one). */
export function decideCosign(
  state: WitnessState,
  checkpoint: Checkpoint,
  proof: readonly Uint8Array[] = [],
): WitnessDecision {
  const next = {
    ok: true as const,
    checkpoint,
    state: { ...state, size: checkpoint.size, rootHash: toBase64(checkpoint.rootHash) },
  };
  if (state.size === 0) return next;
  if (checkpoint.size < state.size)
    return refuse(
      'smaller_tree',
      `the log's tree has ${checkpoint.size} events but this witness cosigned ${state.size}: the last ${state.size - checkpoint.size} were removed`,
    );
  const oldRoot = fromBase64(state.rootHash) ?? new Uint8Array(0);
  if (checkpoint.size === state.size)
    return bytesEqual(oldRoot, checkpoint.rootHash)
      ? next
      : refuse(
          'fork',
          `the log signed two different roots for its first ${state.size} events (${state.rootHash} cosigned, ${toBase64(checkpoint.rootHash)} now): a forked history`,
        );
  const problem = checkConsistency(
    merkleHasher(),
    state.size,
    checkpoint.size,
    proof,
    oldRoot,
    checkpoint.rootHash,
  );
  if (problem)
    return refuse(
      'inconsistent',
      `the tree of ${checkpoint.size} events does not extend the tree of ${state.size} this witness cosigned (${problem}): the history was rewritten`,
    );
  return next;
}

/** The cosignature/v1 message a witness signs over a checkpoint at a time (POSIX seconds). */
export const cosignatureMessage = (checkpoint: Checkpoint, timestamp: number): Uint8Array =>
  utf8(cosignedMessage(timestamp, checkpoint.body));
