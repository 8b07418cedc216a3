// The verifier's main-thread half: walks the chain in seq order, recomputes every hash, checks every link, takes
// each signer's key from the key registrations seen so far, and packs the signatures for the worker pool.
import { createPublicKey, hash } from 'node:crypto';
import type { LedgerBreak } from '../../domain/ledger/chain-links.ts';
import {
  eventBody,
  GENESIS_HASH,
  isGenesisRegistration,
  KEY_REGISTERED,
  parseKeyRegistration,
} from '../../domain/ledger/ledger-event.ts';
import { CompactTree, nodeId } from '../../domain/ledger/merkle.ts';
import type { StoredLedgerEvent } from './ledger.repository.ts';
import { leafHashOfBody, LOG_HASHER } from './merkle-tree.repository.ts';
import type { SignatureBatch, SignaturePool } from './signature-pool.ts';

/** A point of the chain the operator kept outside the database: the first `count` events chain to `hash`. */
export interface Checkpoint {
  count: number;
  hash: string;
}

/** Where a page's walk stopped early: a break it can name alone, a broken link that needs more context, or a
 * chain that does not pass through the trusted checkpoint. */
export type WalkStop =
  | { kind: 'break'; found: LedgerBreak }
  | { kind: 'checkpoint' }
  | {
      kind: 'link';
      position: number;
      index: number;
      event: StoredLedgerEvent;
      previous: StoredLedgerEvent | undefined;
      hashBefore: string;
      hashTwoBefore: string | null;
    };

/** The chain walked so far: how many events held, the last one, and the keys the ledger has registered. With a
 * checkpoint, the signatures of the events it covers are not checked again: their hashed content is pinned by the
 * checkpoint's hash, and the signature column, which no hash covers, cannot change what an event says or who it
 * names as its actor. */
export class ChainWalker {
  position = 0;
  lastHash = GENESIS_HASH;
  last: StoredLedgerEvent | undefined;
  /** The log's Merkle tree recomputed from the events walked, and its root at each size asked for. */
  readonly tree = new CompactTree(LOG_HASHER, (node, hash) =>
    this.treeNodes.push({ id: nodeId(node), hash }),
  );
  /** The perfect nodes closed since the last `takeTreeNodes`, to compare with the stored tree. */
  private treeNodes: { id: number; hash: Uint8Array }[] = [];
  readonly rootsAt = new Map<number, Uint8Array>();
  private hashTwoBefore: string | null = null;
  private readonly keySlots = new Map<string, number>();

  constructor(
    private readonly pool: SignaturePool,
    private readonly checkpoint?: Checkpoint,
    private readonly treeSizes: ReadonlySet<number> = new Set(),
  ) {}

  /** Walks one page of consecutive events; returns the signature batch for the events that held, and where it
   * stopped if an event did not. */
  walkPage(events: readonly StoredLedgerEvent[]): { batch: SignatureBatch; stop: WalkStop | undefined } {
    const slots = new Int32Array(events.length);
    const hashes = new Uint8Array(events.length * 32);
    const signatures = new Uint8Array(events.length * 64);
    const firstPosition = this.position + 1;
    // Events the checkpoint covers open the page; their signatures are skipped.
    const firstSigned = Math.min(events.length, Math.max(0, (this.checkpoint?.count ?? 0) - this.position));
    let stop: WalkStop | undefined;
    let index = 0;
    for (; index < events.length; index++) {
      const event = events[index]!;
      stop = this.check(event, index, hashes, slots);
      if (stop) break;
      if (index < firstSigned) continue;
      const signature = Buffer.from(event.signature, 'base64');
      // A malformed signature gets no key (slot -1), so its worker reports it as bad in order with the others.
      if (signature.length === 64) signatures.set(signature, index * 64);
      else slots[index] = -1;
    }
    const signed = Math.min(firstSigned, index);
    const batch: SignatureBatch = {
      firstPosition: firstPosition + signed,
      events: events.slice(signed, index),
      slots: slots.slice(signed, index),
      hashes: hashes.slice(signed * 32, index * 32),
      signatures: signatures.slice(signed * 64, index * 64),
    };
    return { batch, stop };
  }

  private check(
    event: StoredLedgerEvent,
    index: number,
    hashes: Uint8Array,
    slots: Int32Array,
  ): WalkStop | undefined {
    const position = this.position + 1;
    const body = eventBody(event, event.payloadJson);
    const digest = hash('sha256', body, 'buffer');
    if (digest.toString('hex') !== event.hash) {
      const message = 'its content or its stored hash was changed: the recomputed hash differs';
      return {
        kind: 'break',
        found: { position, seq: event.seq, eventId: event.id, problem: 'altered', message },
      };
    }
    if (event.prevHash !== this.lastHash) {
      return {
        kind: 'link',
        position,
        index,
        event,
        previous: this.last,
        hashBefore: this.lastHash,
        hashTwoBefore: this.hashTwoBefore,
      };
    }
    const registration = event.type === KEY_REGISTERED ? parseKeyRegistration(event.payloadJson) : undefined;
    const isGenesis = isGenesisRegistration(position, event.type, event.actorId, registration);
    if (registration && isGenesis) this.registerKey(registration.userId, registration.publicKey);
    const slot = this.keySlots.get(event.actorId);
    if (slot === undefined) {
      const message = `it is signed by ${event.actorId}, whose key was not registered in the ledger before it`;
      return {
        kind: 'break',
        found: { position, seq: event.seq, eventId: event.id, problem: 'unknown_key', message },
      };
    }
    slots[index] = slot;
    hashes.set(digest, index * 32);
    // A registration takes effect for the events after it: nobody vouches for their own new key.
    if (registration && !isGenesis) this.registerKey(registration.userId, registration.publicKey);
    this.hashTwoBefore = this.lastHash;
    this.lastHash = event.hash;
    this.last = event;
    this.position = position;
    this.tree.append(leafHashOfBody(body));
    if (this.treeSizes.has(position)) this.rootsAt.set(position, this.tree.root());
    if (position === this.checkpoint?.count && event.hash !== this.checkpoint.hash)
      return { kind: 'checkpoint' };
    return undefined;
  }

  /** The perfect nodes of the events' tree closed since the last call. */
  takeTreeNodes(): { id: number; hash: Uint8Array }[] {
    const nodes = this.treeNodes;
    this.treeNodes = [];
    return nodes;
  }

  private registerKey(userId: string, publicKey: string): void {
    const spki = Buffer.from(publicKey, 'base64');
    try {
      if (createPublicKey({ key: spki, format: 'der', type: 'spki' }).asymmetricKeyType !== 'ed25519')
        throw new Error('not ed25519');
    } catch {
      this.keySlots.delete(userId); // an unusable key leaves the user with none: their later events fail as unknown_key
      return;
    }
    this.keySlots.set(userId, this.pool.addKey(spki));
  }
}
