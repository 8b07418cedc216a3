// Backup and restore through the services, on both dialects and across them: the same rows, the same ledger head,
// a ledger that verifies; a non-empty target refused; a damaged file refused with the target left empty.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCheckpoint } from '../ledger/checkpoint.repository.ts';
import { signCheckpoint } from '../ledger/checkpoint.service.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { describeEachDialect } from '../../../test/database.ts';
import { addSampleRecords } from '../../../test/faults/sample-records.ts';
import { countAllRows, digestStore } from '../../../test/faults/store-digest.ts';
import { AppError } from '../../domain/errors.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { getHead } from '../ledger/ledger.repository.ts';
import { isDemoStore, markDemoStore } from '../settings/store-settings.repository.ts';
import { createBackup, type BackupSummary } from './backup.service.ts';
import { readBackupLines, writeBackupLines } from './backup-files.fixture.ts';
import { restoreBackup } from './restore.service.ts';

const folder = mkdtempSync(join(tmpdir(), 'refuge-backup-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeEachDialect('backup and restore from', (sourceStore, source) => {
  let world: TestWorld;
  let backup: BackupSummary;

  let checkpoint: StoredCheckpoint;
  beforeAll(async () => {
    world = await createTestWorld(sourceStore());
    await addSampleRecords(world);
    await markDemoStore(world.app.database.db, '2020-01-15T12:00:00.000Z'); // a setting travels with the rows
    checkpoint = await signCheckpoint(world.app); // the log's tree and checkpoints travel too
    backup = await createBackup(world.app.database, join(folder, `from-${source}.jsonl.gz`));
  });
  afterAll(async () => world.dispose());

  it('records where it came from, the ledger head and every row', async () => {
    expect(backup.header).toMatchObject({
      format: 'refuge-backup',
      version: 1,
      dialect: source,
      migrations: MIGRATIONS.map((m) => m.name),
      ledger: await getHead(world.app.database.db),
    });
    expect(backup.header.masterKey).toMatch(/^not included/);
    const counts = await countAllRows(world.app.database);
    expect(Object.fromEntries(backup.header.tables.map((t) => [t.name, t.rows]))).toEqual(counts);
    expect(
      readBackupLines(backup.file).some(
        (line) => line.includes('master.key') && !line.startsWith('{"format"'),
      ),
    ).toBe(false);
  });

  describeEachDialect('into an empty store', (target) => {
    it('restores the same rows and the same head, and the ledger verifies', async () => {
      const store = target();
      const restored = await restoreBackup(store.database, backup.file);
      // The restored events' tree matches the last checkpoint the backup carried, signed by the same log key.
      expect(restored.verify).toEqual({
        ok: true,
        count: backup.header.ledger.seq,
        head: backup.header.ledger.hash,
        checkpoint: { size: checkpoint.treeSize, rootHash: checkpoint.rootHash },
        checkpointsChecked: 1,
      });
      expect(restored.isIntact).toBe(true);
      expect(await digestStore(store.database)).toBe(await digestStore(world.app.database));
      expect(await isDemoStore(store.database.db)).toBe(true);
      // Generated ids carry on after the restored ones (PostgreSQL's sequence was moved past them).
      const [row] = await store.database.db
        .insertInto('disclosures')
        .values({
          user_id: 'system',
          case_id: null,
          action: 'read',
          purpose: 'test',
          legal_basis: 'test',
          at: '2020-01-01T00:00:00.000Z',
        })
        .returning('id')
        .execute();
      expect(Number(row?.id)).toBe(3);
    });
  });

  it('refuses to restore into a store that is not empty, and changes nothing there', async () => {
    const before = await digestStore(world.app.database);
    const attempt = restoreBackup(world.app.database, backup.file);
    await expect(attempt).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/not empty.*empty store/) as unknown,
    });
    expect(await digestStore(world.app.database)).toBe(before);
  });

  it('will not overwrite an existing file, and leaves no partial file behind', async () => {
    const file = join(folder, `exists-${source}.gz`);
    writeFileSync(file, 'keep me');
    await expect(createBackup(world.app.database, file)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already exists/) as unknown,
    });
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    await createBackup(world.app.database, file, { overwrite: true });
    expect(readBackupLines(file)[0]).toContain('"format":"refuge-backup"');
    expect(readdirSync(folder).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});

describe('a damaged backup file', () => {
  let good: string;
  let lines: string[];

  beforeAll(async () => {
    const world = await createTestWorld('sqlite');
    try {
      await addSampleRecords(world);
      good = (await createBackup(world.app.database, join(folder, 'good.jsonl.gz'))).file;
      lines = readBackupLines(good);
    } finally {
      await world.dispose();
    }
  });

  const damage: Record<string, (file: string) => void> = {
    'cut short': (file) =>
      writeFileSync(file, readFileSync(good).subarray(0, Math.floor(readFileSync(good).length * 0.6))),
    'a flipped byte': (file) => {
      const bytes = Buffer.from(readFileSync(good));
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      writeFileSync(file, bytes);
    },
    'an altered row': (file) =>
      writeBackupLines(
        file,
        lines.map((line) => (line.startsWith('[') ? line.replaceAll('SYNTHETIC', 'ALTERED') : line)),
      ),
    'a row removed and the end line recomputed': (file) =>
      writeBackupLines(
        file,
        lines.filter((_, i) => i !== lines.findIndex((l) => l.startsWith('['))),
        { reseal: true },
      ),
    'the last line missing': (file) => writeBackupLines(file, lines.slice(0, -1)),
    'not a backup at all': (file) => writeFileSync(file, 'id,name\n1,alice\n'),
    'an empty file': (file) => writeFileSync(file, ''),
  };

  describeEachDialect('restore', (store) => {
    for (const [what, write] of Object.entries(damage)) {
      it(`refuses a file with ${what} in one clear line, and leaves the store empty`, async () => {
        const file = join(folder, `damaged-${what.replace(/\W+/g, '-')}.gz`);
        write(file);
        const { database } = store();
        const before = await countAllRows(database);
        const error = await restoreBackup(database, file).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('VALIDATION_FAILED');
        expect((error as AppError).message).toMatch(/damaged|incomplete|not a Refuge backup/);
        expect((error as AppError).message).not.toContain('\n');
        expect(await countAllRows(database)).toEqual(before);
        expect((await getHead(database.db)).seq).toBe(0);
      });
    }

    it('refuses a backup made on another schema', async () => {
      const file = join(folder, 'future-schema.gz');
      const header = JSON.parse(lines[0]!) as { migrations: string[] };
      writeBackupLines(
        file,
        [JSON.stringify({ ...header, migrations: [...header.migrations, '9999-future'] }), ...lines.slice(1)],
        { reseal: true },
      );
      await expect(restoreBackup(store().database, file)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/schema 9999-future/) as unknown,
      });
    });

    it('still restores a good backup after all those refusals: the store really was left empty', async () => {
      const copy = join(folder, 'good-copy.gz');
      copyFileSync(good, copy);
      const restored = await restoreBackup(store().database, copy);
      expect(restored.isIntact).toBe(true);
      expect(existsSync(copy)).toBe(true);
    });
  });
});
