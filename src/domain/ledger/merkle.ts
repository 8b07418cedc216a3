// The log's Merkle tree as RFC 6962 / RFC 9162 §2.1 define it: SHA-256, leaf 0x00 || data, node 0x01 || left ||
// right; the inclusion and consistency proofs (§2.1.3, §2.1.4) and their verification, written after the RFC's
// algorithms (the verifiers follow transparency-dev/merkle, whose known-answer files the tests run). Generation
// reads only "perfect" nodes (complete subtrees of 2^level leaves, aligned), which is what the store keeps.
import { bytesEqual, concatBytes } from './bytes.ts';
import { sha256 as pureSha256 } from './sha256.ts';

/** A SHA-256 function: the pure one here, or the platform's (Node's native hash on the server). */
export type Sha256 = (data: Uint8Array) => Uint8Array;

/** The tree's two hashes over one SHA-256. */
export interface MerkleHasher {
  leaf(data: Uint8Array): Uint8Array;
  node(left: Uint8Array, right: Uint8Array): Uint8Array;
  /** The root of the empty tree: SHA-256 of nothing. */
  empty(): Uint8Array;
}

const LEAF_PREFIX = new Uint8Array([0]);
const NODE_PREFIX = new Uint8Array([1]);

/** RFC 6962's hashes over the given SHA-256 (the pure one by default). */
export const merkleHasher = (sha256: Sha256 = pureSha256): MerkleHasher => ({
  leaf: (data) => sha256(concatBytes(LEAF_PREFIX, data)),
  node: (left, right) => sha256(concatBytes(NODE_PREFIX, left, right)),
  empty: () => sha256(new Uint8Array(0)),
});

/** A complete aligned subtree: leaves [index * 2^level, (index + 1) * 2^level). Level 0 is a leaf. */
export interface PerfectNode {
  level: number;
  index: number;
}

/** One number per perfect node, its position in an in-order walk of the tree: leaf i is 2i, and the node over
 * leaves [i * 2^l, (i + 1) * 2^l) sits between its halves at i * 2^(l+1) + 2^l - 1. The store's key. */
export const nodeId = (node: PerfectNode): number => node.index * 2 ** (node.level + 1) + 2 ** node.level - 1;

/** The perfect node an in-order id names (the inverse of `nodeId`): its level is the id's count of trailing 1 bits. */
export function nodeAt(id: number): PerfectNode {
  let level = 0;
  while (Math.floor(id / 2 ** level) % 2 === 1) level += 1;
  return { level, index: Math.floor(id / 2 ** (level + 1)) };
}

/** Reads the hash of a perfect node the store holds. */
export type NodeReader = (node: PerfectNode) => Uint8Array;

/** The largest tree size the proofs accept: every index stays an exact JavaScript number. */
export const MAX_TREE_SIZE = 2 ** 52;

const largestPowerOfTwoBelow = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

const isPowerOfTwo = (n: number): boolean => {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
};

const log2 = (powerOfTwo: number): number => Math.round(Math.log2(powerOfTwo));

/** MTH(D[start:end]) from the perfect nodes it decomposes into (RFC 9162 §2.1.1's recursion). */
export function rangeHash(hasher: MerkleHasher, start: number, end: number, read: NodeReader): Uint8Array {
  const n = end - start;
  if (n === 0) return hasher.empty();
  if (isPowerOfTwo(n) && start % n === 0) return read({ level: log2(n), index: start / n });
  const k = largestPowerOfTwoBelow(n);
  return hasher.node(rangeHash(hasher, start, start + k, read), rangeHash(hasher, start + k, end, read));
}

/** The root hash of the tree of the first `size` leaves. */
export const rootHash = (hasher: MerkleHasher, size: number, read: NodeReader): Uint8Array =>
  rangeHash(hasher, 0, size, read);

/** PATH(index, D[0:size]), RFC 9162 §2.1.3.1: the inclusion proof of one leaf, from the leaf up. */
export function inclusionProof(
  hasher: MerkleHasher,
  index: number,
  size: number,
  read: NodeReader,
): Uint8Array[] {
  const path: Uint8Array[] = [];
  let [start, end] = [0, size];
  const siblings: [number, number][] = [];
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (index < start + k) {
      siblings.push([start + k, end]);
      end = start + k;
    } else {
      siblings.push([start, start + k]);
      start += k;
    }
  }
  for (const [from, to] of siblings.reverse()) path.push(rangeHash(hasher, from, to, read));
  return path;
}

/** PROOF(from, D[0:to]), RFC 9162 §2.1.4.1: the consistency proof that the tree of `from` leaves is a prefix of the
 * tree of `to` leaves (empty when from is 0 or equals to). */
export function consistencyProof(
  hasher: MerkleHasher,
  from: number,
  to: number,
  read: NodeReader,
): Uint8Array[] {
  if (from <= 0 || from >= to) return [];
  const ranges: [number, number][] = [];
  let [m, start, end, isComplete] = [from, 0, to, true];
  for (;;) {
    const n = end - start;
    if (m === n) {
      if (!isComplete) ranges.push([start, end]);
      break;
    }
    const k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      m -= k;
      start += k;
      isComplete = false;
    }
  }
  return ranges.reverse().map(([a, b]) => rangeHash(hasher, a, b, read));
}

/** The perfect nodes a computation reads: run it once with this reader to learn which nodes to fetch in one query,
 * then again with the fetched hashes. */
export function recordReads(compute: (read: NodeReader) => unknown): PerfectNode[] {
  const seen = new Map<string, PerfectNode>();
  const placeholder = new Uint8Array(32);
  compute((node) => {
    seen.set(`${node.level}:${node.index}`, node);
    return placeholder;
  });
  return [...seen.values()];
}

/** The perfect nodes whose hashes make up the right edge of a tree of `size` leaves, largest first: all an append
 * needs to know of the tree before it. */
export function frontier(size: number): PerfectNode[] {
  const nodes: PerfectNode[] = [];
  let start = 0;
  for (let width = 2 ** 52; width >= 1; width /= 2) {
    if (size - start >= width) {
      nodes.push({ level: log2(width), index: start / width });
      start += width;
    }
  }
  return nodes;
}

/** The perfect nodes that appending leaves to a tree of `size` leaves completes, each with its hash: the new leaves
 * themselves and every subtree they close. `read` gives the frontier of the tree before. */
export function appendLeaves(
  hasher: MerkleHasher,
  size: number,
  leafHashes: readonly Uint8Array[],
  read: NodeReader,
): (PerfectNode & { hash: Uint8Array })[] {
  const stack = frontier(size).map((node) => ({ ...node, hash: read(node) }));
  const created: (PerfectNode & { hash: Uint8Array })[] = [];
  let index = size;
  for (const leafHash of leafHashes) {
    let node = { level: 0, index, hash: leafHash };
    created.push(node);
    // While the top of the stack is this node's left sibling, the two close their parent.
    while (stack.length > 0 && stack.at(-1)!.level === node.level) {
      const left = stack.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: hasher.node(left.hash, node.hash) };
      created.push(node);
    }
    stack.push(node);
    index += 1;
  }
  return created;
}

/** A compact running tree (the frontier alone): append leaves, ask the root at the size reached. The verifier uses
 * it to recompute the tree from the events; `onNode` sees every perfect node as it closes (leaves included). */
export class CompactTree {
  size = 0;
  private readonly stack: (PerfectNode & { hash: Uint8Array })[] = [];

  constructor(
    private readonly hasher: MerkleHasher,
    private readonly onNode?: (node: PerfectNode, hash: Uint8Array) => void,
  ) {}

  append(leafHash: Uint8Array): void {
    let node = { level: 0, index: this.size, hash: leafHash };
    this.onNode?.(node, leafHash);
    while (this.stack.length > 0 && this.stack.at(-1)!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: this.hasher.node(left.hash, node.hash) };
      this.onNode?.(node, node.hash);
    }
    this.stack.push(node);
    this.size += 1;
  }

  root(): Uint8Array {
    if (this.stack.length === 0) return this.hasher.empty();
    let hash = this.stack.at(-1)!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = this.hasher.node(this.stack[i]!.hash, hash);
    return hash;
  }
}

// Bit arithmetic on tree indices as BigInt: JavaScript's bitwise operators stop at 32 bits.
const bitLength = (x: bigint): number => x.toString(2).replace(/^0+/, '').length;
const onesCount = (x: bigint): number => x.toString(2).replace(/0/g, '').length;
const trailingZeros = (x: bigint): number => {
  const bits = x.toString(2);
  return bits.length - bits.replace(/0+$/, '').length;
};

function innerAndBorder(index: bigint, size: bigint): [number, number] {
  const inner = bitLength(index ^ (size - 1n));
  return [inner, onesCount(index >> BigInt(inner))];
}

function chainInner(hasher: MerkleHasher, seed: Uint8Array, proof: readonly Uint8Array[], index: bigint) {
  return proof.reduce(
    (hash, sibling, i) =>
      ((index >> BigInt(i)) & 1n) === 0n ? hasher.node(hash, sibling) : hasher.node(sibling, hash),
    seed,
  );
}

function chainInnerRight(
  hasher: MerkleHasher,
  seed: Uint8Array,
  proof: readonly Uint8Array[],
  index: bigint,
) {
  return proof.reduce(
    (hash, sibling, i) => (((index >> BigInt(i)) & 1n) === 1n ? hasher.node(sibling, hash) : hash),
    seed,
  );
}

const chainBorderRight = (hasher: MerkleHasher, seed: Uint8Array, proof: readonly Uint8Array[]) =>
  proof.reduce((hash, sibling) => hasher.node(sibling, hash), seed);

const isSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n <= MAX_TREE_SIZE;

/** Why a proof was refused, or undefined when it holds (RFC 9162 §2.1.3.2). */
export function checkInclusion(
  hasher: MerkleHasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): string | undefined {
  if (!isSize(index) || !isSize(size)) return 'the index or size is not a whole number in range';
  if (index >= size) return `the index ${index} is not below the tree size ${size}`;
  if (leafHash.length !== 32 || root.length !== 32) return 'the leaf hash or the root hash is not 32 bytes';
  if (proof.some((h) => h.length !== 32)) return 'a proof hash is not 32 bytes';
  const [inner, border] = innerAndBorder(BigInt(index), BigInt(size));
  if (proof.length !== inner + border)
    return `the proof has ${proof.length} hashes; a leaf at ${index} of ${size} needs ${inner + border}`;
  const computed = chainBorderRight(
    hasher,
    chainInner(hasher, leafHash, proof.slice(0, inner), BigInt(index)),
    proof.slice(inner),
  );
  return bytesEqual(computed, root) ? undefined : 'the proof does not lead to the root hash';
}

/** Why a consistency proof was refused, or undefined when it holds (RFC 9162 §2.1.4.2). */
export function checkConsistency(
  hasher: MerkleHasher,
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): string | undefined {
  if (!isSize(size1) || !isSize(size2)) return 'a size is not a whole number in range';
  // A proof from the empty tree proves nothing; transparency-dev/merkle refuses it, and so does this.
  if (size1 === 0) return 'a consistency proof from the empty tree proves nothing';
  if (size2 < size1) return `the newer size ${size2} is smaller than the older size ${size1}`;
  if (size1 === size2) {
    if (proof.length > 0) return 'the sizes are equal, so the proof must be empty';
    return bytesEqual(root1, root2) ? undefined : 'the sizes are equal but the roots differ';
  }
  if (proof.length === 0) return 'the proof is empty';
  if (proof.some((h) => h.length !== 32)) return 'a proof hash is not 32 bytes';
  const [fullInner, border] = innerAndBorder(BigInt(size1 - 1), BigInt(size2));
  const shift = trailingZeros(BigInt(size1));
  const inner = fullInner - shift;
  // The proof opens with the root of the subtree of 2^shift leaves, unless that subtree is the whole older tree.
  const isOlderTreePerfect = isPowerOfTwo(size1);
  const seed = isOlderTreePerfect ? root1 : proof[0]!;
  const rest = isOlderTreePerfect ? proof : proof.slice(1);
  if (rest.length !== inner + border)
    return `the proof has ${proof.length} hashes; from ${size1} to ${size2} needs ${(isOlderTreePerfect ? 0 : 1) + inner + border}`;
  const mask = BigInt(size1 - 1) >> BigInt(shift);
  const hash1 = chainBorderRight(
    hasher,
    chainInnerRight(hasher, seed, rest.slice(0, inner), mask),
    rest.slice(inner),
  );
  if (!bytesEqual(hash1, root1)) return 'the proof does not lead to the older root';
  const hash2 = chainBorderRight(
    hasher,
    chainInner(hasher, seed, rest.slice(0, inner), mask),
    rest.slice(inner),
  );
  return bytesEqual(hash2, root2) ? undefined : 'the proof does not lead to the newer root';
}
