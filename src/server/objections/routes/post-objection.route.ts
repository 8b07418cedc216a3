// POST /api/v1/objections: an officer declines a whole category of screenings on grounds of conscience.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentObjection } from '../objection.presenter.ts';
import { declineCategory } from '../objection.service.ts';
import { CategoryObjectionInputSchema, CategoryObjectionResultSchema } from './objections.schemas.ts';

/** Decline a category. */
export const postObjectionRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['officer'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/objections',
      tags: ['Objections'],
      summary: 'Decline a category of screenings',
      description:
        "The signed-in officer declines a whole category of screenings (e.g. MPP interviews) on grounds of conscience, with a reason. From then on they are never assigned one; their open assignments of the category go back to the office's unassigned queue at once, with their deadlines. The reason is visible to the officer and their office's supervisors only.",
      request: {
        body: { required: true, content: { 'application/json': { schema: CategoryObjectionInputSchema } } },
      },
      responses: {
        201: {
          description: 'The objection, and the screenings it returned to the queue.',
          content: { 'application/json': { schema: CategoryObjectionResultSchema } },
        },
      },
    }),
    handler: async (c) => {
      const body = c.req.valid('json');
      const result = unwrap(await declineCategory(app, c.get('viewer')!.id, body));
      return c.json(
        {
          objection: presentObjection(result.objection),
          returnedScreeningIds: result.returnedScreeningIds,
        },
        201,
      );
    },
  });
