// A backup taken while another process keeps writing, on both dialects: the writer acknowledges writes while the
// backup is part-way through its snapshot; the backup still restores to a ledger that verifies at exactly the head
// it recorded, with every case matched by its ledger event, and without the writes that came after its snapshot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { createBackup } from '../../src/server/backup/backup.service.ts';
import { restoreBackup } from '../../src/server/backup/restore.service.ts';
import { getHead } from '../../src/server/ledger/ledger.repository.ts';
import { startBurstWriter } from './burst-writer.process.ts';

const folder = mkdtempSync(join(tmpdir(), 'refuge-backup-load-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The block's own store is the empty restore target; the world the writer writes to is a second store.
describeEachDialect('a backup taken while another process writes', (target, dialect) => {
  it('restores to a ledger that verifies at the head the backup recorded', async () => {
    const world = await createTestWorld(dialect);
    const writer = startBurstWriter({
      store: world.store,
      actorId: world.users.intake,
      count: 100_000,
      firstANumber: 500_000_000,
      concurrency: dialect === 'postgres' ? 2 : 1,
    });
    try {
      await writer.waitForAcks(10);
      let acksInsideSnapshot: number | undefined;
      const backup = await createBackup(world.app.database, join(folder, `${dialect}.jsonl.gz`), {
        pageSize: 3, // many pages, so the snapshot stays open across many of the writer's commits
        onProgress: async () => {
          if (acksInsideSnapshot !== undefined) return;
          acksInsideSnapshot = writer.acks.length; // the snapshot is already fixed: its first page has been read
          await writer.waitForAcks(acksInsideSnapshot + 5);
        },
      });
      writer.kill('SIGTERM');
      await writer.exited;
      const live = await getHead(world.app.database.db);
      expect(live.seq).toBeGreaterThan(backup.header.ledger.seq); // the writer went on committing past the snapshot

      const restored = await restoreBackup(target().database, backup.file);
      expect(restored.verify).toEqual({
        ok: true,
        count: backup.header.ledger.seq,
        head: backup.header.ledger.hash,
        checkpoint: null, // no checkpoint was signed in this store: nothing to check the tree against
        checkpointsChecked: 0,
      });
      const db = target().database.db;
      const cases = await db.selectFrom('cases').select('id').orderBy('id').execute();
      const opened = await db
        .selectFrom('ledger_events')
        .select('case_id')
        .where('type', '=', 'case.opened')
        .orderBy('case_id')
        .execute();
      expect(opened.map((e) => e.case_id)).toEqual(cases.map((c) => c.id));
      expect(cases.length).toBeGreaterThanOrEqual(10);
    } finally {
      writer.kill('SIGKILL');
      await writer.exited;
      await world.dispose();
    }
  });
});
