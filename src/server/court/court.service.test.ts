// The court's records in the store, on both dialects: the court each case is before (notice to appear, IJ review,
// proceedings) as columns that the access policy reads and that the list fragment agrees with, the hearings as
// calendar rows kept in step with their proceeding, the calendar's pages and access log, and hearing notices.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { addUser, openCaseUnderIjReview, openMppCase, value } from '../../../test/court-cases.ts';
import { describeEachDialect } from '../../../test/database.ts';
import type { Actor } from '../../domain/actor.ts';
import { findAccessFacts } from '../access/access-facts.repository.ts';
import { visibleCases } from '../access/case-scope.ts';
import { findFlagsOfCase } from '../flags/flag.repository.ts';
import { verifyLedger } from '../ledger/ledger.verify.ts';
import { readCourtCalendar } from './court-calendar.service.ts';
import { openProceeding, recordAttendance, scheduleHearing } from './court.service.ts';
import { listHearingNotices, serveHearingNotice } from './hearing-notice.service.ts';

describeEachDialect('court records', (_store, dialect) => {
  let world: TestWorld;
  let miami: Actor;
  let mpp: { caseId: string; aNumber: string };
  let review: { caseId: string; screeningId: string };
  let proceedingId: string;

  const visibleTo = async (actor: Actor) =>
    (await world.app.database.db.selectFrom('cases').select('id').where(visibleCases(actor)).execute())
      .map((r) => r.id)
      .sort();

  beforeAll(async () => {
    world = await createTestWorld(dialect, '2019-09-01T12:00:00.000Z');
    miami = { id: await addUser(world, 'judge.mia', 'court', 'MIA'), role: 'court', office: 'MIA' };
    mpp = await openMppCase(world, 'HOU');
    review = await openCaseUnderIjReview(world, 'MIA');
  });
  afterAll(async () => world.dispose());

  it('puts a case before the court its MPP notice to appear names, and an IJ review before the named court', async () => {
    const db = world.app.database.db;
    expect((await findAccessFacts(db, 'case', mpp.caseId))?.courts).toEqual(['HOU']);
    expect((await findAccessFacts(db, 'screening', review.screeningId))?.courts).toEqual(['MIA']);
    const houston: Actor = { id: world.users.court, role: 'court', office: 'HOU' };
    expect(await visibleTo(houston)).toEqual([mpp.caseId]);
    expect(await visibleTo(miami)).toEqual([review.caseId]);
  });

  it("opens a proceeding before the judge's own court and stores the court in its column", async () => {
    const p = value(
      await openProceeding(world.app, world.users.court, {
        caseId: mpp.caseId,
        kind: 'removal',
        origin: 'nta',
        openedAt: '2019-08-01T10:00:00Z',
      }),
    );
    proceedingId = p.id;
    expect(p.court).toBe('HOU');
    const row = await world.app.database.db
      .selectFrom('proceedings')
      .select('court')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.court).toBe('HOU');
    const elsewhere = await openProceeding(world.app, world.users.court, {
      caseId: mpp.caseId,
      kind: 'removal',
      origin: 'nta',
      court: 'MIA',
      openedAt: '2019-08-01T10:00:00Z',
    });
    expect(elsewhere.ok ? 'ok' : elsewhere.error.code).toBe('FORBIDDEN');
  });

  it('keeps the hearing rows in step with the proceeding, and pages the calendar with an access-log row per case', async () => {
    const db = world.app.database.db;
    for (const day of ['03', '01', '02'])
      value(
        await scheduleHearing(world.app, world.users.court, proceedingId, {
          at: `2019-08-${day}T15:00:00Z`,
          calendar: 'master',
          medium: 'video',
        }),
      );
    const p = value(
      await scheduleHearing(world.app, world.users.court, proceedingId, {
        at: '2019-10-15T15:00:00Z',
        calendar: 'individual',
        medium: 'in_person',
        location: 'HOU courtroom 4',
      }),
    );
    const first = p.hearings.find((h) => h.at.startsWith('2019-08-01'))!;
    value(
      await recordAttendance(world.app, world.users.court, proceedingId, {
        hearingId: first.id,
        attendance: 'missed',
      }),
    );
    const rows = await db
      .selectFrom('hearings')
      .selectAll()
      .where('proceeding_id', '=', proceedingId)
      .execute();
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.court === 'HOU' && r.case_id === mpp.caseId)).toBe(true);
    expect(rows.find((r) => r.id === first.id)?.attendance).toBe('missed');
    expect(rows.find((r) => r.at.startsWith('2019-10'))?.location).toBe('HOU courtroom 4');

    const houston: Actor = { id: world.users.court, role: 'court', office: 'HOU' };
    const logBefore = await db.selectFrom('disclosures').selectAll().execute();
    const page1 = value(
      await readCourtCalendar(world.app, houston, {
        from: '2019-08-01',
        to: '2019-08-31',
        limit: 2,
        purpose: 'docket',
      }),
    );
    expect(page1.items.map((r) => r.hearing.at.slice(0, 10))).toEqual(['2019-08-01', '2019-08-02']);
    expect(page1.items[0]?.person).toEqual({
      aNumber: mpp.aNumber,
      familyName: 'SYNTHETIC',
      givenName: 'COURT',
    });
    const page2 = value(
      await readCourtCalendar(world.app, houston, {
        from: '2019-08-01',
        to: '2019-08-31',
        limit: 2,
        cursor: page1.nextCursor!,
        purpose: 'docket',
      }),
    );
    expect(page2.items.map((r) => r.hearing.at.slice(0, 10))).toEqual(['2019-08-03']);
    expect(page2.nextCursor).toBeNull();
    const logged = (await db.selectFrom('disclosures').selectAll().execute()).slice(logBefore.length);
    expect(logged.map((l) => [l.case_id, l.subject, l.legal_basis, l.purpose])).toEqual([
      [mpp.caseId, 'court-calendar', 'court-of-record', 'docket'],
      [mpp.caseId, 'court-calendar', 'court-of-record', 'docket'],
    ]);
    const miamiCalendar = value(
      await readCourtCalendar(world.app, miami, {
        from: '2019-01-01',
        to: '2019-12-31',
        limit: 50,
        purpose: 'x',
      }),
    );
    expect(miamiCalendar.items).toEqual([]);
    const bad = await readCourtCalendar(world.app, houston, {
      from: '2019-08-01',
      to: '2019-08-31',
      limit: 2,
      cursor: 'not-a-cursor',
      purpose: 'x',
    });
    expect(bad.ok ? 'ok' : bad.error.details).toEqual({ field: 'cursor' });
  });

  it('serves notices, flags the one without an address, and lists them with their hearings', async () => {
    world.setNow('2019-09-02T12:00:00.000Z');
    const p = value(
      await scheduleHearing(world.app, world.users.court, proceedingId, {
        at: '2019-11-20T15:00:00Z',
        calendar: 'master',
        medium: 'video',
      }),
    );
    const hearingId = p.hearings.at(-1)!.id;
    const withAddress = value(
      await serveHearingNotice(world.app, world.users.court, proceedingId, {
        hearingId,
        method: 'mail',
        address: 'Albergue, Ciudad Juárez',
        servedAt: '2019-09-01T10:00:00Z',
      }),
    );
    expect(withAddress.flagId).toBeNull();
    const without = value(
      await serveHearingNotice(world.app, world.users.court, proceedingId, {
        hearingId,
        method: 'in_person',
        address: null,
        servedAt: '2019-09-02T10:00:00Z',
      }),
    );
    const flags = await findFlagsOfCase(world.app.database.db, mpp.caseId);
    expect(flags.filter((f) => f.kind === 'notice_without_address').map((f) => [f.id, f.subjectId])).toEqual([
      [without.flagId, without.notice.id],
    ]);
    const listed = await listHearingNotices(world.app, mpp.caseId);
    expect(listed.map((n) => [n.notice.address, n.hearing?.id])).toEqual([
      ['Albergue, Ciudad Juárez', hearingId],
      [null, hearingId],
    ]);
    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
