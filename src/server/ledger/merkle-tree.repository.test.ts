// The log's tree against the known answers of transparency-dev/merkle (the library behind Trillian and Go's
// checksum database): all 196 inclusion and consistency files, refusals included, and the proofs the store itself
// generates for the vectors' reference tree, on SQLite and PostgreSQL. Then a property test: for random tree sizes
// built in random batches, every inclusion and consistency proof the store gives verifies, and its length is at
// most ceil(log2 n) (+1 for consistency).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { fromBase64, toBase64 } from '../../domain/ledger/bytes.ts';
import { checkConsistency, checkInclusion, merkleHasher } from '../../domain/ledger/merkle.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  appendTreeLeaves,
  LOG_HASHER,
  readConsistencyProof,
  readInclusionProof,
  readRootHash,
} from './merkle-tree.repository.ts';

// Copied unchanged from transparency-dev/merkle (Apache 2.0, see test/tlog-vectors/README.md).
const vectorRoot = join(import.meta.dirname, '../../../test/tlog-vectors/testdata');

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  wantErr: boolean;
}
interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  wantErr: boolean;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
    });
const FILES = filesUnder(vectorRoot).map((path) => ({ name: path.slice(vectorRoot.length + 1), path }));
// A vector's base64 may be deliberately malformed ("don't care"): decode it byte for byte.
const b64 = (text: string): Uint8Array => fromBase64(text) ?? new Uint8Array(Buffer.from(text, 'base64'));
const pure = merkleHasher();

// The vectors' tree: the eight leaves of RFC 6962's reference test data, as transparency-dev/merkle builds it.
const REFERENCE_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];

it('has all 196 known-answer files', () => {
  expect(FILES).toHaveLength(196);
});

it.each(FILES)('agrees with the known answer $name', ({ path }) => {
  const vector = JSON.parse(readFileSync(path, 'utf8')) as InclusionVector | ConsistencyVector;
  const refusal =
    'leafIdx' in vector
      ? checkInclusion(
          pure,
          vector.leafIdx,
          vector.treeSize,
          b64(vector.leafHash),
          (vector.proof ?? []).map(b64),
          b64(vector.root),
        )
      : checkConsistency(
          pure,
          vector.size1,
          vector.size2,
          (vector.proof ?? []).map(b64),
          b64(vector.root1),
          b64(vector.root2),
        );
  if (vector.wantErr) expect(refusal).toEqual(expect.any(String));
  else expect(refusal).toBeUndefined();
});

describeEachDialect('the log\u2019s stored tree', (store) => {
  beforeAll(async () => {
    const leaves = REFERENCE_LEAVES.map((hex) => LOG_HASHER.leaf(Buffer.from(hex, 'hex')));
    // Appended in uneven batches, as transactions of different sizes would.
    await inTransaction(store().database, (trx) => appendTreeLeaves(trx, 0, leaves.slice(0, 3)));
    await inTransaction(store().database, (trx) => appendTreeLeaves(trx, 3, leaves.slice(3, 4)));
    await inTransaction(store().database, (trx) => appendTreeLeaves(trx, 4, leaves.slice(4)));
  });

  it('generates exactly the proofs of every happy-path known answer', async () => {
    const { db } = store().database;
    let checked = 0;
    for (const { path } of FILES) {
      const vector = JSON.parse(readFileSync(path, 'utf8')) as InclusionVector | ConsistencyVector;
      if (vector.wantErr || path.includes('additional') || path.includes('single-entry')) continue;
      if ('leafIdx' in vector) {
        expect(toBase64(await readRootHash(db, vector.treeSize)), path).toBe(vector.root);
        const proof = await readInclusionProof(db, vector.leafIdx, vector.treeSize);
        expect(proof.map(toBase64), path).toEqual(vector.proof ?? []);
      } else {
        expect(toBase64(await readRootHash(db, vector.size2)), path).toBe(vector.root2);
        const proof = await readConsistencyProof(db, vector.size1, vector.size2);
        expect(proof.map(toBase64), path).toEqual(vector.proof ?? []);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('gives proofs that verify for random sizes, each of at most ceil(log2 n) hashes', async () => {
    const { database } = store();
    const { db } = database;
    // Grow the tree past 8 leaves to 1,500 in random batches.
    let size = 8;
    const batches = fc.sample(fc.integer({ min: 1, max: 97 }), { numRuns: 200, seed: 9 });
    for (const batch of batches) {
      if (size >= 1500) break;
      const leaves = Array.from({ length: batch }, (_, i) =>
        LOG_HASHER.leaf(Buffer.from(`leaf ${size + i}`)),
      );
      await inTransaction(database, (trx) => appendTreeLeaves(trx, size, leaves));
      size += batch;
    }
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: size })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n })),
          ),
        async ([n, index, m]) => {
          const rootN = await readRootHash(db, n);
          const rootM = await readRootHash(db, m);
          const leaf =
            index < 8
              ? LOG_HASHER.leaf(Buffer.from(REFERENCE_LEAVES[index]!, 'hex'))
              : LOG_HASHER.leaf(Buffer.from(`leaf ${index}`));
          const inclusion = await readInclusionProof(db, index, n);
          const bound = Math.ceil(Math.log2(n));
          expect(inclusion.length).toBeLessThanOrEqual(bound);
          expect(checkInclusion(pure, index, n, leaf, inclusion, rootN)).toBeUndefined();
          const consistency = await readConsistencyProof(db, m, n);
          expect(consistency.length).toBeLessThanOrEqual(bound + 1);
          expect(checkConsistency(pure, m, n, consistency, rootM, rootN)).toBeUndefined();
          // A wrong root or a neighbour's leaf is refused.
          if (index + 1 < n) {
            const other =
              index + 1 < 8
                ? LOG_HASHER.leaf(Buffer.from(REFERENCE_LEAVES[index + 1]!, 'hex'))
                : LOG_HASHER.leaf(Buffer.from(`leaf ${index + 1}`));
            expect(checkInclusion(pure, index, n, other, inclusion, rootN)).toEqual(expect.any(String));
          }
          if (m < n)
            expect(checkConsistency(pure, m, n, consistency, rootN, rootN)).toEqual(expect.any(String));
        },
      ),
      { numRuns: 150, seed: 2026 },
    );
  });
});
