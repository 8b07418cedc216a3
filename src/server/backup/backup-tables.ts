// Which tables a backup holds, in the order a restore loads them (every table after the tables its rows refer to).

/** A table a backup copies: its name and the unique key it is read in order of. */
export interface BackupTable {
  name: string;
  key: string;
  /** The migrations put rows here (the ledger head at seq 0); a restore replaces them with the backup's. */
  isSeeded?: boolean;
  /** The key is an auto-generated id whose PostgreSQL sequence must move past the restored rows. */
  hasIdSequence?: boolean;
  /** At most this many rows are held in memory at once (tables whose rows run to megabytes: attachments). */
  maxRowsAtOnce?: number;
}

/** Every table with lasting data. A new table must be added here, or `refuge backup` refuses to run (see
 * IGNORED_TABLES for the few that are deliberately left out). */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'users', key: 'id' },
  { name: 'api_tokens', key: 'id' },
  { name: 'documents', key: 'id', maxRowsAtOnce: 8 },
  { name: 'persons', key: 'id' },
  { name: 'cases', key: 'id' },
  { name: 'screenings', key: 'id' },
  { name: 'proceedings', key: 'id' },
  { name: 'hearings', key: 'id' },
  { name: 'hearing_notices', key: 'id' },
  { name: 'harm_reports', key: 'id' },
  { name: 'flags', key: 'id' },
  { name: 'objections', key: 'id' },
  { name: 'representations', key: 'id' },
  { name: 'appearance_notices', key: 'id' },
  { name: 'filings', key: 'id' },
  { name: 'ledger_events', key: 'seq' },
  { name: 'ledger_head', key: 'id', isSeeded: true },
  { name: 'ledger_tree', key: 'id' },
  { name: 'ledger_log_key', key: 'id' },
  { name: 'ledger_checkpoints', key: 'tree_size' },
  { name: 'ledger_witnesses', key: 'name' },
  { name: 'ledger_cosignatures', key: 'id' },
  { name: 'disclosures', key: 'id', hasIdSequence: true },
  { name: 'store_settings', key: 'key' },
  { name: 'dissents', key: 'id' },
  { name: 'dissent_attachments', key: 'id', maxRowsAtOnce: 8 },
];

/** Tables a backup leaves out on purpose: sign-in sessions (everyone signs in again after a restore), the
 * sign-in failure counts (they only slow guessing for a quarter of an hour) and the migrator's own bookkeeping (the
 * header names the migrations instead; the target store runs its own). */
export const IGNORED_TABLES: readonly string[] = [
  'sessions',
  'sign_in_throttle',
  'refuge_migrations',
  'refuge_migrations_lock',
];

/** The sign-in sessions table: not backed up, but a store that has sessions is not empty. */
export const SESSIONS_TABLE = 'sessions';
