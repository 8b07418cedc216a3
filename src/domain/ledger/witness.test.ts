import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './bytes.ts';
import { CompactTree, consistencyProof, merkleHasher, type PerfectNode } from './merkle.ts';
import { checkpointBody, formatVerifierKey, keyIdOf, parseCheckpoint, signatureLine } from './signed-note.ts';
import {
  consistencyProofNeeded,
  decideCosign,
  freshWitnessState,
  readSignedCheckpoint,
  type WitnessState,
} from './witness.ts';

const hasher = merkleHasher();
const ORIGIN = 'refuge.test/log';

/** A log of `size` leaves named by `label(i)`: its root, and its consistency proof from any older size. */
function buildLog(size: number, label: (i: number) => string = (i) => `event ${i}`) {
  const nodes = new Map<string, Uint8Array>();
  const tree = new CompactTree(hasher, (node, hash) => nodes.set(`${node.level}:${node.index}`, hash));
  for (let i = 0; i < size; i++) tree.append(hasher.leaf(utf8(label(i))));
  const read = (node: PerfectNode) => nodes.get(`${node.level}:${node.index}`)!;
  return { root: tree.root(), proofFrom: (from: number) => consistencyProof(hasher, from, size, read) };
}

interface LogSigner {
  vkey: string;
  sign(size: number, root: Uint8Array, origin?: string): Promise<string>;
}

async function newLogSigner(): Promise<LogSigner> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    vkey: formatVerifierKey(ORIGIN, publicKey),
    sign: async (size, root, origin = ORIGIN) => {
      const body = checkpointBody(origin, size, root);
      const signature = new Uint8Array(
        await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new Uint8Array(utf8(body))),
      );
      return `${body}\n${signatureLine(ORIGIN, keyIdOf(ORIGIN, 1, publicKey), signature)}`;
    },
  };
}

describe('a witness deciding whether to cosign', () => {
  let log: LogSigner;
  let signed: (
    size: number,
    label?: (i: number) => string,
  ) => Promise<{
    note: string;
    proofFrom: (from: number) => Uint8Array[];
  }>;
  const cosignedAt = async (size: number): Promise<WitnessState> => {
    const { note } = await signed(size);
    const decision = decideCosign(freshWitnessState(log.vkey), parseCheckpoint(note)!);
    if (!decision.ok) throw new Error(decision.message);
    return decision.state;
  };

  beforeAll(async () => {
    log = await newLogSigner();
    signed = async (size, label) => {
      const built = buildLog(size, label);
      return { note: await log.sign(size, built.root), proofFrom: built.proofFrom };
    };
  });

  it('cosigns the first checkpoint it sees and remembers its size and root', async () => {
    const { note } = await signed(5);
    const read = await readSignedCheckpoint(note, log.vkey);
    if (!read.ok) throw new Error(read.message);
    const state = freshWitnessState(log.vkey);
    expect(consistencyProofNeeded(state, read.checkpoint)).toBeUndefined();
    expect(decideCosign(state, read.checkpoint)).toMatchObject({
      ok: true,
      state: { logKey: log.vkey, size: 5, rootHash: note.split('\n')[2] },
    });
  });

  it('asks for a consistency proof from its last size when the tree grew, and cosigns when it holds', async () => {
    const before = await cosignedAt(5);
    const { note, proofFrom } = await signed(13);
    const checkpoint = parseCheckpoint(note)!;
    expect(consistencyProofNeeded(before, checkpoint)).toEqual({ from: 5, to: 13 });
    expect(decideCosign(before, checkpoint, proofFrom(5))).toMatchObject({ ok: true, state: { size: 13 } });
    // The same proof with one hash dropped, or none at all, is refused.
    expect(decideCosign(before, checkpoint, proofFrom(5).slice(1))).toMatchObject({
      refusal: 'inconsistent',
    });
    expect(decideCosign(before, checkpoint, [])).toMatchObject({ refusal: 'inconsistent' });
  });

  it('cosigns the same checkpoint again, without a proof', async () => {
    const before = await cosignedAt(8);
    const checkpoint = parseCheckpoint((await signed(8)).note)!;
    expect(consistencyProofNeeded(before, checkpoint)).toBeUndefined();
    expect(decideCosign(before, checkpoint)).toMatchObject({ ok: true, state: before });
  });

  it('refuses a smaller tree: events were cut from the end', async () => {
    const before = await cosignedAt(13);
    const checkpoint = parseCheckpoint((await signed(9)).note)!;
    expect(decideCosign(before, checkpoint)).toEqual({
      ok: false,
      refusal: 'smaller_tree',
      message: "the log's tree has 9 events but this witness cosigned 13: the last 4 were removed",
    });
  });

  it('refuses another root at the size it cosigned, and a longer tree that rewrote its history', async () => {
    const before = await cosignedAt(8);
    const forked = (i: number) => (i === 3 ? 'event 3, rewritten' : `event ${i}`);
    const sameSize = await signed(8, forked);
    expect(decideCosign(before, parseCheckpoint(sameSize.note)!)).toMatchObject({
      ok: false,
      refusal: 'fork',
      message: expect.stringMatching(/two different roots for its first 8 events/) as unknown,
    });
    // The forked log's own proof from 8 leads from its own old root, not to the new root from the one cosigned.
    const longer = await signed(20, forked);
    expect(decideCosign(before, parseCheckpoint(longer.note)!, longer.proofFrom(8))).toMatchObject({
      ok: false,
      refusal: 'inconsistent',
      message: expect.stringMatching(
        /does not extend the tree of 8 this witness cosigned \(the proof does not lead to the newer root\)/,
      ) as unknown,
    });
    // From a size that is not a power of two the proof carries its own seed, which cannot reach the old root.
    const afterFive = await cosignedAt(5);
    expect(decideCosign(afterFive, parseCheckpoint(longer.note)!, longer.proofFrom(5))).toMatchObject({
      refusal: 'inconsistent',
      message: expect.stringMatching(/the proof does not lead to the older root/) as unknown,
    });
  });

  it('refuses a note that is not a checkpoint, one another key signed, and one of another origin', async () => {
    expect(await readSignedCheckpoint('hello\n', log.vkey)).toMatchObject({ refusal: 'not_a_checkpoint' });
    const other = await newLogSigner();
    const { root } = buildLog(4);
    expect(await readSignedCheckpoint(await other.sign(4, root), log.vkey)).toMatchObject({
      refusal: 'not_signed_by_log',
    });
    expect(await readSignedCheckpoint(await log.sign(4, root), log.vkey)).toMatchObject({ ok: true });
    // The log's own key over another origin line: a checkpoint of another log.
    expect(await readSignedCheckpoint(await log.sign(4, root, 'other.test/log'), log.vkey)).toMatchObject({
      refusal: 'not_signed_by_log',
      message:
        'the checkpoint names the log "other.test/log", not "refuge.test/log" whose key this witness holds',
    });
  });
});
