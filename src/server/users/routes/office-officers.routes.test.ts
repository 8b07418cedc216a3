// The office's officers over HTTP, on SQLite and PostgreSQL: only the supervisor's own office, by name; with a
// screening named, who declined it or its whole category; a screening of another office answers as a missing one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/database.ts';
import { declineCategory } from '../../objections/objection.service.ts';
import {
  addUser,
  createScreeningWorld,
  openScreening,
  valueOf,
  type ScreeningWorld,
} from '../../screenings/routes/screening-routes.fixture.ts';
import { assignScreening, declineScreening } from '../../screenings/screening.service.ts';

interface OfficersBody {
  items: Array<{ id: string; name: string; hasDeclined: boolean | null }>;
}

describeEachDialect("the office's officers over HTTP", (_store, dialect) => {
  let w: ScreeningWorld;
  let officer3: string;
  beforeAll(async () => {
    w = await createScreeningWorld(dialect);
    officer3 = await addUser(w.world, 'officer3', 'officer', 'HOU');
  });
  afterAll(async () => w.dispose());

  const officers = async (query = '') => {
    const response = await (await w.as('supervisor1')).request('GET', `/api/v1/office/officers${query}`);
    return { status: response.status, body: (await response.json()) as OfficersBody };
  };

  it("lists the active officers of the supervisor's own office only, by name", async () => {
    const { status, body } = await officers();
    expect(status).toBe(200);
    expect(body.items).toEqual([
      { id: w.world.users.officer, name: 'officer1', hasDeclined: null },
      { id: w.world.users.officer2, name: 'officer2', hasDeclined: null },
      { id: officer3, name: 'officer3', hasDeclined: null },
    ]);
    expect(JSON.stringify(body)).not.toContain(w.elp.officer);
  });

  it('says who declined the screening named, by its decline or by a standing objection to its category', async () => {
    const { screeningId } = await openScreening(w.world, { track: 'mpp' });
    valueOf(await assignScreening(w.world.app, w.world.users.supervisor, screeningId, w.world.users.officer));
    valueOf(await declineScreening(w.world.app, w.world.users.officer, screeningId, 'Conscience.'));
    valueOf(await declineCategory(w.world.app, officer3, { category: 'mpp_interview', reason: 'Conscience.' }));
    const { status, body } = await officers(`?screeningId=${screeningId}`);
    expect(status).toBe(200);
    expect(body.items.map((o) => [o.name, o.hasDeclined])).toEqual([
      ['officer1', true],
      ['officer2', false],
      ['officer3', true],
    ]);
  });

  it("answers a screening of another office exactly as a nonexistent one", async () => {
    const { screeningId } = await openScreening(w.world, { track: 'mpp', office: 'ELP', intakeId: w.elp.intake });
    const other = await officers(`?screeningId=${screeningId}`);
    const missing = await officers('?screeningId=no-such-screening');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(other.body).replace(screeningId, 'X')).toEqual(
      JSON.stringify(missing.body).replace('no-such-screening', 'X'),
    );
  });

  it('is for supervisors only', async () => {
    const response = await (await w.as('officer1')).request('GET', '/api/v1/office/officers');
    expect(response.status).toBe(403);
  });
});
