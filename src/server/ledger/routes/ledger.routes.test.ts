// The log's public routes over HTTP, on SQLite and PostgreSQL, checked as an outsider would: with nothing but the
// log's verifier key and the RFC 9162 algorithms (the domain's verifiers, which agree with transparency-dev's
// known-answer files). Bad or out-of-range parameters get the JSON error shape.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { addSampleRecords } from '../../../../test/faults/sample-records.ts';
import { anonymous, type ApiCaller } from '../../../../test/http-client.ts';
import { fromHex, toHex, utf8 } from '../../../domain/ledger/bytes.ts';
import { eventBody } from '../../../domain/ledger/ledger-event.ts';
import { checkConsistency, checkInclusion, merkleHasher } from '../../../domain/ledger/merkle.ts';
import {
  cosignatureBy,
  cosignedMessage,
  ED25519_COSIGNATURE,
  formatVerifierKey,
  isSignedByLog,
  parseCheckpoint,
  parseVerifierKey,
  signatureLine,
  timestampBytes,
} from '../../../domain/ledger/signed-note.ts';
import { addWitness } from '../witness.service.ts';
import { createHttpApp } from '../../http/app.ts';
import { signCheckpoint } from '../checkpoint.service.ts';
import { readEvents } from '../ledger.repository.ts';
import { ensureLogKey } from '../log-key.ts';

interface Inclusion {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  hashes: string[];
}
const hasher = merkleHasher();
const bytes = (hex: string) => fromHex(hex)!;

describeEachDialect('the log\u2019s public checkpoint and proofs over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let nobody: ApiCaller;
  let vkey: string;
  const getText = async (path: string) => {
    const response = await nobody.request('GET', path);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const getJson = async <T>(path: string) => JSON.parse(await getText(path)) as T;

  beforeAll(async () => {
    world = await createTestWorld(dialect);
    http = createHttpApp(world.app, { isDemo: false });
    nobody = anonymous(http);
    vkey = (await ensureLogKey(world.app.database, world.app.masterKey)).vkey;
  });
  afterAll(async () => world.dispose());

  it('serves a checkpoint note signed by the log key, and proofs that verify against it', async () => {
    const older = parseCheckpoint(await getText('/api/v1/ledger/checkpoint'))!;
    await addSampleRecords(world);
    await signCheckpoint(world.app);
    const response = await nobody.request('GET', '/api/v1/ledger/checkpoint');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const note = await response.text();
    const checkpoint = parseCheckpoint(note)!;
    expect(note).toBe(`${checkpoint.body}\n${note.slice(checkpoint.body.length + 1)}`);
    expect(await isSignedByLog(checkpoint, parseVerifierKey(vkey)!)).toBe(true);
    expect(checkpoint.size).toBeGreaterThan(older.size);

    // Every event is in the tree at index seq - 1, its leaf the hash of its canonical body.
    const events = await readEvents(world.app.database.db, { afterSeq: 0, limit: 10_000 });
    expect(events).toHaveLength(checkpoint.size);
    for (const event of [events[0]!, events[7]!, events.at(-1)!]) {
      const leafHash = toHex(hasher.leaf(utf8(eventBody(event, event.payloadJson))));
      const byHash = await getJson<Inclusion>(
        `/api/v1/ledger/proof/inclusion?hash=${leafHash}&size=${checkpoint.size}`,
      );
      const byIndex = await getJson<Inclusion>(
        `/api/v1/ledger/proof/inclusion?index=${event.seq - 1}&size=${checkpoint.size}`,
      );
      expect(byHash).toEqual(byIndex);
      expect(byHash).toMatchObject({ leafIndex: event.seq - 1, treeSize: checkpoint.size, leafHash });
      expect(
        checkInclusion(
          hasher,
          byHash.leafIndex,
          checkpoint.size,
          bytes(leafHash),
          byHash.hashes.map(bytes),
          checkpoint.rootHash,
        ),
      ).toBeUndefined();
    }

    const consistency = await getJson<{ from: number; to: number; hashes: string[] }>(
      `/api/v1/ledger/proof/consistency?from=${older.size}&to=${checkpoint.size}`,
    );
    expect(
      checkConsistency(
        hasher,
        older.size,
        checkpoint.size,
        consistency.hashes.map(bytes),
        older.rootHash,
        checkpoint.rootHash,
      ),
    ).toBeUndefined();
  });

  it('answers bad or out-of-range parameters with the JSON error shape', async () => {
    const size = parseCheckpoint(await getText('/api/v1/ledger/checkpoint'))!.size;
    const refusals: [string, number][] = [
      [`/api/v1/ledger/proof/inclusion?index=${size}&size=${size}`, 400],
      [`/api/v1/ledger/proof/inclusion?index=0&size=${size + 1}`, 400],
      ['/api/v1/ledger/proof/inclusion?index=0&size=0', 400],
      ['/api/v1/ledger/proof/inclusion?index=-1&size=1', 400],
      ['/api/v1/ledger/proof/inclusion?index=0&hash=' + 'a'.repeat(64) + '&size=1', 400],
      ['/api/v1/ledger/proof/inclusion?size=1', 400],
      ['/api/v1/ledger/proof/inclusion?hash=xyz&size=1', 400],
      [`/api/v1/ledger/proof/inclusion?hash=${'0'.repeat(64)}&size=${size}`, 404],
      [`/api/v1/ledger/proof/consistency?from=2&to=1`, 400],
      [`/api/v1/ledger/proof/consistency?from=0&to=${size}`, 400],
      [`/api/v1/ledger/proof/consistency?from=1&to=${size + 1}`, 400],
      ['/api/v1/ledger/proof/consistency?from=one&to=2', 400],
    ];
    for (const [path, status] of refusals) {
      const response = await nobody.request('GET', path);
      expect(response.status, path).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, path).toBe(status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED');
      expect(body.error.message.length, path).toBeGreaterThan(10);
    }
  });

  it('keeps a registered witness\u2019s cosignature beside its checkpoint and refuses an unregistered one', async () => {
    const witnessKey = generateKeyPairSync('ed25519');
    const raw = new Uint8Array(witnessKey.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32));
    const witnessVkey = formatVerifierKey('witness.example/w1', raw, ED25519_COSIGNATURE);
    const note = await getText('/api/v1/ledger/checkpoint');
    const checkpoint = parseCheckpoint(note)!;
    const cosign = () => {
      const timestamp = 1_700_000_000;
      const signature = sign(
        null,
        Buffer.from(cosignedMessage(timestamp, checkpoint.body)),
        witnessKey.privateKey,
      );
      const key = parseVerifierKey(witnessVkey)!;
      return note + signatureLine(key.name, key.keyId, Buffer.concat([timestampBytes(timestamp), signature]));
    };
    const refused = await nobody.request('POST', '/api/v1/ledger/cosignatures', { checkpoint: cosign() });
    expect(refused.status).toBe(403);
    const added = await addWitness(world.app, 'witness.example/w1', witnessVkey);
    expect(added.ok).toBe(true);
    const accepted = await nobody.request('POST', '/api/v1/ledger/cosignatures', { checkpoint: cosign() });
    expect(accepted.status).toBe(201);
    const served = parseCheckpoint(await getText('/api/v1/ledger/checkpoint'))!;
    expect(served.size).toBe(checkpoint.size);
    expect(await cosignatureBy(served, parseVerifierKey(witnessVkey)!)).toEqual({ timestamp: 1_700_000_000 });
    const forged = await nobody.request('POST', '/api/v1/ledger/cosignatures', {
      checkpoint: cosign().replace(/\n\d+\n/, `\n${checkpoint.size + 1}\n`),
    });
    expect(forged.status).toBe(400);
  });

  it('serves the log\u2019s verifier key to anyone, the key that verifies its checkpoints, in the OpenAPI document', async () => {
    const response = await nobody.request('GET', '/api/v1/ledger/key');
    expect(response.status).toBe(200);
    const served = (await response.json()) as { origin: string; vkey: string };
    expect(served.vkey).toBe(vkey);
    expect(served.vkey.startsWith(`${served.origin}+`)).toBe(true);
    const checkpoint = parseCheckpoint(await getText('/api/v1/ledger/checkpoint'))!;
    expect(checkpoint.origin).toBe(served.origin);
    expect(await isSignedByLog(checkpoint, parseVerifierKey(served.vkey)!)).toBe(true);
    const document = await getJson<{
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    }>('/api/openapi.json');
    expect(Object.keys(document.paths['/api/v1/ledger/key']?.get?.responses ?? {})).toContain('200');
  });

  it('proves an empty consistency between equal sizes', async () => {
    expect(await getJson('/api/v1/ledger/proof/consistency?from=3&to=3')).toEqual({
      from: 3,
      to: 3,
      hashes: [],
    });
  });
});
