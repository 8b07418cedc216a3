// The dissent statistic over HTTP, on SQLite and PostgreSQL: counts filed, answered and overdue by policy and month
// from the office model, suppressed and pooled for the public, exact for a signed-in analyst, and never a filer.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestWorld, designateDissentReviewers, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { anonymous, signInAs } from '../../../../test/http-client.ts';
import { closeOfficeModel } from '../../analytics/office/office-analytics.ts';
import { createHttpApp } from '../../http/app.ts';
import { answerDissent, fileDissent } from '../dissent.service.ts';
import { OTHER_POLICIES, type DissentStatistics } from '../dissent-statistics.ts';

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describeEachDialect('the dissent statistic over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  beforeAll(async () => {
    world = await createTestWorld(dialect, '2020-01-10T12:00:00.000Z');
    http = createHttpApp(world.app, { isDemo: false });
    await designateDissentReviewers(world, world.users.supervisor2);
    const file = async (policy: string) => {
      const filed = await fileDissent(world.app, world.users.officer, {
        policy,
        text: 'Synthetic.',
        attachments: [],
      });
      if (!filed.ok) throw filed.error;
      return filed.value.dissent.id;
    };
    const mpp: string[] = [];
    for (let i = 0; i < 12; i++) mpp.push(await file('MPP Guiding Principles'));
    await file('Port guidance');
    world.setNow('2020-02-03T12:00:00.000Z');
    for (const id of mpp.slice(0, 11)) {
      const answered = await answerDissent(world.app, world.users.supervisor2, id, 'Answered.');
      if (!answered.ok) throw answered.error;
    }
    world.setNow('2020-04-01T12:00:00.000Z');
  });
  afterAll(async () => {
    await closeOfficeModel(world.app);
    await world.dispose();
  });

  it('gives an analyst exact counts by policy and month, overdue once 60 days pass unanswered', async () => {
    const response = await (await signInAs(http, 'analyst1')).request('GET', '/api/v1/statistics/dissents');
    expect(response.status).toBe(200);
    const stats = await json<DissentStatistics & { asOf: string }>(response);
    expect(stats).toMatchObject({ audience: 'analyst', months: ['2020-01', '2020-02', '2020-03'] });
    expect(stats.filed.rows).toEqual([
      { policy: 'MPP Guiding Principles', counts: [12, 0, 0], total: 12 },
      { policy: 'Port guidance', counts: [1, 0, 0], total: 1 },
    ]);
    expect(stats.answered.rows[0]).toEqual({
      policy: 'MPP Guiding Principles',
      counts: [0, 11, 0],
      total: 11,
    });
    expect(stats.overdue.rows.map((r) => [r.policy, r.counts])).toEqual([
      ['MPP Guiding Principles', [0, 0, 1]],
      ['Port guidance', [0, 0, 1]],
    ]);
  });

  it('gives the public suppressed counts, rare policies pooled, and no names', async () => {
    const response = await anonymous(http).request('GET', '/api/v1/statistics/dissents');
    expect(response.status).toBe(200);
    const stats = await json<DissentStatistics>(response);
    expect(stats.audience).toBe('public');
    expect(stats.filed.rows.map((r) => r.policy)).toEqual(['MPP Guiding Principles', OTHER_POLICIES]);
    expect(stats.filed.rows[1]?.counts[0]).toBe('<10');
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/Port guidance|officer1|supervisor2/);
    const small = [stats.filed, stats.answered, stats.overdue].flatMap((t) =>
      [...t.rows.flatMap((r) => [...r.counts, r.total]), ...t.totals, t.total].filter(
        (f) => typeof f === 'number' && f > 0 && f < 10,
      ),
    );
    expect(small).toEqual([]);
    const officer = await (await signInAs(http, 'officer1')).request('GET', '/api/v1/statistics/dissents');
    expect((await json<DissentStatistics>(officer)).audience).toBe('public');
  });
});
