// POST /api/v1/ledger/cosignatures: a registered witness hands back a checkpoint it cosigned.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { acceptCosignedCheckpoint } from '../witness.service.ts';
import { CosignatureBodySchema, CosignatureReceiptSchema } from './ledger.schemas.ts';
import { z } from '@hono/zod-openapi';

/** Accepts a witness's cosignature. */
export const postCosignatureRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    // A witness has no session: the cosignature itself authenticates it.
    csrfExempt: true,
    extraErrors: [403],
    route: createRoute({
      method: 'post',
      path: '/api/v1/ledger/cosignatures',
      tags: ['Ledger'],
      summary: 'Hand in a witness\u2019s cosignature',
      description:
        'A checkpoint this log signed, with a cosignature line of a registered witness appended (c2sp.org/tlog-cosignature, Ed25519 cosignature/v1). No sign-in: the cosignature authenticates the witness. It is kept beside the checkpoint and served with it. A checkpoint the log did not sign is 400; no valid registered cosignature is 403.',
      request: {
        body: { required: true, content: { 'application/json': { schema: CosignatureBodySchema } } },
      },
      responses: {
        201: {
          description: 'The cosignatures kept.',
          content: { 'application/json': { schema: z.array(CosignatureReceiptSchema) } },
        },
      },
    }),
    handler: async (c) =>
      c.json(unwrap(await acceptCosignedCheckpoint(app, c.req.valid('json').checkpoint)), 201),
  });
