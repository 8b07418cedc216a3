// GET /api/v1/ledger/key: the log's verifier key, public, so a reader's browser can check checkpoints itself.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getLogVerifierKey } from '../checkpoint.service.ts';
import { LogKeySchema } from './ledger.schemas.ts';

/** The log's verifier key. */
export const getLogKeyRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: '/api/v1/ledger/key',
      tags: ['Ledger'],
      summary: 'The log\u2019s verifier key',
      description:
        'The origin of the log\u2019s checkpoints and its note verifier key (`<origin>+<key id hex>+<base64 of 0x01 || Ed25519 public key>`), the same line `refuge ledger key` prints last. Compare it with a copy kept outside this server (printed, published) before trusting what it verifies.',
      responses: {
        200: {
          description: 'The origin and the verifier key.',
          content: { 'application/json': { schema: LogKeySchema } },
        },
      },
    }),
    handler: async (c) => c.json(await getLogVerifierKey(app), 200),
  });
