import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSigningKey, signerFor } from '../../server/ledger/signing-keys.ts';
import { startSignPool } from './sign-pool.ts';

const masterKey = randomBytes(32);
const users = ['officer', 'supervisor', 'judge'].map((id) => {
  const key = generateSigningKey(masterKey);
  return { id, public_key: key.publicKey, private_key: key.sealedPrivateKey };
});

describe('startSignPool', () => {
  it('signs a batch on workers exactly as each actor signs it in this thread, in the batch order', async () => {
    const items = Array.from({ length: 101 }, (_, i) => ({
      actorId: users[i % users.length]!.id,
      digest: randomBytes(32),
    }));
    const pool = startSignPool(3, users, masterKey);
    try {
      const expected = items.map((item) =>
        signerFor(
          users.find((u) => u.id === item.actorId)!,
          masterKey,
        ).sign(item.digest),
      );
      expect(await pool.signAll(items)).toEqual(expected);
      expect(await pool.signAll(items.slice(0, 2))).toEqual(expected.slice(0, 2));
    } finally {
      await pool.close();
    }
  });

  it('fails the batch when an actor has no key', async () => {
    const pool = startSignPool(2, users, masterKey);
    try {
      await expect(pool.signAll([{ actorId: 'stranger', digest: randomBytes(32) }])).rejects.toThrow(
        /no key for synthetic actor stranger/,
      );
    } finally {
      await pool.close();
    }
  });
});
