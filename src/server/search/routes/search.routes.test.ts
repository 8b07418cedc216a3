// Case search over HTTP on both dialects (the same answers on each): every role sees exactly the cases it has a basis
// for; a hidden A-number finds the same empty page as an unknown one; names match whatever their case and accents;
// LIKE's wildcards are plain characters; deadline, status and track filters; cursor paging newest first; a required
// purpose; and one access-log row per case shown (or one for a search that showed nothing).
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  EXPECTED_VISIBLE,
  createAccessWorld,
  type AccessWorld,
  type Relation,
} from '../../../../test/api/access-world.ts';
import { createTestWorld, type TestWorld } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/database.ts';
import { signInAs, type ApiCaller } from '../../../../test/http-client.ts';
import {
  encounterBody,
  expectStatus,
  issuesOf,
  openCaseAs,
  readJson,
  type ErrorBody,
  type SearchPageBody,
} from '../../cases/routes/case-routes.fixture.ts';
import { createHttpApp } from '../../http/app.ts';

const NOW = '2019-09-01T12:00:00.000Z';
const PURPOSE = 'purpose=Synthetic%20search%20test';

/** Who signs in, and which of the access world's cases each has a basis for (written out, not computed). */
const VISIBLE: Record<string, readonly Relation[]> = {
  ...EXPECTED_VISIBLE,
  'elp.intake': ['otherOffice'],
  'elp.judge': ['ownOffice', 'otherOffice'],
  counsel2: ['ownOffice', 'otherOffice'],
  'lrd.intake': ['unrelated'],
  'lrd.officer': ['unrelated'],
};

describeEachDialect('case search over HTTP', (_store, dialect) => {
  let world: TestWorld;
  let http: Hono;
  let records: AccessWorld;
  const callers = new Map<string, ApiCaller>();
  const as = (name: string) => callers.get(name)!;
  const search = async (name: string, query: string) =>
    expectStatus<SearchPageBody>(as(name), 200, 'GET', `/api/v1/cases?${PURPOSE}&${query}`);
  const ids = (page: SearchPageBody) => page.items.map((c) => c.id);
  const searchLog = () =>
    world.app.database.db
      .selectFrom('disclosures')
      .select(['user_id', 'case_id', 'purpose', 'legal_basis', 'subject'])
      .where('action', '=', 'search')
      .orderBy('id')
      .execute();

  const extra: Record<string, string> = {};
  beforeAll(async () => {
    world = await createTestWorld(dialect, NOW);
    records = await createAccessWorld(world);
    http = createHttpApp(world.app, { isDemo: false });
    for (const name of Object.keys(VISIBLE)) callers.set(name, await signInAs(http, name));
    const intake = as('intake1');
    // People to find by name (expedited removal, so the MPP-only searches below leave them out).
    const named = {
      nunezGarcia: ['300000301', 'Núñez García', 'María José'],
      obrien: ['300000302', "O'Brien", 'Pat_100%'],
      nunez: ['300000303', 'NUNEZ', 'Jose'],
    } as const;
    for (const [key, [aNumber, familyName, givenName]] of Object.entries(named))
      extra[key] = (
        await openCaseAs(
          intake,
          encounterBody(aNumber, {
            person: { familyName, givenName },
            track: 'expedited_removal',
            encounter: { at: '2019-08-10T09:00:00Z', place: 'Laredo POE', arrivedByLandFromMexico: true },
          }),
        )
      ).case.id;
    // Reasonable-fear screenings are due ten days after referral: one overdue, one due within 48 hours, one not yet.
    const claims = {
      overdue: '2019-08-20T10:00:00Z',
      dueSoon: '2019-08-22T14:00:00Z',
      later: '2019-08-31T10:00:00Z',
    };
    let n = 10;
    for (const [key, at] of Object.entries(claims)) {
      const made = await openCaseAs(
        intake,
        encounterBody(`3000003${n++}`, {
          track: 'reinstatement',
          encounter: { at: '2019-08-15T09:00:00Z', place: 'Hidalgo POE', arrivedByLandFromMexico: true },
        }),
      );
      await expectStatus(intake, 201, 'POST', `/api/v1/cases/${made.case.id}/fear-claims`, {
        at,
        raisedHow: 'when_asked',
        raisedTo: 'cbp',
        occasion: 'encounter',
      });
      extra[key] = made.case.id;
    }
  });
  afterAll(async () => world.dispose());

  it('shows every role exactly the cases it has a basis for', async () => {
    for (const [name, relations] of Object.entries(VISIBLE)) {
      const expected = relations.map((r) => records[r].caseId).sort();
      const response = await as(name).request('GET', `/api/v1/cases?${PURPOSE}&track=mpp`);
      if (name === 'analyst1' || name === 'admin1') {
        expect(response.status, name).toBe(403);
        continue;
      }
      expect(response.status, name).toBe(200);
      expect(ids(await readJson<SearchPageBody>(response)).sort(), name).toEqual(expected);
    }
    // Without a track filter the court, counsel and other offices see no more (the extra cases are HOU intake's).
    for (const name of ['judge1', 'counsel1', 'elp.intake', 'elp.judge', 'counsel2'])
      expect(ids(await search(name, '')).sort(), name).toEqual(
        VISIBLE[name]!.map((r) => records[r].caseId).sort(),
      );
  });

  it('answers an A-number without a basis with the same empty page as an unknown one, and logs both alike', async () => {
    const before = (await searchLog()).length;
    const hidden = await as('intake1').request('GET', `/api/v1/cases?${PURPOSE}&aNumber=A200-000-003`);
    const unknown = await as('intake1').request('GET', `/api/v1/cases?${PURPOSE}&aNumber=A299-999-999`);
    expect(hidden.status).toBe(200);
    expect(unknown.status).toBe(200);
    const hiddenText = await hidden.text();
    expect(hiddenText).toBe(await unknown.text());
    expect(JSON.parse(hiddenText)).toEqual({ items: [], nextCursor: null });
    const logged = (await searchLog()).slice(before);
    expect(logged).toEqual([
      {
        user_id: world.users.intake,
        case_id: null,
        purpose: 'Synthetic search test',
        legal_basis: 'none',
        subject: 'search',
      },
      {
        user_id: world.users.intake,
        case_id: null,
        purpose: 'Synthetic search test',
        legal_basis: 'none',
        subject: 'search',
      },
    ]);
    // The A-number of a case the caller may see finds it, however it is written.
    expect(ids(await search('intake1', 'aNumber=200000001'))).toEqual([records.own.caseId]);
    expect(ids(await search('elp.intake', 'aNumber=A200000003'))).toEqual([records.otherOffice.caseId]);
    const malformed = await as('intake1').request('GET', `/api/v1/cases?${PURPOSE}&aNumber=12-34`);
    expect(malformed.status).toBe(400);
    expect(issuesOf(await readJson<ErrorBody>(malformed)).map((i) => i.field)).toEqual(['aNumber']);
  });

  it('matches names whatever their case and accents, word by word, with wildcards as plain characters', async () => {
    const byName = async (name: string) =>
      ids(await search('intake1', `name=${encodeURIComponent(name)}`)).sort();
    expect(await byName('nunez')).toEqual([extra.nunezGarcia, extra.nunez].sort());
    expect(await byName('GARCÍA maría')).toEqual([extra.nunezGarcia]);
    expect(await byName('josé')).toEqual([extra.nunezGarcia, extra.nunez].sort());
    expect(await byName("o'brien")).toEqual([extra.obrien]);
    expect(await byName('%')).toEqual([extra.obrien]);
    expect(await byName('_')).toEqual([extra.obrien]);
    expect(await byName("' OR '1'='1")).toEqual([]);
    // Names of cases the caller may not see are never found: the access world's are SYNTHETIC MATRIX everywhere.
    expect(ids(await search('elp.intake', 'name=matrix'))).toEqual([records.otherOffice.caseId]);
    const page = await search('intake1', `aNumber=300000302`);
    expect(page.items[0]).toEqual({
      id: extra.obrien,
      person: {
        aNumber: '300000302',
        aNumberFormatted: 'A300-000-302',
        familyName: "O'Brien",
        givenName: 'Pat_100%',
      },
      office: 'HOU',
      track: 'expedited_removal',
      status: 'open',
      mppState: 'not_applicable',
      openedAt: '2019-08-10T09:00:00.000Z',
      nextDueAt: null,
      deadlineState: null,
    });
  });

  it('filters by deadline, status, track and office', async () => {
    const overdue = await search('supervisor1', 'deadline=overdue');
    expect(ids(overdue)).toEqual([extra.overdue]);
    expect(overdue.items[0]).toMatchObject({
      nextDueAt: '2019-08-30T10:00:00.000Z',
      deadlineState: 'overdue',
    });
    const dueSoon = await search('supervisor1', 'deadline=due_soon');
    expect(ids(dueSoon)).toEqual([extra.dueSoon]);
    expect(dueSoon.items[0]).toMatchObject({ deadlineState: 'due_soon' });
    expect(ids(await search('supervisor1', 'track=reinstatement&status=referred')).sort()).toEqual(
      [extra.overdue, extra.dueSoon, extra.later].sort(),
    );
    expect(ids(await search('supervisor1', 'status=closed'))).toEqual([]);
    expect(ids(await search('supervisor1', 'office=ELP'))).toEqual([]);
    expect(ids(await search('elp.intake', 'office=ELP'))).toEqual([records.otherOffice.caseId]);
  });

  it('pages newest first by cursor, without a repeat or a gap', async () => {
    const all = await search('intake1', 'limit=200');
    expect(all.nextCursor).toBeNull();
    const opened = all.items.map((c) => c.openedAt);
    expect([...opened].sort().reverse()).toEqual(opened);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPageBody = await search('intake1', `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ids(all));
    expect(paged.length).toBe(2 + 6);
    const bad = await as('intake1').request('GET', `/api/v1/cases?${PURPOSE}&cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(issuesOf(await readJson<ErrorBody>(bad)).map((i) => i.field)).toEqual(['cursor']);
  });

  it('requires a purpose, and writes one row per case shown with the basis the caller sees it on', async () => {
    const without = await as('intake1').request('GET', '/api/v1/cases');
    expect(without.status).toBe(400);
    expect(issuesOf(await readJson<ErrorBody>(without)).map((i) => i.field)).toEqual(['purpose']);
    const tooLong = await as('intake1').request('GET', `/api/v1/cases?purpose=${'x'.repeat(201)}`);
    expect(tooLong.status).toBe(400);

    const before = (await searchLog()).length;
    await search('intake1', 'track=mpp');
    await search('officer1', 'track=mpp');
    await search('officer1', 'track=reinstatement');
    const rows = (await searchLog()).slice(before);
    const row = (user: string, caseId: string, basis: string) => ({
      user_id: user,
      case_id: caseId,
      purpose: 'Synthetic search test',
      legal_basis: basis,
      subject: 'case',
    });
    const { users } = world;
    expect(rows).toEqual([
      ...[records.own.caseId, records.ownOffice.caseId]
        .sort()
        .reverse()
        .map((id) => row(users.intake, id, 'office-intake')),
      row(users.officer, records.own.caseId, 'assigned-officer'),
      // Unassigned screenings in the office queue: an officer of the office sees them on that basis (opened at
      // the same instant, so newest first falls back to the id, descending).
      ...[extra.later!, extra.dueSoon!, extra.overdue!]
        .sort()
        .reverse()
        .map((id) => row(users.officer, id, 'office-unassigned-queue')),
    ]);
  });
});
