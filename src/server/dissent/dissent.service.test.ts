// Dissent services on both dialects: two reviewers answering at once give one answer and one refusal, and a store
// holding full-size attachments backs up and restores with every byte and digest intact.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, designateDissentReviewers, type TestWorld } from '../../../test/app.ts';
import { createTestStore, describeEachDialect } from '../../../test/database.ts';
import { digestStore } from '../../../test/faults/store-digest.ts';
import { createBackup } from '../backup/backup.service.ts';
import { restoreBackup } from '../backup/restore.service.ts';
import { findAttachment } from './dissent.repository.ts';
import { answerDissent, fileDissent } from './dissent.service.ts';

describeEachDialect('dissent services', (_store, dialect) => {
  let world: TestWorld;
  const folder = mkdtempSync(join(tmpdir(), 'refuge-dissent-test-'));
  beforeAll(async () => {
    world = await createTestWorld(dialect);
    await designateDissentReviewers(world, world.users.supervisor2, world.users.analyst);
  });
  afterAll(async () => {
    await world.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('takes one answer when two reviewers answer at once', async () => {
    const filed = await fileDissent(world.app, world.users.officer, {
      policy: 'P',
      text: 'T',
      attachments: [],
    });
    if (!filed.ok) throw filed.error;
    const id = filed.value.dissent.id;
    const results = await Promise.all([
      answerDissent(world.app, world.users.supervisor2, id, 'First answer.'),
      answerDissent(world.app, world.users.analyst, id, 'Second answer.'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && ['CONFLICT', 'INVALID_TRANSITION'].includes(refused.error.code)).toBe(
      true,
    );
    const answers = await world.app.database.db
      .selectFrom('ledger_events')
      .select('payload')
      .where('type', '=', 'dissent.answered')
      .execute();
    expect(answers).toHaveLength(1);
  });

  it('backs up and restores full-size attachments byte for byte', async () => {
    const files = [1, 2, 3].map((n) => Buffer.alloc(2 * 1024 * 1024, n));
    const filed = await fileDissent(world.app, world.users.supervisor, {
      policy: 'Attachments',
      text: 'Three full attachments.',
      attachments: files.map((bytes, i) => ({
        fileName: `exhibit-${i + 1}.bin`,
        mediaType: 'application/octet-stream',
        contentBase64: bytes.toString('base64'),
      })),
    });
    if (!filed.ok) throw filed.error;
    const backup = await createBackup(world.app.database, join(folder, `dissent-${dialect}.jsonl.gz`));
    const target = await createTestStore(dialect);
    try {
      const restored = await restoreBackup(target.database, backup.file);
      expect(restored.verify).toMatchObject({ ok: true });
      expect(await digestStore(target.database)).toBe(await digestStore(world.app.database));
      for (const [i, meta] of filed.value.dissent.attachments.entries()) {
        const stored = await findAttachment(target.database.db, filed.value.dissent.id, meta.id);
        const bytes = Buffer.from(stored!.contentBase64, 'base64');
        expect(bytes.equals(files[i]!)).toBe(true);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(meta.sha256);
      }
    } finally {
      await target.dispose();
    }
  });
});
