import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { claimFear, recordEncounter } from '../cases/case.service.ts';
import { getSupervisorQueues } from './queue.service.ts';

describeEachDialect('supervisor queues', (store) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(store(), '2020-03-01T12:00:00.000Z');
    const opened = await recordEncounter(world.app, world.users.intake, {
      person: { aNumber: '087654321', familyName: 'SYNTHETIC', givenName: 'RF', nationality: 'SV' },
      office: 'HOU',
      track: 'reinstatement',
      encounter: { at: '2020-02-01T10:00:00Z', place: 'Hidalgo', arrivedByLandFromMexico: true },
      isSynthetic: true,
    });
    if (!opened.ok) throw opened.error;
    // A reasonable-fear referral on Feb 20: the 10-day determination limit falls on Mar 1, 12:00.
    const referred = await claimFear(world.app, world.users.intake, opened.value.id, {
      at: '2020-02-20T12:00:00Z',
      raisedHow: 'when_asked',
      raisedTo: 'cbp',
      occasion: 'encounter',
    });
    if (!referred.ok) throw referred.error;
  });
  afterAll(async () => world.dispose());

  it('shows an unassigned reasonable-fear screening as due soon before its 10-day limit, overdue after', async () => {
    world.setNow('2020-03-01T10:00:00.000Z');
    const before = await getSupervisorQueues(world.app, world.users.supervisor);
    if (!before.ok) throw before.error;
    expect(before.value.unassigned).toHaveLength(1);
    expect(before.value.dueSoon.map((q) => q.deadlines.map((d) => [d.kind, d.state]))).toEqual([
      [['reasonable_fear_determination', 'due_soon']],
    ]);
    expect(before.value.overdue).toHaveLength(0);

    world.setNow('2020-03-02T10:00:00.000Z');
    const after = await getSupervisorQueues(world.app, world.users.supervisor);
    if (!after.ok) throw after.error;
    expect(after.value.overdue.map((q) => q.deadlines[0]?.state)).toEqual(['overdue']);
    expect(after.value.dueSoon).toHaveLength(0);
  });

  it('refuses the queues to anyone but a supervisor', async () => {
    const result = await getSupervisorQueues(world.app, world.users.officer);
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
  });
});
