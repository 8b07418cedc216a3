// The log's public proofs: inclusion of one leaf in a tree, and consistency of an older tree with a newer one.
// Only hashes leave: no event content, so nothing confidential does (a leaf hash cannot be guessed without the
// record it hashes). Bad or out-of-range parameters are rejections with a message saying what is allowed.
import { AppError, fail, ok, type Result } from '../../domain/errors.ts';
import { toHex } from '../../domain/ledger/bytes.ts';
import type { AppContext } from '../app-context.ts';
import { getHead } from './ledger.repository.ts';
import { nodeId } from '../../domain/ledger/merkle.ts';
import {
  findLeafIndex,
  readConsistencyProof,
  readInclusionProof,
  readNodes,
} from './merkle-tree.repository.ts';

/** An inclusion proof as the route returns it (RFC 9162 §2.1.3; hex hashes, leaf to root). */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  hashes: string[];
}

/** A consistency proof as the route returns it (RFC 9162 §2.1.4). */
export interface ConsistencyProof {
  from: number;
  to: number;
  hashes: string[];
}

/** Which leaf: by index, or by its hash (hex). */
export type LeafRef = { index: number } | { hash: string };

async function checkSize(app: AppContext, size: number, name: string): Promise<AppError | undefined> {
  const { seq } = await getHead(app.database.db);
  if (size >= 1 && size <= seq) return undefined;
  return new AppError(
    'VALIDATION_FAILED',
    `${name} must be a tree size from 1 to ${seq}, the log's size now; got ${size}.`,
    { field: name, max: seq },
  );
}

/** The inclusion proof of a leaf in the tree of `size` leaves. */
export async function getInclusionProof(
  app: AppContext,
  leaf: LeafRef,
  size: number,
): Promise<Result<InclusionProof>> {
  const sizeError = await checkSize(app, size, 'size');
  if (sizeError) return { ok: false, error: sizeError };
  const { db } = app.database;
  const index = 'index' in leaf ? leaf.index : await findLeafIndex(db, leaf.hash.toLowerCase());
  if (index === undefined)
    return fail('NOT_FOUND', 'No leaf of the log has this hash: check the record it was computed from.', {
      field: 'hash',
    });
  if (index >= size)
    return fail(
      'VALIDATION_FAILED',
      `The leaf at index ${index} is not in a tree of ${size} leaves: ask for a size above ${index}.`,
      { field: 'index' in leaf ? 'index' : 'hash', leafIndex: index },
    );
  const leafHash = (await readNodes(db, [{ level: 0, index }])).get(nodeId({ level: 0, index }));
  if (!leafHash) throw new Error(`the log's tree lacks leaf ${index} below size ${size}`);
  return ok({
    leafIndex: index,
    treeSize: size,
    leafHash: toHex(leafHash),
    hashes: (await readInclusionProof(db, index, size)).map(toHex),
  });
}

/** The consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
export async function getConsistencyProof(
  app: AppContext,
  from: number,
  to: number,
): Promise<Result<ConsistencyProof>> {
  const toError = await checkSize(app, to, 'to');
  if (toError) return { ok: false, error: toError };
  if (from < 1 || from > to)
    return fail(
      'VALIDATION_FAILED',
      `from must be a tree size from 1 to ${to} (the value of to); got ${from}.`,
      {
        field: 'from',
      },
    );
  return ok({ from, to, hashes: (await readConsistencyProof(app.database.db, from, to)).map(toHex) });
}
