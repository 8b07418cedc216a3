// Objections as the API sends them. Only the objecting officer and their office's supervisors ever reach these
// presenters (the services scope every list to them), because the reason is theirs alone.
import type { z } from '@hono/zod-openapi';
import type { Objection } from '../../domain/objections/objection.ts';
import type { ObjectionSchema, OfficeObjectionSchema } from './routes/objections.schemas.ts';
import type { OfficeObjection } from './objection.repository.ts';

/** An objection, to its own officer. */
export const presentObjection = (o: Objection): z.infer<typeof ObjectionSchema> => ({
  id: o.id,
  officerId: o.officerId,
  category: o.category,
  screeningId: o.screeningId,
  reason: o.reason,
  createdAt: o.createdAt,
  withdrawnAt: o.withdrawnAt,
});

/** An objection of an office's officer, to the office's supervisors: a declined screening is named only while the
 * office still holds it (a transferred case is no longer theirs to know of). */
export const presentOfficeObjection = (row: OfficeObjection): z.infer<typeof OfficeObjectionSchema> => ({
  ...presentObjection(row.objection),
  screeningId: row.caseId === null ? null : row.objection.screeningId,
  officerName: row.officerName,
  caseId: row.caseId,
});
