import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';

// A hash in the scheme earlier versions stored, made here the way they made it.
function legacyScrypt(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFKC'), salt, 32, { N: 16384, r: 8, p: 1 });
  return `scrypt$16384$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
}

describe('password hashing', () => {
  it('stores argon2id with salt, verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('synthetic correct horse');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('synthetic correct horse')).not.toBe(stored);
    expect(await verifyPassword('synthetic correct horse', stored)).toEqual({
      matches: true,
      needsRehash: false,
    });
    expect((await verifyPassword('synthetic correct horsE', stored)).matches).toBe(false);
  });

  it('verifies an older scrypt hash and asks for it to be replaced', async () => {
    const stored = legacyScrypt('synthetic legacy pass');
    expect(await verifyPassword('synthetic legacy pass', stored)).toEqual({
      matches: true,
      needsRehash: true,
    });
    expect((await verifyPassword('synthetic other pass', stored)).matches).toBe(false);
  });

  it('asks to rehash argon2id made with weaker parameters', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash('synthetic weak params', { algorithm: 2, memoryCost: 8192, timeCost: 1 });
    expect(await verifyPassword('synthetic weak params', weak)).toEqual({ matches: true, needsRehash: true });
  });

  it('never matches a disabled, malformed or decoy hash', async () => {
    for (const stored of [
      '!',
      '',
      'scrypt$x$y$z$$',
      'scrypt$16384$8$1$c2FsdA==$',
      '$argon2id$garbage',
      await decoyHash,
    ])
      expect((await verifyPassword('anything at all', stored)).matches).toBe(false);
  });
});
