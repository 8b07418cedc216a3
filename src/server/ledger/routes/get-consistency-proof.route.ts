// GET /api/v1/ledger/proof/consistency: the proof that an older tree is a prefix of a newer one.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getConsistencyProof } from '../proof.service.ts';
import { ConsistencyProofSchema, ConsistencyQuerySchema } from './ledger.schemas.ts';

/** A consistency proof. */
export const getConsistencyProofRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: '/api/v1/ledger/proof/consistency',
      tags: ['Ledger'],
      summary: 'A consistency proof',
      description:
        'The RFC 9162 §2.1.4 proof that the tree of `from` leaves is a prefix of the tree of `to` leaves: nothing in the older tree was changed or removed. Empty when the sizes are equal.',
      request: { query: ConsistencyQuerySchema },
      responses: {
        200: {
          description: 'The proof.',
          content: { 'application/json': { schema: ConsistencyProofSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(unwrap(await getConsistencyProof(app, from, to)), 200);
    },
  });
