// Runtime settings, read once from the environment: where data lives and which store to use.
import { resolve } from 'node:path';

export interface RefugeConfig {
  /** Folder of the embedded store, keys and analytics files (REFUGE_DATA_DIR, default ./data). */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; without it the embedded SQLite store is used. */
  databaseUrl: string | undefined;
  /** HTTP port (PORT, default 3000). */
  port: number;
}

/** Reads the configuration from the environment (or the given overrides). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RefugeConfig {
  const port = Number(env.PORT ?? 3000);
  return {
    dataDir: resolve(env.REFUGE_DATA_DIR ?? 'data'),
    databaseUrl:
      env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? env.DATABASE_URL : undefined,
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000,
  };
}
