// A harm report as the API shows it.
import type { HarmReport } from '../../domain/harm/harm-report.ts';

/** The wire form of a harm report. */
export const presentHarmReport = (report: HarmReport) => ({
  id: report.id,
  kind: report.kind,
  occurredOn: report.occurredOn,
  place: report.place,
  source: report.source,
  returnId: report.returnId,
  description: report.description,
});
