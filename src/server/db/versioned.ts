// Aggregates are stored as a JSON document with a version; an update names the version it read.
import { AppError } from '../../domain/errors.ts';

/** A loaded aggregate and the version it was read at. */
export interface Versioned<T> {
  state: T;
  version: number;
}

/** Parses an aggregate's stored document. */
export const readData = <T>(row: { data: string; version: number }): Versioned<T> => ({
  state: JSON.parse(row.data) as T,
  version: row.version,
});

/** Fails the transaction when an update touched no row: someone else changed the record since it was read. */
export function assertUpdated(result: { numUpdatedRows: bigint }, what: string): void {
  if (result.numUpdatedRows === 0n) {
    throw new AppError(
      'CONFLICT',
      `The ${what} changed while you were working on it; reload it and try again.`,
    );
  }
}
