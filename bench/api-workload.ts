// The API benchmark's world: the demo office seeded into a store (as `npm start` seeds it), live work on top of it
// (fresh fear claims through the service path, most of them assigned, so the queues have items), and signed-in
// sessions for the staff who read and write in the mix.
import { sql } from 'kysely';
import type { AppContext } from '../src/server/app-context.ts';
import { signIn } from '../src/server/auth/sign-in.service.ts';
import { claimFear } from '../src/server/cases/case.service.ts';
import { assignScreening } from '../src/server/screenings/screening.service.ts';
import { DEMO_PASSWORD } from '../src/server/users/demo-password.ts';
import { seedCases } from '../src/synthetic/office/seed.service.ts';
import { SYNTHETIC_OFFICES } from '../src/synthetic/office/synthetic-world.ts';

/** The roles that act in the mix. */
export type MixRole = 'intake' | 'officer' | 'supervisor';

/** A signed-in member of staff: the cookie and CSRF token a browser would hold. */
export interface BenchSession {
  userId: string;
  name: string;
  role: MixRole;
  office: string;
  sessionToken: string;
  csrfToken: string;
}

/** What the mix draws its requests from. */
export interface Workload {
  sessions: BenchSession[];
  /** Every case, by office. */
  casesByOffice: Map<string, string[]>;
  /** The cases with a return to Mexico (a harm report on them is valid), by office. */
  returnedCasesByOffice: Map<string, string[]>;
  /** The cases of the open screenings assigned to each officer, by officer id. */
  assignedCases: Map<string, string[]>;
  /** Open screenings made for the queues, and how many of them were assigned. */
  openScreenings: number;
  assignedScreenings: number;
}

/** How big the world is. */
export interface WorkloadOptions {
  cases: number;
  /** Fresh fear claims per office (two in three get assigned). */
  openPerOffice: number;
  /** Sessions per member of staff (several tabs or devices each). */
  sessionsPerUser: number;
}

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: Error }): T => {
  if (!result.ok) throw result.error;
  return result.value;
};

async function userId(app: AppContext, name: string): Promise<string> {
  const row = await app.database.db
    .selectFrom('users')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

// Fear claims raised in the last three days, so the new screenings' time limits fall due soon or have passed.
async function openLiveWork(
  app: AppContext,
  openPerOffice: number,
): Promise<{ open: number; assigned: Map<string, string[]> }> {
  const assigned = new Map<string, string[]>();
  let open = 0;
  let n = 0;
  for (const office of SYNTHETIC_OFFICES) {
    const prefix = office.code.toLowerCase();
    const intake = await userId(app, `${prefix}.intake`);
    const supervisor = await userId(app, `${prefix}.supervisor`);
    const officers = await Promise.all(
      Array.from({ length: office.officers }, (_, i) => userId(app, `${prefix}.officer${i + 1}`)),
    );
    // MPP is no longer in force, so today's fear claims come from the expedited-removal and reinstatement tracks.
    const rows = await app.database.db
      .selectFrom('cases')
      .select('id')
      .where('office', '=', office.code)
      .where('track', 'in', ['expedited_removal', 'reinstatement'])
      .orderBy('id')
      .limit(openPerOffice)
      .execute();
    for (const row of rows) {
      const at = new Date(Date.now() - ((n++ * 7919) % 72) * 3_600_000 - 60_000).toISOString();
      const screening = unwrap(
        await claimFear(app, intake, row.id, {
          at,
          raisedHow: 'when_asked',
          raisedTo: 'cbp',
          occasion: 'other',
        }),
      );
      open++;
      if (open % 3 === 0) continue; // left in the office's unassigned queue
      // An officer may have declined the screening's category: the next one takes it.
      for (let k = 0; k < officers.length; k++) {
        const officer = officers[(open + k) % officers.length]!;
        if ((await assignScreening(app, supervisor, screening.id, officer)).ok) {
          assigned.set(officer, [...(assigned.get(officer) ?? []), row.id]);
          break;
        }
      }
    }
  }
  return { open, assigned };
}

async function signInStaff(app: AppContext, sessionsPerUser: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (const office of SYNTHETIC_OFFICES) {
    const prefix = office.code.toLowerCase();
    const names = [
      `${prefix}.intake`,
      `${prefix}.supervisor`,
      ...Array.from({ length: office.officers }, (_, i) => `${prefix}.officer${i + 1}`),
    ];
    for (const name of names) {
      for (let i = 0; i < sessionsPerUser; i++) {
        const signed = unwrap(await signIn(app, { name, password: DEMO_PASSWORD, address: '127.0.0.1' }));
        sessions.push({
          userId: signed.user.id,
          name,
          role: signed.user.role as MixRole,
          office: office.code,
          sessionToken: signed.sessionToken,
          csrfToken: signed.csrfToken,
        });
      }
    }
  }
  return sessions;
}

/** Seeds an empty store, opens the live work, signs the staff in, and lists what the mix may ask for. */
export async function prepareWorkload(app: AppContext, options: WorkloadOptions): Promise<Workload> {
  unwrap(await seedCases(app, { cases: options.cases, seed: 1, passwords: 'demo' }));
  const live = await openLiveWork(app, options.openPerOffice);
  const casesByOffice = new Map<string, string[]>();
  const returnedCasesByOffice = new Map<string, string[]>();
  const rows = await app.database.db.selectFrom('cases').select(['id', 'office', 'data']).execute();
  for (const row of rows) {
    casesByOffice.set(row.office, [...(casesByOffice.get(row.office) ?? []), row.id]);
    if ((JSON.parse(row.data) as { returns: unknown[] }).returns.length > 0)
      returnedCasesByOffice.set(row.office, [...(returnedCasesByOffice.get(row.office) ?? []), row.id]);
  }
  return {
    sessions: await signInStaff(app, options.sessionsPerUser),
    casesByOffice,
    returnedCasesByOffice,
    assignedCases: live.assigned,
    openScreenings: live.open,
    assignedScreenings: [...live.assigned.values()].reduce((sum, cases) => sum + cases.length, 0),
  };
}

/** Settles a freshly seeded store as a store in service is settled: PostgreSQL's statistics gathered and its WAL
 * checkpointed (else autovacuum and the checkpoint land in the first run), SQLite's WAL folded into the file. */
export async function settleStore(app: AppContext): Promise<void> {
  const { db, dialect } = app.database;
  if (dialect === 'postgres') {
    await sql`vacuum analyze`.execute(db);
    await sql`checkpoint`.execute(db);
  } else {
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  }
}

/** Makes every session's last use older than the touch interval, so each is touched once in the next run, by
 * whichever server runs it (a session in steady use is touched once a minute). */
export async function ageSessions(app: AppContext): Promise<void> {
  const before = new Date(Date.now() - 61_000).toISOString();
  await app.database.db
    .updateTable('sessions')
    .set({ last_seen_at: before })
    .where('revoked_at', 'is', null)
    .execute();
}

/** Counts rows that tell whether the two servers did the same kind of work (flags raised, reports, log rows). */
export async function countRows(
  app: AppContext,
): Promise<Record<'flags' | 'harmReports' | 'disclosures' | 'events', number>> {
  const { db } = app.database;
  const count = async (table: 'flags' | 'harm_reports' | 'disclosures' | 'ledger_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    flags: await count('flags'),
    harmReports: await count('harm_reports'),
    disclosures: await count('disclosures'),
    events: await count('ledger_events'),
  };
}
