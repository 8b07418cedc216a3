// Notices of appearance and filings in the store, on both dialects: the same work and answer for an A-number with
// or without a case, the consent stored with its digest, acceptance as the only way to counsel's access, and
// withdrawal as its end; the reviewers' queue scoped to what each may see; filings stored and read back intact.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import {
  addUser,
  asAttachment,
  freshANumber,
  openMppCase,
  syntheticPdf,
  value,
} from '../../../test/court-cases.ts';
import { createTestStore, describeEachDialect } from '../../../test/database.ts';
import { digestStore } from '../../../test/faults/store-digest.ts';
import type { Actor } from '../../domain/actor.ts';
import { findAccessFacts } from '../access/access-facts.repository.ts';
import { createBackup } from '../backup/backup.service.ts';
import { restoreBackup } from '../backup/restore.service.ts';
import { openProceeding, scheduleHearing } from '../court/court.service.ts';
import { getHead } from '../ledger/ledger.repository.ts';
import { verifyLedger } from '../ledger/ledger.verify.ts';
import * as appearances from './appearance.service.ts';
import { fileOnCase, listFilings, readFilingContent } from './filing.service.ts';

describeEachDialect('notices of appearance and filings', (_store, dialect) => {
  let world: TestWorld;
  let mpp: { caseId: string; aNumber: string };
  let counsel: Actor;
  const pdf = syntheticPdf(1500);

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    mpp = await openMppCase(world, 'HOU');
    counsel = { id: world.users.counsel, role: 'counsel', office: null };
  });
  afterAll(async () => world.dispose());

  const file = (aNumber: string, form = 'G-28') =>
    appearances.fileAppearanceNotice(world.app, world.users.counsel, {
      form,
      aNumber,
      consent: asAttachment(pdf),
    });

  it('stores a notice, its consent and one event whether or not the A-number has a case, and answers alike', async () => {
    const db = world.app.database.db;
    const seq = async () => (await getHead(db)).seq;
    const before = await seq();
    const onCase = value(await file(mpp.aNumber));
    const afterOne = await seq();
    const onNothing = value(await file(freshANumber()));
    expect((await seq()) - afterOne).toBe(afterOne - before);
    const shape = (n: typeof onCase) => ({
      ...n,
      id: '',
      aNumber: '',
      filedAt: '',
      consent: { ...n.consent, documentId: '' },
    });
    expect(shape({ ...onCase, caseId: null })).toEqual(shape(onNothing));
    expect(onCase.caseId).toBe(mpp.caseId);
    expect(onNothing.caseId).toBeNull();
    const stored = await db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', onNothing.consent.documentId)
      .executeTakeFirstOrThrow();
    expect(stored.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(Buffer.from(stored.content, 'base64').equals(pdf)).toBe(true);
    expect(Number(stored.size_bytes)).toBe(1500);
    const duplicate = await file(mpp.aNumber);
    expect(duplicate.ok ? 'ok' : duplicate.error.code).toBe('CONFLICT');
  });

  it('shows a pending notice to the reviewers of its form who may see its case, and to nobody for no case', async () => {
    const intake: Actor = { id: world.users.intake, role: 'intake', office: 'HOU' };
    const otherIntake: Actor = {
      id: await addUser(world, 'intake.elp', 'intake', 'ELP'),
      role: 'intake',
      office: 'ELP',
    };
    const court: Actor = { id: world.users.court, role: 'court', office: 'HOU' };
    const list = async (viewer: Actor) =>
      value(
        await appearances.listPendingNotices(world.app, viewer, { limit: 50, purpose: 'review' }),
      ).items.map((p) => [p.notice.caseId, p.notice.form]);
    expect(await list(intake)).toEqual([[mpp.caseId, 'G-28']]);
    expect(await list(otherIntake)).toEqual([]);
    expect(await list(court)).toEqual([]); // a G-28 is the office's to answer
    value(await file(mpp.aNumber, 'EOIR-28'));
    expect(await list(court)).toEqual([[mpp.caseId, 'EOIR-28']]);
  });

  it('gives counsel the case only once accepted, and takes it back on withdrawal', async () => {
    const db = world.app.database.db;
    const counselOf = async () => (await findAccessFacts(db, 'case', mpp.caseId))?.counselIds ?? [];
    const pending = value(await appearances.listOwnNotices(world.app, counsel, { limit: 50 })).items.find(
      (n) => n.form === 'G-28' && n.caseId === mpp.caseId,
    );
    expect(await counselOf()).toEqual([]);
    const accepted = value(
      await appearances.acceptAppearanceNotice(world.app, world.users.supervisor, pending!.id, {
        note: null,
      }),
    );
    expect(await counselOf()).toEqual([world.users.counsel]);
    const representation = await db
      .selectFrom('representations')
      .selectAll()
      .where('id', '=', accepted.representationId!)
      .executeTakeFirstOrThrow();
    expect(representation).toMatchObject({
      case_id: mpp.caseId,
      form: 'G-28',
      notice_id: pending!.id,
      ended_at: null,
    });
    value(await appearances.withdrawAppearanceNotice(world.app, world.users.counsel, pending!.id, {}));
    expect(await counselOf()).toEqual([]);
    const other = await appearances.withdrawAppearanceNotice(world.app, world.users.counsel, pending!.id, {});
    expect(other.ok ? 'ok' : other.error.code).toBe('INVALID_TRANSITION');
  });

  it('stores a filing with its digest and gives back the same bytes', async () => {
    const eoir = value(
      await appearances.listPendingNotices(
        world.app,
        { id: world.users.court, role: 'court', office: 'HOU' },
        { limit: 5, purpose: 'review' },
      ),
    ).items[0]!;
    value(await appearances.acceptAppearanceNotice(world.app, world.users.court, eoir.notice.id, {}));
    const brief = syntheticPdf(4000);
    const filing = value(
      await fileOnCase(world.app, world.users.counsel, mpp.caseId, {
        kind: 'brief',
        title: 'Brief on particular social group',
        document: asAttachment(brief),
      }),
    );
    expect(filing.document.sha256).toBe(createHash('sha256').update(brief).digest('hex'));
    expect((await listFilings(world.app, mpp.caseId)).map((f) => f.id)).toEqual([filing.id]);
    const read = value(await readFilingContent(world.app, filing.id));
    expect(read.content.equals(brief)).toBe(true);
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });

  it('backs up and restores the documents, notices, filings and hearing rows intact', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'refuge-counsel-backup-'));
    const target = await createTestStore(dialect);
    try {
      const p = value(
        await openProceeding(world.app, world.users.court, {
          caseId: mpp.caseId,
          kind: 'removal',
          origin: 'nta',
          openedAt: '2019-08-01T10:00:00Z',
        }),
      );
      value(
        await scheduleHearing(world.app, world.users.court, p.id, {
          at: '2019-10-15T15:00:00Z',
          calendar: 'master',
          medium: 'video',
        }),
      );
      const backup = await createBackup(world.app.database, join(folder, 'counsel.jsonl.gz'));
      const counts = Object.fromEntries(backup.header.tables.map((t) => [t.name, t.rows]));
      expect(counts).toMatchObject({ documents: 4, appearance_notices: 3, filings: 1, hearings: 1 });
      const restored = await restoreBackup(target.database, backup.file);
      expect(restored.isIntact).toBe(true);
      expect(await digestStore(target.database)).toBe(await digestStore(world.app.database));
    } finally {
      await target.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
