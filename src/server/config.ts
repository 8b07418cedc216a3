// Runtime settings, parsed once from the environment. A variable that is set but cannot be used stops the command with
// one line naming it, its value (secrets masked) and what is allowed; nothing falls back silently. An empty variable
// counts as unset. Two more are read by the CLI alone, where they are used: REFUGE_PASSWORD (`refuge user add`) and
// REFUGE_DEBUG (stack traces for bugs), since reporting a bad configuration must not depend on the configuration.
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';

/** How SQLite syncs its write-ahead log: `full` survives a power cut, `normal` only a killed process. */
export type SqliteSynchronous = 'full' | 'normal';

/** Every setting the server and the commands read from the environment. */
export interface RefugeConfig {
  /** Folder of the embedded store, the master key file and the analytics files (REFUGE_DATA_DIR, default ./data). */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; without it the embedded SQLite store is used (DATABASE_URL). */
  databaseUrl: string | undefined;
  /** HTTP port (PORT or `--port`, default 3000). */
  port: number;
  /** The 32-byte key that seals signing keys (REFUGE_MASTER_KEY); unset, <dataDir>/master.key holds it. */
  masterKey: Buffer | undefined;
  /** REFUGE_SQLITE_SYNCHRONOUS, default `full`. */
  sqliteSynchronous: SqliteSynchronous;
  /** REFUGE_DEMO_PUBLIC=1: a demo store listens on every address instead of loopback only. */
  isDemoPublic: boolean;
  /** REFUGE_CHECKPOINT_SECONDS: the server signs a checkpoint this often when the log grew (default 10). */
  checkpointSeconds: number;
}

/** What opening a store needs; the settings left out take their defaults. */
export type StoreConfig = Pick<RefugeConfig, 'dataDir' | 'databaseUrl'> &
  Partial<Pick<RefugeConfig, 'masterKey' | 'sqliteSynchronous'>>;

/** Settings given as command options, which pass the same checks as the environment. */
export interface ConfigOverrides {
  /** `refuge serve --port`. */
  port?: string | undefined;
}

const DEFAULT_PORT = 3000;
const DEFAULT_CHECKPOINT_SECONDS = 10;

const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, { error: 'use a whole number from 1 to 65535' })
  .transform(Number)
  .refine((port) => port >= 1 && port <= 65535, { error: 'use a whole number from 1 to 65535' });

const isPostgresUrl = (text: string): boolean => {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

const MasterKeySchema = z.string().transform((text, ctx) => {
  const key = Buffer.from(text, 'base64');
  if (key.length === 32 && key.toString('base64') === text) return key;
  ctx.addIssue({
    code: 'custom',
    message:
      'it must be the base64 of exactly 32 bytes: make one with `openssl rand -base64 32`, or unset it to keep the key in the data directory',
  });
  return z.NEVER;
});

const EnvSchema = z.object({
  REFUGE_DATA_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, {
      error:
        'use a postgres:// or postgresql:// URL, such as postgres://refuge:password@localhost:5432/refuge, or unset it for the embedded store',
    })
    .optional(),
  PORT: PortSchema.optional(),
  REFUGE_MASTER_KEY: MasterKeySchema.optional(),
  REFUGE_SQLITE_SYNCHRONOUS: z
    .enum(['full', 'normal'], { error: 'use full (the default) or normal' })
    .optional(),
  REFUGE_DEMO_PUBLIC: z
    .enum(['1', '0', 'true', 'false'], {
      error: 'use 1 to let a demo store listen on every address, or 0 (the default: loopback only)',
    })
    .optional(),
  REFUGE_CHECKPOINT_SECONDS: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'use a whole number of seconds from 1 to 86400' })
    .transform(Number)
    .refine((seconds) => seconds >= 1 && seconds <= 86_400, {
      error: 'use a whole number of seconds from 1 to 86400',
    })
    .optional(),
});

type VariableName = keyof typeof EnvSchema.shape;
const SECRET_VARIABLES: ReadonlySet<string> = new Set<VariableName>(['REFUGE_MASTER_KEY']);

/** Parses the environment (and the command's overrides); throws INVALID_CONFIGURATION, one line, on a bad value. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: ConfigOverrides = {},
): RefugeConfig {
  const given = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw invalidSetting(name, given[name], issue.message);
  }
  const vars = parsed.data;
  let port = vars.PORT ?? DEFAULT_PORT;
  if (overrides.port !== undefined) {
    const option = PortSchema.safeParse(overrides.port);
    if (!option.success) throw invalidSetting('--port', overrides.port, option.error.issues[0]!.message);
    port = option.data;
  }
  return {
    dataDir: resolve(vars.REFUGE_DATA_DIR ?? 'data'),
    databaseUrl: vars.DATABASE_URL,
    port,
    masterKey: vars.REFUGE_MASTER_KEY,
    sqliteSynchronous: vars.REFUGE_SQLITE_SYNCHRONOUS ?? 'full',
    isDemoPublic: vars.REFUGE_DEMO_PUBLIC === '1' || vars.REFUGE_DEMO_PUBLIC === 'true',
    checkpointSeconds: vars.REFUGE_CHECKPOINT_SECONDS ?? DEFAULT_CHECKPOINT_SECONDS,
  };
}

function invalidSetting(name: string, value: string | undefined, allowed: string): AppError {
  const shown = SECRET_VARIABLES.has(name) ? 'set (the value is not shown)' : `"${printable(value ?? '')}"`;
  return new AppError('INVALID_CONFIGURATION', `${name} is ${shown}: ${allowed}.`, { variable: name });
}

/** A value as it may be printed: a URL's password masked, control characters escaped, at most 120 characters. */
export function printable(value: string): string {
  const masked = maskUrlPassword(value);
  const escaped = JSON.stringify(masked).slice(1, -1);
  return escaped.length > 120 ? `${escaped.slice(0, 117)}...` : escaped;
}

function maskUrlPassword(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) {
      url.password = '****';
      return url.toString();
    }
  } catch {
    // Not a URL the parser takes; the pattern below still finds user:password@ in it.
  }
  // Also `user:password@host` without a scheme, which the URL parser reads as a scheme and a path.
  return value.replace(/(^|\/\/|\s)([^\s/:@]*:)[^@\s/]*@/, '$1$2****@');
}
