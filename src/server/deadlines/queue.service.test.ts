import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/database.ts';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import type { Actor } from '../../domain/actor.ts';
import { claimFear, recordEncounter } from '../cases/case.service.ts';
import { getMyQueue, getOfficeQueue, type QueueBucket } from './queue.service.ts';

describeEachDialect('office queues', (store) => {
  let world: TestWorld;
  let supervisor: Actor;
  beforeAll(async () => {
    world = await createTestWorld(store(), '2020-03-01T12:00:00.000Z');
    supervisor = { id: world.users.supervisor, role: 'supervisor', office: 'HOU' };
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

  const read = async (bucket: QueueBucket) => {
    const page = await getOfficeQueue(world.app, supervisor, { bucket, limit: 50, purpose: 'queue test' });
    if (!page.ok) throw page.error;
    return page.value.items;
  };

  it('shows an unassigned reasonable-fear screening as due soon before its 10-day limit, overdue after', async () => {
    world.setNow('2020-03-01T10:00:00.000Z');
    expect(await read('unassigned')).toHaveLength(1);
    expect((await read('due_soon')).map((q) => q.deadlines.map((d) => [d.kind, d.state]))).toEqual([
      [['reasonable_fear_determination', 'due_soon']],
    ]);
    expect(await read('overdue')).toHaveLength(0);

    world.setNow('2020-03-02T10:00:00.000Z');
    const overdue = await read('overdue');
    expect(overdue.map((q) => [q.deadlines[0]?.state, q.urgency])).toEqual([['overdue', 'overdue']]);
    expect(await read('due_soon')).toHaveLength(0);
  });

  it('refuses the office queue to anyone but a supervisor, and "my queue" to anyone but an officer', async () => {
    const officer: Actor = { id: world.users.officer, role: 'officer', office: 'HOU' };
    const asOfficer = await getOfficeQueue(world.app, officer, {
      bucket: 'unassigned',
      limit: 5,
      purpose: 'x',
    });
    expect(asOfficer.ok ? 'ok' : asOfficer.error.code).toBe('FORBIDDEN');
    const asSupervisor = await getMyQueue(world.app, supervisor, { limit: 5, purpose: 'x' });
    expect(asSupervisor.ok ? 'ok' : asSupervisor.error.code).toBe('FORBIDDEN');
  });
});
