// GET /api/v1/ledger/checkpoint: the latest signed checkpoint, exactly the note (text/plain).
import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { getLatestCheckpointNote } from '../checkpoint.service.ts';

/** The latest checkpoint. */
export const getCheckpointRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'public' },
    route: createRoute({
      method: 'get',
      path: '/api/v1/ledger/checkpoint',
      tags: ['Ledger'],
      summary: 'The latest checkpoint of the log',
      description:
        'A C2SP tlog-checkpoint signed note: the origin line, the tree size, the base64 RFC 6962 root hash, a blank line, the log key\u2019s Ed25519 signature line, then any witnesses\u2019 cosignature lines. Check it with the log\u2019s verifier key (`refuge ledger key`), and the events in it with the proof routes.',
      responses: {
        200: {
          description: 'The signed note.',
          content: { 'text/plain': { schema: z.string() } },
        },
      },
    }),
    handler: async (c) => c.text(await getLatestCheckpointNote(app), 200),
  });
