// What every service needs: the open store, the data directory, the master key that seals signing keys, a clock and
// an id source.
import { randomUUID } from 'node:crypto';
import type { StoreConfig } from './config.ts';
import { openDatabase, type RefugeDatabase } from './db/database.ts';
import { ensureSystemActor } from './ledger/key-registration.ts';
import { loadMasterKey } from './ledger/signing-keys.ts';

/** The services' shared context. Holds no per-user state: many API nodes may share one PostgreSQL. */
export interface AppContext {
  database: RefugeDatabase;
  dataDir: string;
  masterKey: Buffer;
  /** The current instant (ISO-8601 UTC); tests and the seeder pass their own. */
  now: () => string;
  /** A new id for a record the services create (random UUIDs; tests pass a deterministic source). */
  newId: () => string;
}

/** Opens the configured store, migrates it, makes sure the system actor and the ledger's genesis exist. */
export async function createAppContext(
  config: StoreConfig,
  now: () => string = () => new Date().toISOString(),
  newId: () => string = randomUUID,
): Promise<AppContext> {
  const database = await openDatabase(config);
  try {
    const masterKey = loadMasterKey(config.dataDir, config.masterKey);
    await ensureSystemActor(database, masterKey);
    return { database, dataDir: config.dataDir, masterKey, now, newId };
  } catch (error) {
    await database.close();
    throw error;
  }
}
