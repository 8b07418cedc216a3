// The shapes of the objection routes: a standing objection to a category (and what it returned to the queue), an
// officer's own objections, and the objections of an office's officers as its supervisors read them.
import { z } from '@hono/zod-openapi';
import { SCREENING_KINDS } from '../../../domain/screenings/legal-standard.ts';
import { pageSchema } from '../../paging/page.schemas.ts';

/** An objection in the path. */
export const ObjectionParamSchema = z.object({
  objectionId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'objectionId', in: 'path' }, description: "The objection's id." }),
});

/** Declining a whole category of screenings. */
export const CategoryObjectionInputSchema = z
  .strictObject({
    category: z.enum(SCREENING_KINDS).openapi({ description: 'The kind of screening declined.' }),
    reason: z.string().trim().min(1).max(4000).openapi({
      description: "Why, on grounds of conscience; visible to you and your office's supervisors only.",
    }),
  })
  .openapi('CategoryObjectionInput');

/** An objection as its officer (or the office's supervisors) read it. */
export const ObjectionSchema = z
  .object({
    id: z.string(),
    officerId: z.string(),
    category: z
      .enum(SCREENING_KINDS)
      .nullable()
      .openapi({ description: 'The category declined as a whole, or null for one screening.' }),
    screeningId: z.string().nullable().openapi({ description: 'The one screening declined, or null.' }),
    reason: z.string(),
    createdAt: z.string(),
    withdrawnAt: z.string().nullable(),
  })
  .openapi('Objection');

/** A category declined, and the screenings it put back in the queue. */
export const CategoryObjectionResultSchema = z
  .object({
    objection: ObjectionSchema,
    returnedScreeningIds: z.array(z.string()).openapi({
      description: 'Your open assignments of the category, returned to the office queue unassigned.',
    }),
  })
  .openapi('CategoryObjectionResult');

/** A page of an officer's own objections. */
export const ObjectionPageSchema = pageSchema(ObjectionSchema, 'ObjectionPage');

/** An objection of an office's officer. */
export const OfficeObjectionSchema = ObjectionSchema.extend({
  officerName: z.string(),
  caseId: z
    .string()
    .nullable()
    .openapi({ description: 'The case of the declined screening while your office still holds it.' }),
}).openapi('OfficeObjection');

/** A page of the objections of an office's officers. */
export const OfficeObjectionPageSchema = pageSchema(OfficeObjectionSchema, 'OfficeObjectionPage');
