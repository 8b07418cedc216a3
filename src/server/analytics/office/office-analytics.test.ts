import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { CASE_OUTCOMES } from '../../../domain/court/case-outcome.ts';
import { OUTCOMES } from '../eoir/model/counting-rules.ts';
import { enrolCase, recordEncounter } from '../../cases/case.service.ts';
import {
  completeProceeding,
  decideApplication,
  fileApplication,
  openProceeding,
  recordAttendance,
  recordRepresentation,
  scheduleHearing,
} from '../../court/court.service.ts';
import { openDuckDb, queryRows } from '../duckdb.ts';
import { officeAnalyticsPath, refreshOfficeAnalytics } from './office-analytics.ts';
import type { Result } from '../../../domain/errors.ts';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

async function modelCounts(dataDir: string): Promise<Record<string, number>> {
  const handle = await openDuckDb(officeAnalyticsPath(dataDir), { readOnly: true });
  try {
    const rows = await queryRows(
      handle.connection,
      `SELECT (CASE WHEN mpp THEN 'mpp' ELSE 'other' END) || ':' || outcome || ':' || represented AS k, count(*)::INTEGER AS n FROM office_model.cases GROUP BY ALL ORDER BY k`,
    );
    return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
  } finally {
    handle.close();
  }
}

describe('outcome categories', () => {
  it('are the same for our own cases as for the court data', () => {
    expect([...CASE_OUTCOMES].sort()).toEqual([...OUTCOMES].sort());
  });
});

describeEachDialect('office analytics refresh', (store) => {
  let world: TestWorld;
  let pendingProceeding: string;
  beforeAll(async () => {
    world = await createTestWorld(store(), '2020-06-01T12:00:00.000Z');
    const { app, users } = world;
    let n = 0;
    const newCase = async (track: string) => {
      const opened = value(
        await recordEncounter(app, users.intake, {
          person: {
            aNumber: String(300000000 + n++),
            familyName: 'SYNTHETIC',
            givenName: 'ANALYTICS',
            nationality: 'HN',
          },
          office: 'HOU',
          track,
          encounter: { at: '2019-08-01T10:00:00Z', place: 'El Paso', arrivedByLandFromMexico: true },
          isSynthetic: true,
        }),
      );
      if (track === 'mpp')
        value(
          await enrolCase(app, users.intake, opened.id, {
            ntaServedAt: '2019-08-02T10:00:00Z',
            firstHearingDate: '2019-11-01',
            hearingLocation: 'ENP',
            noticeAddress: 'Domicilio conocido',
          }),
        );
      return opened.id;
    };
    // MPP case 1: missed hearing, removal in absentia.
    const c1 = await newCase('mpp');
    const p1 = value(
      await openProceeding(app, users.court, {
        caseId: c1,
        kind: 'removal',
        origin: 'nta',
        court: 'HOU',
        openedAt: '2019-08-02T10:00:00Z',
      }),
    );
    const h1 = value(
      await scheduleHearing(app, users.court, p1.id, {
        at: '2019-11-01T15:00:00Z',
        calendar: 'master',
        location: 'ENP',
        medium: 'video',
      }),
    );
    value(
      await recordAttendance(app, users.court, p1.id, {
        hearingId: h1.hearings[0]!.id,
        attendance: 'missed',
      }),
    );
    value(
      await completeProceeding(app, users.court, p1.id, {
        outcome: { kind: 'removal_ordered', inAbsentia: true },
        at: '2019-11-01T16:00:00Z',
      }),
    );
    // MPP case 2: represented, asylum granted.
    const c2 = await newCase('mpp');
    value(
      await recordRepresentation(app, users.court, {
        caseId: c2,
        counselId: users.counsel,
        form: 'EOIR-28',
        filedAt: '2019-09-01T00:00:00Z',
      }),
    );
    const p2 = value(
      await openProceeding(app, users.court, {
        caseId: c2,
        kind: 'removal',
        origin: 'nta',
        court: 'HOU',
        openedAt: '2019-08-02T10:00:00Z',
      }),
    );
    const filed = value(
      await fileApplication(app, users.court, p2.id, { kind: 'asylum', filedAt: '2019-10-01T00:00:00Z' }),
    );
    value(
      await decideApplication(app, users.court, p2.id, {
        applicationId: filed.applications[0]!.id,
        decision: 'granted',
        at: '2020-02-01T00:00:00Z',
      }),
    );
    value(
      await completeProceeding(app, users.court, p2.id, {
        outcome: { kind: 'relief_granted', relief: 'asylum' },
        at: '2020-02-01T00:00:00Z',
      }),
    );
    // Expedited removal case 3: proceeding still pending.
    const c3 = await newCase('expedited_removal');
    pendingProceeding = value(
      await openProceeding(app, users.court, {
        caseId: c3,
        kind: 'removal',
        origin: 'nta',
        court: 'HOU',
        openedAt: '2019-09-01T10:00:00Z',
      }),
    ).id;
  });
  afterAll(async () => world.dispose());

  it("exports every case under the court data's definitions", async () => {
    const summary = await refreshOfficeAnalytics(world.app);
    expect(summary).toMatchObject({ mode: 'full', cases: 3, read: 3 });
    expect(await modelCounts(world.app.dataDir)).toEqual({
      'mpp:removal_in_absentia:false': 1,
      'mpp:relief_granted:true': 1,
      'other:pending:false': 1,
    });
  });

  it('reads only the changed case on the next refresh, and nothing when nothing changed', async () => {
    world.setNow('2020-06-02T12:00:00.000Z');
    value(
      await completeProceeding(world.app, world.users.court, pendingProceeding, {
        outcome: { kind: 'terminated' },
        at: '2020-06-01T00:00:00Z',
      }),
    );
    const incremental = await refreshOfficeAnalytics(world.app);
    expect(incremental).toMatchObject({ mode: 'incremental', cases: 3, read: 1 });
    expect(await modelCounts(world.app.dataDir)).toEqual({
      'mpp:removal_in_absentia:false': 1,
      'mpp:relief_granted:true': 1,
      'other:terminated:false': 1,
    });
    expect(await refreshOfficeAnalytics(world.app)).toMatchObject({ mode: 'unchanged', cases: 3, read: 0 });
  });
});
