// Read-only queries the office model is exported from: a batch of cases with every record its rows need, the acts
// that belong to no case, and the ledger positions that tell a refresh what changed. Nothing here writes.
import type { Kysely } from 'kysely';
import type { HarmReport } from '../../../../domain/harm/harm-report.ts';
import { loadCaseBundles, type CaseBundle } from '../../../cases/case-export.repository.ts';
import type { DatabaseSchema } from '../../../db/schema.ts';

/** A harm report with the moment it was recorded. */
export interface ExportedHarmReport {
  readonly report: HarmReport;
  readonly recordedAt: string;
}

/** A flag's countable facts (its reason and decision are free text and stay in the store). */
export interface ExportedFlag {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly status: string;
  readonly raisedAt: string;
  readonly clearedAt: string | null;
}

/** An objection's countable facts (its reason and its officer stay in the store). */
export interface ExportedObjection {
  readonly id: string;
  readonly screeningId: string | null;
  readonly category: string | null;
  /** The office of the objecting officer (for a whole category; one screening counts in the screening's office). */
  readonly officerOffice: string | null;
  readonly createdAt: string;
  readonly withdrawnAt: string | null;
}

/** A dissent's countable facts: its policy and its dates. Its filer, text, answer and attachments stay in the store;
 * the exact dates stay in this process (the model keeps their months). */
export interface ExportedDissent {
  readonly policy: string;
  readonly filedAt: string;
  readonly dueAt: string;
  readonly answeredAt: string | null;
}

/** A `screening.assigned` event of the ledger: who held the screening before is all the model keeps of it. */
export interface ExportedAssignment {
  readonly seq: number;
  readonly caseId: string;
  readonly occurredAt: string;
  readonly screeningId: string;
  readonly hadPreviousOfficer: boolean;
}

/** Everything the case-grain exporters read for a batch of cases: loaded once, one query per table. */
export interface OfficeCaseBatch {
  readonly bundles: readonly CaseBundle[];
  readonly harmReports: readonly ExportedHarmReport[];
  readonly flags: readonly ExportedFlag[];
  readonly screeningDeclines: readonly ExportedObjection[];
  readonly assignments: readonly ExportedAssignment[];
}

/** Loads the batch of the given cases. */
export async function loadOfficeCaseBatch(
  db: Kysely<DatabaseSchema>,
  caseIds: readonly string[],
): Promise<OfficeCaseBatch> {
  if (caseIds.length === 0)
    return { bundles: [], harmReports: [], flags: [], screeningDeclines: [], assignments: [] };
  const ids = [...caseIds];
  const [bundles, harm, flags, assignments] = await Promise.all([
    loadCaseBundles(db, ids),
    db.selectFrom('harm_reports').select(['data', 'recorded_at']).where('case_id', 'in', ids).execute(),
    db
      .selectFrom('flags')
      .select(['id', 'case_id', 'kind', 'status', 'raised_at', 'cleared_at'])
      .where('case_id', 'in', ids)
      .execute(),
    db
      .selectFrom('ledger_events')
      .select(['seq', 'case_id', 'occurred_at', 'payload'])
      .where('case_id', 'in', ids)
      .where('type', '=', 'screening.assigned')
      .orderBy('seq')
      .execute(),
  ]);
  const screeningIds = bundles.flatMap((b) => b.screenings.map((s) => s.id));
  const declines =
    screeningIds.length === 0
      ? []
      : await db
          .selectFrom('objections')
          .select(['id', 'screening_id', 'category', 'created_at', 'withdrawn_at'])
          .where('screening_id', 'in', screeningIds)
          .execute();
  return {
    bundles,
    harmReports: harm.map((r) => ({ report: JSON.parse(r.data) as HarmReport, recordedAt: r.recorded_at })),
    flags: flags.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      kind: r.kind,
      status: r.status,
      raisedAt: r.raised_at,
      clearedAt: r.cleared_at,
    })),
    screeningDeclines: declines.map((r) => ({
      id: r.id,
      screeningId: r.screening_id,
      category: r.category,
      officerOffice: null,
      createdAt: r.created_at,
      withdrawnAt: r.withdrawn_at,
    })),
    assignments: assignments.map((r) => {
      const payload = JSON.parse(r.payload) as { screeningId: string; previousOfficerId: string | null };
      return {
        seq: Number(r.seq),
        caseId: r.case_id!,
        occurredAt: r.occurred_at,
        screeningId: payload.screeningId,
        hadPreviousOfficer: payload.previousOfficerId !== null,
      };
    }),
  };
}

/** Objections to a whole category of screenings (they belong to no case), with the officer's office. */
export async function findCategoryObjections(db: Kysely<DatabaseSchema>): Promise<ExportedObjection[]> {
  const rows = await db
    .selectFrom('objections')
    .leftJoin('users', 'users.id', 'objections.officer_id')
    .select([
      'objections.id',
      'objections.category',
      'users.office',
      'objections.created_at',
      'objections.withdrawn_at',
    ])
    .where('objections.screening_id', 'is', null)
    .orderBy('objections.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    screeningId: null,
    category: r.category,
    officerOffice: r.office,
    createdAt: r.created_at,
    withdrawnAt: r.withdrawn_at,
  }));
}

/** Every dissent (they belong to no case), policy and dates only. */
export async function findDissentFacts(db: Kysely<DatabaseSchema>): Promise<ExportedDissent[]> {
  const rows = await db
    .selectFrom('dissents')
    .select(['policy', 'filed_at', 'due_at', 'answered_at'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    policy: r.policy,
    filedAt: r.filed_at,
    dueAt: r.due_at,
    answeredAt: r.answered_at,
  }));
}

/** The cases named by ledger events after `afterSeq` up to `uptoSeq` (every change to a case appends one). */
export async function findCasesChangedBetween(
  db: Kysely<DatabaseSchema>,
  afterSeq: number,
  uptoSeq: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('ledger_events')
    .select('case_id')
    .distinct()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', uptoSeq)
    .where('case_id', 'is not', null)
    .execute();
  return rows.map((r) => r.case_id!);
}

/** The hash of the event at `seq`, if there is one (a refresh checks that the ledger it followed is still there). */
export async function findEventHash(db: Kysely<DatabaseSchema>, seq: number): Promise<string | undefined> {
  const row = await db.selectFrom('ledger_events').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}
