// A witness's key file: created once and never overwritten, private to its owner, read back to the verifier key it
// printed, and its cosignature lines verify with that key as the log checks them.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkpointBody,
  cosignatureBy,
  parseCheckpoint,
  parseVerifierKey,
} from '../../domain/ledger/signed-note.ts';
import { cosignatureLine, createWitnessKeyFile, readWitnessKey } from './witness-key.ts';

describe('a witness key file', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'refuge-witness-key-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is created once, readable by its owner alone, and reads back to the verifier key it printed', () => {
    const file = join(folder, 'w.key');
    const vkey = createWitnessKeyFile('oig.test/witness', file);
    expect(parseVerifierKey(vkey)).toMatchObject({ name: 'oig.test/witness', type: 0x04 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^PRIVATE\+KEY\+oig\.test\/witness\+[0-9a-f]{8}\+\S+\n$/);
    expect(readWitnessKey(file).vkey).toBe(vkey);
    const before = readFileSync(file, 'utf8');
    expect(() => createWitnessKeyFile('oig.test/witness', file)).toThrow(/never overwritten/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('signs cosignature/v1 lines that verify with its verifier key, carrying their time', async () => {
    const file = join(folder, 'signer.key');
    const vkey = createWitnessKeyFile('court.test/witness', file);
    const body = checkpointBody('refuge.test/log', 7, new Uint8Array(32).fill(3));
    const note = `${body}\n\u2014 refuge.test/log ${Buffer.alloc(68, 1).toString('base64')}\n`;
    const line = cosignatureLine(readWitnessKey(file), parseCheckpoint(note)!, 1_700_000_123);
    expect(await cosignatureBy(parseCheckpoint(note + line)!, parseVerifierKey(vkey)!)).toEqual({
      timestamp: 1_700_000_123,
    });
    // Another checkpoint's body does not carry it.
    const other = note.replace('\n7\n', '\n8\n');
    expect(await cosignatureBy(parseCheckpoint(other + line)!, parseVerifierKey(vkey)!)).toBeUndefined();
  });

  it('refuses a file that is not a witness key, and a name a key cannot carry', () => {
    const file = join(folder, 'bad.key');
    writeFileSync(file, 'PRIVATE+KEY+oig.test/witness+00000000+AQ==\n');
    expect(() => readWitnessKey(file)).toThrow(/is not a witness key/);
    expect(() => readWitnessKey(join(folder, 'missing.key'))).toThrow(/Cannot read the witness key file/);
    expect(() => createWitnessKeyFile('two words', join(folder, 'x.key'))).toThrow(/cannot name a key/);
  });
});
