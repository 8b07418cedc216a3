// A screening's record of determination over HTTP, on both dialects: it verifies with nothing but the log's
// verifier key (the domain's verifyRecord, which the browser's /verify page and `refuge ledger check-record` call),
// against its own checkpoint and proofs and against fresh ones fetched by leaf hash; any byte changed fails it, what
// it prints beyond its events included (its record.issued event attests that); a reader without a basis gets the
// missing screening's 404.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous } from '../../../../test/http-client.ts';
import {
  printedDigest,
  printedPartOf,
  recordDigest,
  verifyRecord,
  type RecordOfDetermination,
} from '../../../domain/ledger/record-of-determination.ts';
import {
  createScreeningWorld,
  ok,
  openScreening,
  TESTIMONY_WITH_HARM_IN_MEXICO,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import { signCheckpoint } from '../checkpoint.service.ts';
import { ensureLogKey } from '../log-key.ts';

const path = (id: string, act: string) => `/api/v1/screenings/${id}/${act}`;
const BIN = join(import.meta.dirname, '../../../../bin/refuge.js');

describeEachDialect('the record of determination over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  let screeningId: string;
  let record: RecordOfDetermination;
  let digest: string;
  let vkey: string;

  beforeAll(async () => {
    s = await createScreeningWorld(dialect);
    const { world } = s;
    ({ screeningId } = await openScreening(world, { track: 'mpp' }));
    const supervisor = await s.as('supervisor1');
    const officer = await s.as('officer1');
    await ok(supervisor, 'POST', path(screeningId, 'assignment'), { officerId: world.users.officer });
    await ok(officer, 'POST', path(screeningId, 'interview-schedule'), {
      interviewAt: '2019-07-29T10:00:00Z',
    });
    await ok(officer, 'POST', path(screeningId, 'interview'), {
      at: '2019-07-29T10:00:00Z',
      testimony: TESTIMONY_WITH_HARM_IN_MEXICO,
    });
    await ok(officer, 'POST', path(screeningId, 'determination'), {
      result: 'positive',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning: past harm in Mexico weighed.',
    });
    await ok(supervisor, 'POST', path(screeningId, 'review'), { outcome: 'concur' });
    vkey = (await ensureLogKey(world.app.database, world.app.masterKey)).vkey;
    ({ record, digest } = await ok<{ record: RecordOfDetermination; digest: string }>(
      supervisor,
      'GET',
      path(screeningId, 'record'),
    ));
  });
  afterAll(async () => s.dispose());

  it('verifies with the log key alone, naming who signed what', async () => {
    expect(digest).toBe(recordDigest(record));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(record.determination).toMatchObject({ result: 'positive', standard: 'more_likely_than_not' });
    const verdict = await verifyRecord(record, record, { log: [vkey] });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    const names = verdict.signedBy.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['officer1', 'supervisor1']));
    expect(verdict.signedBy.find((x) => x.name === 'officer1')?.eventTypes).toContain('screening.decided');
  });

  it('verifies against a later checkpoint and proofs fetched by leaf hash alone', async () => {
    await signCheckpoint(s.world.app);
    const nobody = anonymous(s.http);
    const checkpoint = await (await nobody.request('GET', '/api/v1/ledger/checkpoint')).text();
    const size = Number(checkpoint.split('\n')[1]);
    const proofs = await Promise.all(
      record.proofs.map(async (p) => {
        const response = await nobody.request(
          'GET',
          `/api/v1/ledger/proof/inclusion?hash=${p.leafHash}&size=${size}`,
        );
        return (await response.json()) as RecordOfDetermination['proofs'][number];
      }),
    );
    expect((await verifyRecord(record, { checkpoint, proofs }, { log: [vkey] })).ok).toBe(true);
  });

  it('fails once any byte of the record changes, or with an untrusted key', async () => {
    const reasoning = structuredClone(record);
    reasoning.determination!.reasoning += '.';
    expect((await verifyRecord(reasoning, reasoning, { log: [vkey] })).failures.map((f) => f.check)).toEqual([
      'determination-mismatch',
      'printed-unattested',
    ]);
    const decided = structuredClone(record);
    const event = decided.events.find((e) => e.type === 'screening.decided')!;
    event.payload = event.payload.replace('positive', 'negative');
    const verdict = await verifyRecord(decided, decided, { log: [vkey] });
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatch(/does not hash to its recorded hash/);
    expect(verdict.failures[0]).toMatchObject({
      check: 'event-altered',
      event: { type: 'screening.decided' },
    });
    expect(verdict.failures).toHaveLength(verdict.problems.length);
    expect(recordDigest(decided)).not.toBe(digest);
    const otherLog = vkey.replace(/^[^+]+/, 'another.example/log');
    const untrusted = await verifyRecord(record, record, { log: [otherLog] });
    expect(untrusted.ok).toBe(false);
    expect(untrusted.failures.map((f) => f.check)).toEqual(['checkpoint-untrusted']);
  });

  it('is issued by a signed record.issued event that attests what it prints beyond its events', async () => {
    const issued = record.events.at(-1)!;
    expect(issued.type).toBe('record.issued');
    expect(issued.occurredAt).toBe(record.issuedAt);
    expect(JSON.parse(issued.payload)).toEqual({
      screeningId,
      printed: printedDigest(printedPartOf(record)),
    });
    const verdict = await verifyRecord(record, record, { log: [vkey] });
    expect(verdict.signedBy.find((x) => x.name === 'supervisor1')?.eventTypes).toContain('record.issued');

    const checks = async (change: (r: RecordOfDetermination) => void) => {
      const altered = structuredClone(record);
      change(altered);
      return (await verifyRecord(altered, altered, { log: [vkey] })).failures.map((f) => f.check);
    };
    expect(await checks((r) => (r.signers.find((x) => x.name === 'officer1')!.name = 'officer2'))).toEqual([
      'printed-unattested',
    ]);
    expect(await checks((r) => (r.signers.find((x) => x.name === 'officer1')!.role = 'supervisor'))).toEqual([
      'printed-unattested',
    ]);
    expect(await checks((r) => (r.person.familyName += 'X'))).toEqual(['printed-unattested']);
    expect(await checks((r) => (r.screening.office = 'ELP'))).toEqual(['printed-unattested']);
    expect(await checks((r) => (r.issuedAt = '2030-01-01T00:00:00.000Z'))).toEqual(['printed-unattested']);
    expect(await checks((r) => r.events.pop())).toEqual(['printed-unattested']);
  });

  it('carries only the event that issued it, so a later issue adds its own and nothing else', async () => {
    const officer = await s.as('officer1');
    const again = await ok<{ record: RecordOfDetermination }>(officer, 'GET', path(screeningId, 'record'));
    const issuedEvents = again.record.events.filter((e) => e.type === 'record.issued');
    expect(issuedEvents).toHaveLength(1);
    expect(issuedEvents[0]!.seq).toBeGreaterThan(record.events.at(-1)!.seq);
    expect(again.record.events.slice(0, -1)).toEqual(record.events.slice(0, -1));
    const verdict = await verifyRecord(again.record, again.record, { log: [vkey] });
    expect(verdict.ok).toBe(true);
    expect(verdict.signedBy.find((x) => x.name === 'officer1')?.eventTypes).toContain('record.issued');
  });

  it('checks offline with `refuge ledger check-record` and the log key alone, and refuses a changed byte', () => {
    const folder = mkdtempSync(join(tmpdir(), 'refuge-check-record-'));
    try {
      const checkRecord = (text: string) => {
        const file = join(folder, 'record.json');
        writeFileSync(file, text);
        // An empty data folder: the check needs no store, only the record and the key.
        const env: NodeJS.ProcessEnv = { ...process.env, REFUGE_DATA_DIR: join(folder, 'no-store') };
        delete env.DATABASE_URL;
        return spawnSync(process.execPath, [BIN, 'ledger', 'check-record', file, '--key', vkey], {
          env,
          encoding: 'utf8',
          timeout: 60_000,
        });
      };
      const text = JSON.stringify({ record, digest });
      const good = checkRecord(text);
      expect(good.stdout).toContain(`digest ${digest}\n`);
      expect(good.stdout).toMatch(/^signed by officer1 \(officer\): .*screening\.decided/m);
      expect(good.stdout).toMatch(/^ok: the record is in the log of \d+ events and unaltered$/m);
      expect(good.status).toBe(0);
      const changed = checkRecord(text.replace('"familyName":"', '"familyName":"X'));
      expect(changed.stdout).toMatch(
        /^broken: What the record prints .* is not what its signed record\.issued event attests\.$/m,
      );
      expect(changed.status).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers a reader without a basis as for a missing screening', async () => {
    const other = await s.as('elp.supervisor');
    const response = await other.request('GET', path(screeningId, 'record'));
    expect(response.status).toBe(404);
  });
});
