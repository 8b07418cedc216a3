import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { loadConfig, printable } from './config.ts';

// The config's failure as the CLI prints it: the code, and the one line of its message.
function failureOf(env: NodeJS.ProcessEnv, overrides = {}): { code: string; message: string } {
  try {
    loadConfig(env, overrides);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('gives the defaults for an empty environment, and counts an empty variable as unset', () => {
    for (const env of [{}, { PORT: '', DATABASE_URL: '', REFUGE_SQLITE_SYNCHRONOUS: '' }]) {
      expect(loadConfig(env)).toEqual({
        dataDir: resolve('data'),
        databaseUrl: undefined,
        port: 3000,
        masterKey: undefined,
        sqliteSynchronous: 'full',
        isDemoPublic: false,
        checkpointSeconds: 10,
      });
    }
  });

  it('reads every variable it knows', () => {
    const key = randomBytes(32);
    expect(
      loadConfig({
        REFUGE_DATA_DIR: '/srv/refuge',
        DATABASE_URL: 'postgresql://refuge:secret@db:5432/refuge',
        PORT: '8080',
        REFUGE_MASTER_KEY: key.toString('base64'),
        REFUGE_SQLITE_SYNCHRONOUS: 'normal',
        REFUGE_DEMO_PUBLIC: '1',
        REFUGE_CHECKPOINT_SECONDS: '60',
      }),
    ).toEqual({
      dataDir: '/srv/refuge',
      databaseUrl: 'postgresql://refuge:secret@db:5432/refuge',
      port: 8080,
      masterKey: key,
      sqliteSynchronous: 'normal',
      isDemoPublic: true,
      checkpointSeconds: 60,
    });
    expect(failureOf({ REFUGE_CHECKPOINT_SECONDS: '0' }).message).toBe(
      'REFUGE_CHECKPOINT_SECONDS is "0": use a whole number of seconds from 1 to 86400.',
    );
    expect(loadConfig({ DATABASE_URL: 'postgres:///refuge?host=/run/postgresql' }).databaseUrl).toBe(
      'postgres:///refuge?host=/run/postgresql',
    );
  });

  it('lets --port override PORT, through the same check', () => {
    expect(loadConfig({ PORT: '8080' }, { port: '9090' }).port).toBe(9090);
    expect(failureOf({ PORT: '8080' }, { port: '0' })).toEqual({
      code: 'INVALID_CONFIGURATION',
      message: '--port is "0": use a whole number from 1 to 65535.',
    });
  });

  it.each([
    ['PORT', '70000', 'PORT is "70000": use a whole number from 1 to 65535.'],
    ['PORT', '0', 'PORT is "0": use a whole number from 1 to 65535.'],
    ['PORT', '80a', 'PORT is "80a": use a whole number from 1 to 65535.'],
    ['PORT', '3000 ', 'PORT is "3000 ": use a whole number from 1 to 65535.'],
    [
      'DATABASE_URL',
      'mysql://refuge:secret@db/refuge',
      'DATABASE_URL is "mysql://refuge:****@db/refuge": use a postgres:// or postgresql:// URL, such as postgres://refuge:password@localhost:5432/refuge, or unset it for the embedded store.',
    ],
    [
      'DATABASE_URL',
      'refuge:secret@db/refuge',
      'DATABASE_URL is "refuge:****@db/refuge": use a postgres:// or postgresql:// URL, such as postgres://refuge:password@localhost:5432/refuge, or unset it for the embedded store.',
    ],
    [
      'DATABASE_URL',
      'postgress://refuge:s3cr3t@db/refuge',
      'DATABASE_URL is "postgress://refuge:****@db/refuge": use a postgres:// or postgresql:// URL, such as postgres://refuge:password@localhost:5432/refuge, or unset it for the embedded store.',
    ],
    [
      'REFUGE_SQLITE_SYNCHRONOUS',
      'off',
      'REFUGE_SQLITE_SYNCHRONOUS is "off": use full (the default) or normal.',
    ],
    [
      'REFUGE_DEMO_PUBLIC',
      'yes',
      'REFUGE_DEMO_PUBLIC is "yes": use 1 to let a demo store listen on every address, or 0 (the default: loopback only).',
    ],
    [
      'REFUGE_MASTER_KEY',
      randomBytes(16).toString('base64'),
      'REFUGE_MASTER_KEY is set (the value is not shown): it must be the base64 of exactly 32 bytes: make one with `openssl rand -base64 32`, or unset it to keep the key in the data directory.',
    ],
  ])('refuses %s=%j in one line naming the variable, the value and what is allowed', (name, value, line) => {
    const failure = failureOf({ [name]: value });
    expect(failure).toEqual({ code: 'INVALID_CONFIGURATION', message: line });
    expect(failure.message).not.toContain('\n');
  });

  it('never prints a master key, even a malformed one', () => {
    const secret = `${randomBytes(31).toString('base64')}x`;
    expect(failureOf({ REFUGE_MASTER_KEY: secret }).message).not.toContain(secret);
  });
});

describe('printable', () => {
  it('masks a URL password, escapes control characters and shortens long values', () => {
    expect(printable('postgres://u:p%40ss@h:5432/d')).toBe('postgres://u:****@h:5432/d');
    expect(printable('postgres://u@h/d')).toBe('postgres://u@h/d');
    expect(printable('a\nb')).toBe('a\\nb');
    expect(printable('x'.repeat(500))).toHaveLength(120);
  });
});
