// GET /api/v1/office/officers: the asylum officers of the supervisor's own office, for assigning a screening.
import { createRoute, z } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listOfficeOfficers } from '../office-officers.service.ts';

/** Which screening the officers are for, if any. */
export const OfficeOfficersQuerySchema = z.object({
  screeningId: z.string().min(1).max(100).optional().openapi({
    description: "A screening of the supervisor's office: each officer then says whether they declined it.",
  }),
});

/** An officer of the office. */
export const OfficeOfficerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hasDeclined: z.boolean().nullable().openapi({
      description:
        'Declined the screening named (or its whole category) on grounds of conscience, so it cannot be assigned to them; null when no screening was named.',
    }),
  })
  .openapi('OfficeOfficer');

/** The office's officers. */
export const getOfficeOfficersRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['supervisor'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/office/officers',
      tags: ['Queues'],
      summary: "The office's officers",
      description:
        "The active asylum officers of the supervisor's own office, by name (an office holds tens, so one answer). With `screeningId` (a screening of that office; any other answers 404), each says whether they declined it or its category on grounds of conscience: the assignment refuses those.",
      request: { query: OfficeOfficersQuerySchema },
      responses: {
        200: {
          description: "The office's officers.",
          content: { 'application/json': { schema: z.object({ items: z.array(OfficeOfficerSchema) }) } },
        },
      },
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('query');
      const items = unwrap(await listOfficeOfficers(app, c.get('viewer')!, screeningId));
      return c.json({ items }, 200);
    },
  });
