// The "done when", checked the way an outsider would: a checkpoint, inclusion proofs and a consistency
// proof fetched over HTTP from a demo server listening on a port, verified with nothing but node:crypto, the log's
// verifier key and the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, written again below from the RFC's text. None
// of Refuge's own verification code is used, so a mistake shared by the server and its verifiers cannot hide here.
// On SQLite and PostgreSQL.
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { listen, type RunningServer } from '../../http/server.ts';
import { markDemoStore } from '../../settings/store-settings.repository.ts';
import { signCheckpoint } from '../checkpoint.service.ts';
import { addTestUser, appendInTransaction, buildEventInputs } from '../ledger-fixtures.ts';
import { readEvents } from '../ledger.repository.ts';
import { ensureLogKey } from '../log-key.ts';

// ---- The outsider's verifier: node:crypto and the RFCs, nothing else. ----

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();
const leafHash = (data: Buffer): Buffer => sha256(Buffer.from([0]), data);
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

/** A C2SP signed-note checkpoint checked against a note verifier key `<name>+<key id>+<base64 of 0x01 || key>`:
 * the size and root it signs, or an exception saying why not. */
function openCheckpoint(note: string, vkey: string): { size: number; root: Buffer } {
  const [name = '', keyIdHex = '', ...keyParts] = vkey.split('+');
  const key = Buffer.from(keyParts.join('+'), 'base64');
  if (key.length !== 33 || key[0] !== 0x01) throw new Error('not an Ed25519 note verifier key');
  const publicKey = key.subarray(1);
  const keyId = sha256(Buffer.from(`${name}\n`), key).subarray(0, 4);
  if (keyId.toString('hex') !== keyIdHex) throw new Error('the verifier key id does not match its key');
  const split = note.indexOf('\n\n');
  const body = note.slice(0, split + 1);
  const lines = note.slice(split + 2).split('\n');
  const spki = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]),
    format: 'der',
    type: 'spki',
  });
  const isSigned = lines.some((line) => {
    const match = /^\u2014 (\S+) (\S+)$/.exec(line);
    const signature = match ? Buffer.from(match[2]!, 'base64') : Buffer.alloc(0);
    return (
      match?.[1] === name &&
      signature.length === 68 &&
      signature.subarray(0, 4).equals(keyId) &&
      verify(null, Buffer.from(body), spki, signature.subarray(4))
    );
  });
  if (!isSigned) throw new Error('no valid signature of the log key on the checkpoint');
  const [origin, size = '', root = ''] = body.split('\n');
  if (origin !== name) throw new Error('the checkpoint names another origin');
  return { size: Number(size), root: Buffer.from(root, 'base64') };
}

/** RFC 9162 §2.1.3.2: whether `path` proves the leaf at `index` is in the tree of `size` leaves with root `root`. */
function verifyInclusion(index: number, size: number, leaf: Buffer, path: Buffer[], root: Buffer): boolean {
  if (index >= size) return false;
  let [fn, sn, r] = [index, size - 1, leaf];
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: whether `path` proves the tree of `first` leaves (root `firstHash`) is a prefix of the tree
 * of `second` leaves (root `secondHash`). */
function verifyConsistency(
  first: number,
  second: number,
  firstHash: Buffer,
  secondHash: Buffer,
  consistencyPath: Buffer[],
): boolean {
  if (consistencyPath.length === 0 || first >= second) return false;
  const path = (first & (first - 1)) === 0 ? [firstHash, ...consistencyPath] : consistencyPath;
  let [fn, sn] = [first - 1, second - 1];
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let [fr, sr] = [path[0]!, path[0]!];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(firstHash) && sr.equals(secondHash) && sn === 0;
}

// ---- The check. ----

const hexes = (hashes: string[]): Buffer[] => hashes.map((h) => Buffer.from(h, 'hex'));
const flipped = (hash: Buffer): Buffer => Buffer.from(hash.map((b, i) => (i === 0 ? b ^ 1 : b)));

describeEachDialect('an outsider checks a running log with node:crypto and RFC 9162 alone', (store) => {
  let world: TestWorld;
  let server: RunningServer;
  let base: string;
  let vkey: string;
  const get = async (path: string): Promise<string> => {
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    world = await createTestWorld(store());
    vkey = (await ensureLogKey(world.app.database, world.app.masterKey)).vkey;
    // A demo store, as the "done when" says: it listens on the loopback address alone.
    await markDemoStore(world.app.database.db, world.app.now());
    server = await listen(world.app, { port: 0, isDemoPublic: false });
    expect(server).toMatchObject({ isDemo: true, isLoopbackOnly: true });
    base = `http://127.0.0.1:${server.address.port}`;
  });
  afterAll(async () => server.close());

  it('verifies the signed checkpoints, every event\u2019s inclusion and each older tree\u2019s consistency', async () => {
    // The outsider keeps each checkpoint it fetches as the log grows by uneven steps, one of them to a power of two
    // (a proof from such a size omits the older root, RFC 9162 §2.1.4.2 step 2).
    const officer = await addTestUser(world.app.database, world.app.dataDir, 'officer-outside');
    const kept = [openCheckpoint(await get('/api/v1/ledger/checkpoint'), vkey)];
    const toPowerOfTwo = (size: number) => 2 ** Math.ceil(Math.log2(size + 1)) - size;
    for (const [i, step] of [1, 2, 3, toPowerOfTwo, 8, 13].entries()) {
      const count = typeof step === 'number' ? step : step(kept.at(-1)!.size);
      await appendInTransaction(world.app.database, officer, buildEventInputs(count, i * 100));
      await signCheckpoint(world.app);
      kept.push(openCheckpoint(await get('/api/v1/ledger/checkpoint'), vkey));
    }
    const newest = kept.at(-1)!;
    expect(kept.map((c) => c.size)).toEqual([...new Set(kept.map((c) => c.size))].sort((a, b) => a - b));
    expect(kept.some((c) => Number.isInteger(Math.log2(c.size)))).toBe(true);

    // Each event's leaf is SHA-256(0x00 || its body), the bytes a holder of its record has: sorted-key JSON.
    const events = await readEvents(world.app.database.db, { afterSeq: 0, limit: 10_000 });
    expect(events).toHaveLength(newest.size);
    for (const event of events) {
      const body =
        `{"actorId":${JSON.stringify(event.actorId)},"caseId":${JSON.stringify(event.caseId)}` +
        `,"id":${JSON.stringify(event.id)},"occurredAt":${JSON.stringify(event.occurredAt)}` +
        `,"payload":${event.payloadJson},"prevHash":${JSON.stringify(event.prevHash)}` +
        `,"type":${JSON.stringify(event.type)}}`;
      const leaf = leafHash(Buffer.from(body));
      const proof = JSON.parse(
        await get(`/api/v1/ledger/proof/inclusion?hash=${leaf.toString('hex')}&size=${newest.size}`),
      ) as { leafIndex: number; hashes: string[] };
      expect(proof.leafIndex).toBe(event.seq - 1);
      const path = hexes(proof.hashes);
      expect(verifyInclusion(proof.leafIndex, newest.size, leaf, path, newest.root), `seq ${event.seq}`).toBe(
        true,
      );
      // The verifier can fail: another leaf, or a changed path hash, does not reach the root.
      expect(verifyInclusion(proof.leafIndex, newest.size, flipped(leaf), path, newest.root)).toBe(false);
      expect(
        verifyInclusion(
          proof.leafIndex,
          newest.size,
          leaf,
          [flipped(path[0]!), ...path.slice(1)],
          newest.root,
        ),
      ).toBe(false);
    }

    // Every checkpoint kept is a prefix of every later one.
    for (const [i, older] of kept.entries())
      for (const newer of kept.slice(i + 1)) {
        const proof = JSON.parse(
          await get(`/api/v1/ledger/proof/consistency?from=${older.size}&to=${newer.size}`),
        ) as { hashes: string[] };
        const path = hexes(proof.hashes);
        const pair = `${older.size} to ${newer.size}`;
        expect(verifyConsistency(older.size, newer.size, older.root, newer.root, path), pair).toBe(true);
        expect(verifyConsistency(older.size, newer.size, flipped(older.root), newer.root, path), pair).toBe(
          false,
        );
        expect(verifyConsistency(older.size, newer.size, older.root, flipped(newer.root), path), pair).toBe(
          false,
        );
      }
  });

  it('refuses a checkpoint signed by another key, a key whose id is wrong, and a note altered after signing', async () => {
    const note = await get('/api/v1/ledger/checkpoint');
    const [name = '', keyIdHex = ''] = vkey.split('+');
    const otherKey = Buffer.concat([
      Buffer.from([1]),
      generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32),
    ]);
    const otherId = sha256(Buffer.from(`${name}\n`), otherKey)
      .subarray(0, 4)
      .toString('hex');
    expect(() => openCheckpoint(note, `${name}+${otherId}+${otherKey.toString('base64')}`)).toThrow(
      /no valid signature/,
    );
    expect(() => openCheckpoint(note, `${name}+${keyIdHex}+${otherKey.toString('base64')}`)).toThrow(
      /key id does not match/,
    );
    const [origin, size, ...rest] = note.split('\n');
    expect(() => openCheckpoint([origin, String(Number(size) + 1), ...rest].join('\n'), vkey)).toThrow(
      /no valid signature/,
    );
    expect(openCheckpoint(note, vkey).size).toBe(Number(size));
  });
});
