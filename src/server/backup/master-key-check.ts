// The master key is never in a backup. After a restore, say whether the key this data folder would use opens the
// restored signing keys, without creating one (loadMasterKey would, and a new key opens nothing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../domain/errors.ts';
import { SYSTEM_ACTOR_ID } from '../../domain/ledger/ledger-event.ts';
import type { RefugeDatabase } from '../db/database.ts';
import { loadMasterKey, signerFor } from '../ledger/signing-keys.ts';
import { findUserById } from '../users/user.repository.ts';

/** `opens`: the key here opens the restored keys; `missing`: no key here yet; `wrong`: a key that opens nothing. */
export type MasterKeyStatus = 'opens' | 'missing' | 'wrong' | 'no_keys';

/** Where the master key of a data folder is read from, for messages. */
export const masterKeySource = (dataDir: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.REFUGE_MASTER_KEY ? 'REFUGE_MASTER_KEY' : join(dataDir, 'master.key');

/** Checks the data folder's master key against the restored system actor's sealed signing key. */
export async function checkMasterKey(
  database: RefugeDatabase,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MasterKeyStatus> {
  const system = await findUserById(database.db, SYSTEM_ACTOR_ID);
  if (!system) return 'no_keys';
  if (!env.REFUGE_MASTER_KEY && !existsSync(join(dataDir, 'master.key'))) return 'missing';
  try {
    signerFor(system, loadMasterKey(dataDir, env));
    return 'opens';
  } catch (error) {
    if (error instanceof AppError) return 'wrong';
    throw error;
  }
}
