// A mistyped setting, as an operator meets it: every command that reads the configuration stops before it opens a
// store, with one line naming the variable, its value (a password masked) and what is allowed, and exit code 2.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteFile } from '../../src/server/db/database.ts';
import { linesOf, runCli, storeEnv } from './run-cli.ts';

const folders: string[] = [];
const newFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'refuge-bad-config-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const cases: Array<{ variable: string; value: string; args: string[]; line: RegExp }> = [
  {
    variable: 'DATABASE_URL',
    value: 'postgress://refuge:hunter2@db.example/refuge',
    args: ['verify'],
    line: /^refuge: DATABASE_URL is "postgress:\/\/refuge:\*\*\*\*@db\.example\/refuge": use a postgres:\/\/ or postgresql:\/\/ URL/,
  },
  {
    variable: 'DATABASE_URL',
    value: 'mysql://refuge:hunter2@db.example/refuge',
    args: ['user', 'list'],
    line: /^refuge: DATABASE_URL is "mysql:\/\/refuge:\*\*\*\*@db\.example\/refuge": use a postgres:\/\//,
  },
  {
    variable: 'PORT',
    value: '70000',
    args: ['serve'],
    line: /^refuge: PORT is "70000": use a whole number from 1 to 65535\.$/,
  },
  {
    variable: 'PORT',
    value: 'http',
    args: ['serve', '--demo'],
    line: /^refuge: PORT is "http": use a whole number/,
  },
  {
    variable: 'REFUGE_SQLITE_SYNCHRONOUS',
    value: 'OFF',
    args: ['seed', '--cases', '1'],
    line: /^refuge: REFUGE_SQLITE_SYNCHRONOUS is "OFF": use full \(the default\) or normal\.$/,
  },
  {
    variable: 'REFUGE_DEMO_PUBLIC',
    value: 'please',
    args: ['serve'],
    line: /^refuge: REFUGE_DEMO_PUBLIC is "please": use 1 to let a demo store listen on every address/,
  },
  {
    variable: 'REFUGE_MASTER_KEY',
    value: 'c2hvcnQ=',
    args: ['analytics', 'refresh'],
    line: /^refuge: REFUGE_MASTER_KEY is set \(the value is not shown\): it must be the base64 of exactly 32 bytes/,
  },
];

describe('a bad setting, through the CLI', () => {
  it.each(cases)('$variable=$value stops `refuge $args` with one line and exit 2', async (c) => {
    const dataDir = newFolder();
    const run = await runCli(c.args, { ...storeEnv({ dataDir }), [c.variable]: c.value });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(c.line)]);
    expect(run.stderr).not.toContain('hunter2');
    expect(existsSync(sqliteFile(dataDir))).toBe(false); // nothing fell back to the embedded store
  });

  it('checks `serve --port` the same way', async () => {
    const dataDir = newFolder();
    const run = await runCli(['serve', '--port', '65536'], storeEnv({ dataDir }));
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr)).toEqual(['refuge: --port is "65536": use a whole number from 1 to 65535.']);
    expect(existsSync(sqliteFile(dataDir))).toBe(false);
  });
});
