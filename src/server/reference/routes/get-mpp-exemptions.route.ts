// GET /api/v1/reference/mpp-exemptions?at=YYYY-MM-DD: the exemption reasons of the MPP period in force on a date.
import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';
import { unwrap } from '../../../domain/errors.ts';
import { mppExemptionListOn } from '../../../domain/mpp/mpp-exemption-list.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { MppExemptionListSchema, MppExemptionsQuerySchema } from './reference.schemas.ts';

/** The MPP exemption list of a date. */
export const getMppExemptionsRoute = () =>
  defineRoute({
    access: { kind: 'signed-in', roles: ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/reference/mpp-exemptions',
      tags: ['Reference'],
      summary: 'The MPP exemption reasons of a date',
      description:
        'The reasons a person could be found not amenable to MPP on the date, with their labels and whether each marks a vulnerable group: the list a form offers when recording an exemption. A date outside both MPP periods has no list (400, naming the periods).',
      request: { query: MppExemptionsQuerySchema },
      responses: {
        200: {
          description: "The period's list.",
          content: { 'application/json': { schema: MppExemptionListSchema } },
        },
      },
    }),
    handler: (c) => c.json(unwrap(mppExemptionListOn(c.req.valid('query').at)), 200),
  });
