// The portable backup file, the same on both dialects: gzip'd JSON lines. Line 1 is the header; then, per table,
// a `{"table","columns"}` line followed by one JSON array per row; last, an end line with the row count and the
// SHA-256 of every line before it. Changing this shape means a new BACKUP_FORMAT_VERSION and a reader for the old one.
import { z } from 'zod';

/** The format's name, in every header. */
export const BACKUP_FORMAT = 'refuge-backup';

/** The version this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** What the header says about the master key, so nobody mistakes the file for a complete copy of the keys. */
export const MASTER_KEY_NOTE =
  'not included: signing keys in this file are sealed under the store master key (<dataDir>/master.key or REFUGE_MASTER_KEY); keep it separately';

/** The first line: what the file is, where it came from, and the ledger head it must restore to. */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
  ledger: z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  masterKey: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** The line that opens a table's rows, naming the columns each row array follows. */
export const TableStartSchema = z.object({ table: z.string(), columns: z.array(z.string()) });
export type TableStart = z.infer<typeof TableStartSchema>;

/** The last line: how many rows came before it and the SHA-256 (hex) of every byte before it, uncompressed. */
export const BackupEndSchema = z.object({
  end: z.literal(true),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupEnd = z.infer<typeof BackupEndSchema>;

/** A stored value: every column Refuge has is text, an integer, or null. */
export type CellValue = string | number | null;

/** Is this a value a backup row may hold? */
export const isCellValue = (value: unknown): value is CellValue =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
