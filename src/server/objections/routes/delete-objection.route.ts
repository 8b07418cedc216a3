// DELETE /api/v1/objections/{objectionId}: an officer withdraws their standing objection to a category.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentObjection } from '../objection.presenter.ts';
import { withdrawCategoryObjection } from '../objection.service.ts';
import { ObjectionParamSchema, ObjectionSchema } from './objections.schemas.ts';

/** Withdraw a category objection. */
export const deleteObjectionRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['officer'] },
    route: createRoute({
      method: 'delete',
      path: '/api/v1/objections/{objectionId}',
      tags: ['Objections'],
      summary: 'Withdraw a category objection',
      description:
        "The officer withdraws a standing objection of their own; from then on they may be assigned that category again. A declined single screening stays declined (409). Another officer's objection answers 404, as a missing one does.",
      request: { params: ObjectionParamSchema },
      responses: {
        200: {
          description: 'The objection, withdrawn.',
          content: { 'application/json': { schema: ObjectionSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { objectionId } = c.req.valid('param');
      const objection = unwrap(await withdrawCategoryObjection(app, c.get('viewer')!.id, objectionId));
      return c.json(presentObjection(objection), 200);
    },
  });
