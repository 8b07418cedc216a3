// Reports of harm suffered after a return to Mexico.
import type { Kysely } from 'kysely';
import type { HarmReport } from '../../domain/harm/harm-report.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { insertChunked } from '../db/insert-chunked.ts';

/** Inserts a harm report. */
export async function insertHarmReport(
  db: Kysely<DatabaseSchema>,
  report: HarmReport,
  recordedAt: string,
): Promise<void> {
  await insertHarmReports(db, [{ report, recordedAt }]);
}

/** The harm reports of a case, in the order they happened (undated last). */
export async function findHarmReportsOfCase(
  db: Kysely<DatabaseSchema>,
  caseId: string,
): Promise<HarmReport[]> {
  const rows = await db
    .selectFrom('harm_reports')
    .select('data')
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .execute();
  return rows.map((r) => JSON.parse(r.data) as HarmReport);
}

/** Harm reports counted by kind (aggregate only: the figure the accountability reports publish). */
export async function countHarmReportsByKind(
  db: Kysely<DatabaseSchema>,
): Promise<Array<{ kind: string; count: number }>> {
  const rows = await db
    .selectFrom('harm_reports')
    .select(['kind', db.fn.countAll<number>().as('count')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
}

/** Inserts many harm reports at once (the bulk seeder). */
export async function insertHarmReports(
  db: Kysely<DatabaseSchema>,
  reports: readonly { report: HarmReport; recordedAt: string }[],
): Promise<void> {
  await insertChunked(
    db,
    'harm_reports',
    reports.map(({ report, recordedAt }) => ({
      id: report.id,
      case_id: report.caseId,
      kind: report.kind,
      occurred_on: report.occurredOn,
      data: JSON.stringify(report),
      recorded_at: recordedAt,
    })),
  );
}
