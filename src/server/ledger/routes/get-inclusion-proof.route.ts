// GET /api/v1/ledger/proof/inclusion: the inclusion proof of one leaf, by index or by leaf hash.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getInclusionProof } from '../proof.service.ts';
import { InclusionProofSchema, InclusionQuerySchema } from './ledger.schemas.ts';

/** An inclusion proof. */
export const getInclusionProofRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    extraErrors: [404],
    route: createRoute({
      method: 'get',
      path: '/api/v1/ledger/proof/inclusion',
      tags: ['Ledger'],
      summary: 'An inclusion proof',
      description:
        'The RFC 9162 §2.1.3 proof that a leaf is in the tree of `size` leaves. Name the leaf by `index` or by its `hash` (SHA-256 of 0x00 and the event\u2019s canonical body): a reader holding a record finds its proof without revealing anything but the hash. An unknown hash is 404.',
      request: { query: InclusionQuerySchema },
      responses: {
        200: {
          description: 'The proof.',
          content: { 'application/json': { schema: InclusionProofSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { index, hash, size } = c.req.valid('query');
      const leaf = index === undefined ? { hash: hash! } : { index };
      return c.json(unwrap(await getInclusionProof(app, leaf, size)), 200);
    },
  });
