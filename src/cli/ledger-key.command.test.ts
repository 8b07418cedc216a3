// `refuge ledger key` as a user runs it: the log's verifier key, created on first use, alone on the last line, in the
// note format (`<name>+<key id>+<base64 key>`), the same on a second run, and named by --origin when created.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseVerifierKey } from '../domain/ledger/signed-note.ts';

const bin = join(import.meta.dirname, '../../bin/refuge.js');
const folders: string[] = [];

function refugeLedgerKey(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, REFUGE_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // the embedded store, even when the developer's shell points at PostgreSQL
  return spawnSync(process.execPath, [bin, 'ledger', 'key', ...args], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

const lastLine = (stdout: string): string => stdout.trimEnd().split('\n').at(-1)!;

describe('refuge ledger key', () => {
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('prints the verifier key alone on the last line, the same key on every run', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-cli-ledger-key-'));
    folders.push(dataDir);
    const first = refugeLedgerKey(dataDir);
    expect(first.status).toBe(0);
    const vkey = lastLine(first.stdout);
    expect(vkey).toMatch(/^\S+\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    expect(parseVerifierKey(vkey)).toBeDefined();
    const again = refugeLedgerKey(dataDir);
    expect(lastLine(again.stdout)).toBe(vkey);
  });

  it('names the log by --origin when it creates the key', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'refuge-cli-ledger-key-'));
    folders.push(dataDir);
    const run = refugeLedgerKey(dataDir, '--origin', 'refuge.example.gov/ledger');
    expect(run.status).toBe(0);
    expect(lastLine(run.stdout)).toMatch(/^refuge\.example\.gov\/ledger\+[0-9a-f]{8}\+/);
  });
});
