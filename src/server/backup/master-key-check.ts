// The master key is never in a backup. After a restore, say whether the key this data folder would use opens the
// restored signing keys, without creating one (loadMasterKey would, and a new key opens nothing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import type { StoreConfig } from '../config.ts';
import type { RefugeDatabase } from '../db/database.ts';
import { loadMasterKey, signerFor } from '../ledger/signing-keys.ts';
import { findUserById } from '../users/user.repository.ts';

/** `opens`: the key here opens the restored keys; `missing`: no key here yet; `wrong`: a key that opens nothing. */
export type MasterKeyStatus = 'opens' | 'missing' | 'wrong' | 'no_keys';

/** Where the master key of a data folder is read from, for the operator's messages. */
export const masterKeySource = (config: Pick<StoreConfig, 'dataDir' | 'masterKey'>): string =>
  config.masterKey ? 'REFUGE_MASTER_KEY' : join(config.dataDir, 'master.key');

/** Checks the data folder's master key against the restored system actor's sealed signing key. */
export async function checkMasterKey(
  database: RefugeDatabase,
  config: Pick<StoreConfig, 'dataDir' | 'masterKey'>,
): Promise<MasterKeyStatus> {
  const system = await findUserById(database.db, SYSTEM_ACTOR_ID);
  if (!system) return 'no_keys';
  if (!config.masterKey && !existsSync(join(config.dataDir, 'master.key'))) return 'missing';
  try {
    signerFor(system, loadMasterKey(config.dataDir, config.masterKey));
    return 'opens';
  } catch (error) {
    if (error instanceof AppError) return 'wrong';
    throw error;
  }
}
