// The whole story through the API alone, on SQLite and PostgreSQL: a person met at the border is put in MPP and
// returned to Mexico, fears return, and the screening goes to an officer who declines it on grounds of conscience;
// it goes back to the queue and to another officer, whose negative determination is flagged (the record shows harm
// already suffered in Mexico); the supervisor returns it, the officer finds fear, and the person leaves MPP. A second
// case misses its hearing and is ordered removed in absentia. An officer files a dissent against a policy and a
// designated reviewer answers it. The office statistics, read as an analyst before and after, change by exactly
// the story's acts: every figure that moved is listed below, and nothing else moved.
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OFFICE_STATISTIC_NAMES } from '../../src/server/analytics/office/statistics/office-statistics.ts';
import { createHttpApp } from '../../src/server/http/app.ts';
import { verifyLedger } from '../../src/server/ledger/ledger.verify.ts';
import { createTestWorld, type TestWorld } from '../app.ts';
import { describeEachDialect } from '../database.ts';
import { signInAs, type ApiCaller } from '../http-client.ts';

const NOW = '2019-09-02T12:00:00.000Z';

type Json = Record<string, unknown>;
interface Table {
  columns: Array<{ label: string; kind: string }>;
  rows: Array<{ label: string; values: Array<number | string | null> }>;
}

interface DissentTables {
  months: string[];
  filed: DissentTable;
  answered: DissentTable;
  overdue: DissentTable;
}
interface DissentTable {
  rows: Array<{ policy: string; counts: Array<number | string>; total: number | string }>;
  totals: Array<number | string>;
  total: number | string;
}

/** Every count figure of a table, by "row | column". */
function countsOf(table: Table): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of table.rows)
    table.columns.forEach((column, i) => {
      const value = row.values[i];
      if (column.kind === 'count' && typeof value === 'number')
        counts.set(`${row.label} | ${column.label}`, value);
    });
  return counts;
}

/** The figures that differ between two readings, by "statistic: row | column", with how much each moved. */
function changes(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const moved: Record<string, number> = {};
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (delta !== 0) moved[key] = delta;
  }
  return moved;
}

describeEachDialect('the whole story, through the API alone', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  const as = (name: string) => signInAs(http, name);

  async function send(caller: ApiCaller, method: string, path: string, body?: unknown, status = 200) {
    const response = await caller.request(method, path, body);
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${text}`).toBe(status);
    return JSON.parse(text) as Json;
  }

  /** Every count of every office statistic and of the dissent statistic, as an analyst reads them now. */
  async function readFigures(): Promise<Map<string, number>> {
    const analyst = await as('analyst1');
    const figures = new Map<string, number>();
    for (const name of OFFICE_STATISTIC_NAMES) {
      const table = (await send(analyst, 'GET', `/api/v1/statistics/office/${name}`)) as unknown as Table & {
        audience: string;
      };
      expect(table.audience).toBe('analyst');
      for (const [key, n] of countsOf(table)) figures.set(`${name}: ${key}`, n);
    }
    const dissents = (await send(analyst, 'GET', '/api/v1/statistics/dissents')) as unknown as DissentTables;
    for (const measure of ['filed', 'answered', 'overdue'] as const) {
      const table = dissents[measure];
      const put = (key: string, n: number | string) => {
        if (typeof n === 'number') figures.set(`dissents ${measure}: ${key}`, n);
      };
      for (const row of table.rows) {
        row.counts.forEach((n, i) => put(`${row.policy} | ${dissents.months[i]}`, n));
        put(`${row.policy} | total`, row.total);
      }
      table.totals.forEach((n, i) => put(`total | ${dissents.months[i]}`, n));
      put('total | total', table.total);
    }
    return figures;
  }

  beforeAll(async () => {
    world = await createTestWorld(dialect, NOW);
    http = createHttpApp(world.app, { isDemo: false });
  });
  afterAll(async () => world.dispose());

  it('moves the statistics by exactly the acts of the story, and the ledger verifies', async () => {
    const before = await readFigures();
    const intake = await as('intake1');
    const supervisor = await as('supervisor1');
    const officer1 = await as('officer1');
    const officer2 = await as('officer2');
    const judge = await as('judge1');
    const admin = await as('admin1');

    // Encounter, MPP enrolment, return to Mexico, harm reported after the return, fear claimed.
    const opened = await send(
      intake,
      'POST',
      '/api/v1/cases',
      {
        person: {
          aNumber: '297100001',
          familyName: 'SYNTHETIC',
          givenName: 'STORY',
          nationality: 'HN',
          birthDate: '1992-03',
          sex: 'female',
        },
        track: 'mpp',
        encounter: { at: '2019-07-20T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        isSynthetic: true,
      },
      201,
    );
    const caseId = (opened.case as Json).id as string;
    const base = `/api/v1/cases/${caseId}`;
    await send(intake, 'POST', `${base}/mpp-enrolment`, {
      ntaServedAt: '2019-07-20T18:00:00Z',
      firstHearingDate: '2019-10-15',
      hearingLocation: 'HOU',
      noticeAddress: 'Albergue (synthetic), Ciudad Juárez',
    });
    await send(
      intake,
      'POST',
      `${base}/returns`,
      {
        at: '2019-07-21T10:00:00Z',
        port: 'El Paso',
        hearingDate: '2019-10-15',
        hearingLocation: 'HOU',
      },
      201,
    );
    await send(
      intake,
      'POST',
      `${base}/harm-reports`,
      { kind: 'kidnapping', occurredOn: '2019-08-10', place: 'Ciudad Juárez', source: 'applicant' },
      201,
    );
    const referred = await send(
      intake,
      'POST',
      `${base}/fear-claims`,
      { at: '2019-08-20T11:00:00Z', raisedHow: 'unprompted', raisedTo: 'cbp', occasion: 'other' },
      201,
    );
    const screeningId = referred.id as string;
    const screening = (act = '') => `/api/v1/screenings/${screeningId}${act ? `/${act}` : ''}`;
    const unassigned = async () =>
      ((await send(supervisor, 'GET', '/api/v1/queues/office?bucket=unassigned')).items as Json[]).map(
        (item) => (item.screening as Json).id,
      );
    expect(await unassigned()).toContain(screeningId);

    // Assignment; the officer declines on grounds of conscience; the screening is back in the queue at once.
    await send(supervisor, 'POST', screening('assignment'), { officerId: world.users.officer });
    expect(await unassigned()).not.toContain(screeningId);
    const reason = 'Synthetic reason: I cannot apply this standard in good conscience.';
    const declined = await send(officer1, 'POST', screening('decline'), { reason });
    expect(declined).toMatchObject({ status: 'referred', officerId: null });
    expect(await unassigned()).toContain(screeningId);
    const again = await supervisor.request('POST', screening('assignment'), {
      officerId: world.users.officer,
    });
    expect(again.status).toBe(409);
    await send(supervisor, 'POST', screening('assignment'), { officerId: world.users.officer2 });

    // The objection's reason: the officer and the office's supervisors see it on the timeline, the new officer not.
    const declineEntry = async (caller: ApiCaller) =>
      ((await send(caller, 'GET', `${base}/timeline?limit=200`)).items as Json[]).find(
        (e) => e.type === 'screening.declined',
      );
    expect(((await declineEntry(supervisor))?.payload as Json).reason).toBe(reason);
    expect((await declineEntry(officer2))?.withheld).toContain('reason');
    expect(JSON.stringify(await declineEntry(officer2))).not.toContain(reason);

    // Interview on the record of harm already suffered in Mexico; the negative is flagged and returned.
    await send(officer2, 'POST', screening('interview-schedule'), { interviewAt: '2019-08-26T10:00:00Z' });
    await send(officer2, 'POST', screening('interview'), {
      at: '2019-08-26T10:00:00Z',
      testimony: {
        fearOf: ['a cartel in Ciudad Juárez'],
        harmSuffered: [{ where: 'mexico', kind: 'kidnapping', when: '2019-08-10' }],
        protectedGrounds: ['particular_social_group'],
        tortureClaimed: false,
        language: 'Spanish',
        interpreterUsed: true,
        counselPresent: false,
      },
    });
    await send(officer2, 'POST', screening('determination'), {
      result: 'negative',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning: no nexus found.',
    });
    const flags = (await send(supervisor, 'GET', '/api/v1/flags?status=open')).items as Json[];
    const flag = flags.find((f) => (f.record as Json).id === screeningId);
    expect(flag?.kind).toBe('negative_mpp_despite_harm_in_mexico');
    await send(supervisor, 'POST', screening('review'), {
      outcome: 'return',
      note: 'The record shows harm already suffered in Mexico: weigh it.',
    });
    await send(officer2, 'POST', screening('determination'), {
      result: 'positive',
      standard: 'more_likely_than_not',
      reasoning: 'Synthetic reasoning: past harm in Mexico weighed.',
    });
    await send(supervisor, 'POST', screening('review'), { outcome: 'concur' });
    await send(officer2, 'POST', screening('service'), { at: '2019-08-28T10:00:00Z' });
    await send(supervisor, 'POST', `/api/v1/flags/${flag!.id as string}/clearance`, {
      decision: 'Returned for rework; the positive determination stands.',
    });
    const file = await send(supervisor, 'GET', base);
    expect((file.case as Json).mpp).toMatchObject({ state: 'not_amenable' });

    // A second case: returned to wait, misses the hearing, ordered removed in absentia.
    const second = await send(
      intake,
      'POST',
      '/api/v1/cases',
      {
        person: { aNumber: '297100002', familyName: 'SYNTHETIC', givenName: 'ABSENT', nationality: 'GT' },
        track: 'mpp',
        encounter: { at: '2019-07-22T15:00:00Z', place: 'El Paso POE', arrivedByLandFromMexico: true },
        isSynthetic: true,
      },
      201,
    );
    const secondId = (second.case as Json).id as string;
    await send(intake, 'POST', `/api/v1/cases/${secondId}/mpp-enrolment`, {
      ntaServedAt: '2019-07-22T18:00:00Z',
      firstHearingDate: '2019-08-20',
      hearingLocation: 'HOU',
      noticeAddress: 'Domicilio conocido (synthetic)',
    });
    await send(
      intake,
      'POST',
      `/api/v1/cases/${secondId}/returns`,
      {
        at: '2019-07-23T10:00:00Z',
        port: 'El Paso',
        hearingDate: '2019-08-20',
        hearingLocation: 'HOU',
      },
      201,
    );
    const proceeding = await send(
      judge,
      'POST',
      `/api/v1/cases/${secondId}/proceedings`,
      { kind: 'removal', origin: 'nta', openedAt: '2019-07-25T10:00:00Z' },
      201,
    );
    const proceedingPath = `/api/v1/proceedings/${proceeding.id as string}`;
    const scheduled = await send(
      judge,
      'POST',
      `${proceedingPath}/hearings`,
      { at: '2019-08-20T15:00:00Z', calendar: 'master', medium: 'video' },
      201,
    );
    const hearingId = (scheduled.hearings as Json[])[0]!.id as string;
    await send(judge, 'POST', `${proceedingPath}/hearings/${hearingId}/attendance`, {
      attendance: 'missed',
      adjournmentReason: null,
    });
    const ordered = await send(judge, 'POST', `${proceedingPath}/completion`, {
      outcome: { kind: 'removal_ordered', inAbsentia: true },
      at: '2019-08-20T17:00:00Z',
    });
    expect(ordered).toMatchObject({ status: 'completed', outcome: { inAbsentia: true } });

    // A dissent against the policy itself, answered in writing by a designated reviewer.
    await send(admin, 'PUT', `/api/v1/users/${world.users.supervisor2}/dissent-reviewer`, {
      isDissentReviewer: true,
    });
    const dissent = await send(
      officer1,
      'POST',
      '/api/v1/dissents',
      {
        policy: 'MPP Guiding Principles',
        text: 'Synthetic dissent: returning people to danger contradicts non-refoulement.',
      },
      201,
    );
    const reviewer = await as('supervisor2');
    await send(reviewer, 'POST', `/api/v1/dissents/${dissent.id as string}/answer`, {
      text: 'Synthetic answer: received and forwarded.',
    });
    expect((await supervisor.request('GET', `/api/v1/dissents/${dissent.id as string}`)).status).toBe(404);

    const after = await readFigures();
    // Each moved figure with its row, column and grand totals; an empty store before, so totals move alike.
    const withTotals = (statistic: string, row: string, column: string, n: number) => ({
      [`${statistic}: ${row} | ${column}`]: n,
      [`${statistic}: ${row} | total`]: n,
      [`${statistic}: total | ${column}`]: n,
      [`${statistic}: total | total`]: n,
    });
    const kindAndStandard = 'mpp_interview / more_likely_than_not';
    expect(changes(before, after)).toEqual({
      // one MPP interview, positive under the 2019 standard (the negative it replaced is not an outcome)
      ...withTotals('screenings', kindAndStandard, 'positive', 1),
      // one review returned the negative for rework, one concurred with the positive
      ...withTotals('reviews', kindAndStandard, 'concurred', 1),
      ...withTotals('reviews', kindAndStandard, 'returned for rework', 1),
      [`reviews: ${kindAndStandard} | total`]: 2,
      'reviews: total | total': 2,
      // both cases returned through El Paso in July 2019
      ...withTotals('returns', '2019-07', 'El Paso', 2),
      // the kidnapping reported after the return, in August 2019
      ...withTotals('harm', '2019-08', 'kidnapping', 1),
      // the declined screening and its reassignment, recorded in September 2019
      ...withTotals('objections', '2019-09', 'one screening: mpp_interview', 1),
      ...withTotals('reassignments', '2019-09', 'mpp_interview', 1),
      // the flag, raised and cleared
      ...withTotals('flags', 'negative_mpp_despite_harm_in_mexico', 'cleared', 1),
      // the dissent, filed and answered
      ...withTotals('dissents filed', 'MPP Guiding Principles', '2019-09', 1),
      ...withTotals('dissents answered', 'MPP Guiding Principles', '2019-09', 1),
    });

    expect(await verifyLedger(world.app.database)).toMatchObject({ ok: true });
  });
});
