// The migrations, in order. Each one runs once per store, on both dialects, inside a transaction.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as core from './0001-core.ts';
import * as storeSettings from './0002-store-settings.ts';
import * as accountsAndAccess from './0003-accounts-and-access.ts';
import * as adminAndDissent from './0004-admin-and-dissent.ts';
import * as courtAndCounsel from './0005-court-and-counsel.ts';
import * as personSearch from './0007-person-search.ts';
import * as verifiableLog from './0008-verifiable-log.ts';
import * as ledgerTreeLeafIndex from './0009-ledger-tree-leaf-index.ts';

/** A named schema change. */
export interface Migration {
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Every migration, oldest first. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-core', up: core.up },
  { name: '0002-store-settings', up: storeSettings.up },
  { name: '0003-accounts-and-access', up: accountsAndAccess.up },
  { name: '0004-admin-and-dissent', up: adminAndDissent.up },
  { name: '0005-court-and-counsel', up: courtAndCounsel.up },
  { name: '0007-person-search', up: personSearch.up },
  { name: '0008-verifiable-log', up: verifiableLog.up },
  { name: '0009-ledger-tree-leaf-index', up: ledgerTreeLeafIndex.up },
];
