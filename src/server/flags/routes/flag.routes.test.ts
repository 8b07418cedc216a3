// Consistency flags through the HTTP API, on SQLite and PostgreSQL: the office's open flags with the record that
// raised each (a return, the case), paged; clearance with a recorded decision by the office's supervisors only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { enrolCase, recordEncounter, returnCase } from '../../cases/case.service.ts';
import { readCaseEvents } from '../../ledger/ledger.repository.ts';
import {
  call,
  createScreeningWorld,
  expectLooksMissing,
  ok,
  valueOf,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import { FlagSchema, OfficeFlagPageSchema } from './flags.schemas.ts';

interface FlagPage {
  items: Array<{ id: string; caseId: string; kind: string; status: string; record: Record<string, unknown> }>;
  nextCursor: string | null;
}

describeEachDialect('consistency flags over HTTP', (_store, dialect) => {
  let s: ScreeningWorld;
  let caseId: string;
  let otherCaseId: string;

  // An MPP case enrolled without an address, and returned with an override: two flags, a case's and a return's.
  async function flaggedCase(intake: string, office: string, aNumber: string): Promise<string> {
    const { app } = s.world;
    const record = valueOf(
      await recordEncounter(app, intake, {
        person: { aNumber, familyName: 'SYNTHETIC', givenName: 'FLAG', nationality: 'GT' },
        office,
        track: 'mpp',
        encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        vulnerabilities: ['known_health_issue'],
        isSynthetic: true,
      }),
    );
    valueOf(
      await enrolCase(app, intake, record.id, {
        ntaServedAt: '2019-07-21T10:00:00Z',
        firstHearingDate: '2019-10-15',
        hearingLocation: 'ENP',
        noticeAddress: null,
        overrideReason: 'Synthetic override.',
      }),
    );
    valueOf(
      await returnCase(app, intake, record.id, {
        at: '2019-07-21T12:00:00Z',
        port: 'El Paso POE',
        hearingDate: '2019-10-15',
        hearingLocation: 'ENP',
        overrideReason: 'Synthetic override.',
      }),
    );
    return record.id;
  }

  beforeAll(async () => {
    s = await createScreeningWorld(dialect);
    caseId = await flaggedCase(s.world.users.intake, 'HOU', '280000001');
    otherCaseId = await flaggedCase(s.elp.intake, 'ELP', '280000002');
  });
  afterAll(async () => s.dispose());

  it('lists the office\u2019s open flags with the record that raised each, a page at a time', async () => {
    const supervisor = await s.as('supervisor1');
    const all = await ok<FlagPage>(supervisor, 'GET', '/api/v1/flags?status=open');
    expect(OfficeFlagPageSchema.safeParse(all).error).toBeUndefined();
    expect(all.items.map((f) => [f.caseId, f.kind, f.record.type]).sort()).toEqual(
      [
        [caseId, 'notice_without_address', 'case'],
        [caseId, 'return_of_exempt_group', 'return'],
      ].sort(),
    );
    expect(all.items.find((f) => f.record.type === 'return')?.record).toMatchObject({
      port: 'El Paso POE',
      overrideReason: 'Synthetic override.',
    });
    expect(JSON.stringify(all)).not.toContain(otherCaseId);
    const first = await ok<FlagPage>(supervisor, 'GET', '/api/v1/flags?limit=1');
    const second = await ok<FlagPage>(
      supervisor,
      'GET',
      `/api/v1/flags?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`,
    );
    expect([...first.items, ...second.items].map((f) => f.id)).toEqual(all.items.map((f) => f.id));
    expect(second.nextCursor).toBeNull();
    for (const name of ['officer1', 'intake1', 'judge1', 'counsel1', 'analyst1', 'admin1'])
      expect((await call(await s.as(name), 'GET', '/api/v1/flags')).status, name).toBe(403);
  });

  it('clears a flag with the supervisor\u2019s decision, signed; another office\u2019s supervisor finds no such flag', async () => {
    const supervisor = await s.as('supervisor1');
    const [flag] = (await ok<FlagPage>(supervisor, 'GET', '/api/v1/flags')).items;
    const body = { decision: 'Checked the address with the shelter (synthetic).' };
    await expectLooksMissing(
      await s.as('elp.supervisor'),
      'POST',
      `/api/v1/flags/${flag!.id}/clearance`,
      `/api/v1/flags/${randomUUID()}/clearance`,
      body,
    );
    expect(
      (await call(await s.as('officer1'), 'POST', `/api/v1/flags/${flag!.id}/clearance`, body)).status,
    ).toBe(403);
    const cleared = await ok<{ status: string; decision: string; clearedBy: string }>(
      supervisor,
      'POST',
      `/api/v1/flags/${flag!.id}/clearance`,
      body,
    );
    expect(FlagSchema.safeParse(cleared).error).toBeUndefined();
    expect(cleared).toMatchObject({
      status: 'cleared',
      decision: body.decision,
      clearedBy: s.world.users.supervisor,
    });
    const open = await ok<FlagPage>(supervisor, 'GET', '/api/v1/flags');
    expect(open.items.map((f) => f.id)).not.toContain(flag!.id);
    const event = (await readCaseEvents(s.world.app.database.db, caseId)).find(
      (e) => e.type === 'flag.cleared',
    );
    expect(JSON.parse(event!.payloadJson)).toMatchObject({ flagId: flag!.id, decision: body.decision });
  });
});
