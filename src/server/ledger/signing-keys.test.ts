import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { generateSigningKey, loadMasterKey, signerFor } from './signing-keys.ts';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'refuge-keys-'));
const userWith = (id: string, key: { publicKey: string; sealedPrivateKey: string }) => ({
  id,
  public_key: key.publicKey,
  private_key: key.sealedPrivateKey,
});

describe('master key', () => {
  it('is created once in the data directory, readable by its owner only, and read back the same', () => {
    const dir = join(tempDir(), 'nested');
    const key = loadMasterKey(dir);
    expect(key).toHaveLength(32);
    const file = join(dir, 'master.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(key);
    expect(loadMasterKey(dir)).toEqual(key);
  });

  it('is the given one (REFUGE_MASTER_KEY, parsed by the config) when there is one, and no file is written', () => {
    const dir = tempDir();
    const given = randomBytes(32);
    expect(loadMasterKey(dir, given)).toEqual(given);
    expect(() => statSync(join(dir, 'master.key'))).toThrow();
  });

  it('refuses a key file that is not 32 bytes of base64, without naming its path', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'master.key'), `${randomBytes(16).toString('base64')}\n`);
    const attempt = (): Buffer => loadMasterKey(dir);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(/master\.key\) is not the base64 of exactly 32 bytes/);
    expect(attempt).not.toThrow(dir);
  });
});

describe('signing keys', () => {
  const masterKey = randomBytes(32);

  it('signs hashes that verify with the stored public key, and keeps the private key sealed', () => {
    const key = generateSigningKey(masterKey);
    expect(key.sealedPrivateKey).toMatch(/^v1:/);
    const signer = signerFor(userWith('officer-k1', key), masterKey);
    const digest = randomBytes(32);
    const publicKey = createPublicKey({
      key: Buffer.from(key.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    expect(signer.actorId).toBe('officer-k1');
    expect(verify(null, digest, publicKey, Buffer.from(signer.sign(digest), 'base64'))).toBe(true);
  });

  it('builds each signer once per process', () => {
    const user = userWith('officer-k2', generateSigningKey(masterKey));
    expect(signerFor(user, masterKey)).toBe(signerFor(user, masterKey));
  });

  it('does not open under another master key, saying which user and what to check', () => {
    const user = userWith('officer-k3', generateSigningKey(masterKey));
    expect(() => signerFor(user, randomBytes(32))).toThrow(/officer-k3.*REFUGE_MASTER_KEY/);
  });

  it('does not open when the sealed key is moved to another user', () => {
    const mine = generateSigningKey(masterKey);
    const theirs = generateSigningKey(masterKey);
    expect(() =>
      signerFor(
        { id: 'officer-k4', public_key: theirs.publicKey, private_key: mine.sealedPrivateKey },
        masterKey,
      ),
    ).toThrow(AppError);
  });
});
