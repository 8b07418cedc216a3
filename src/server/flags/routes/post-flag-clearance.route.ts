// POST /api/v1/flags/{flagId}/clearance: a supervisor clears an open flag with a recorded decision.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentFlag } from '../flag.presenter.ts';
import { clearFlag } from '../flag.service.ts';
import { FlagClearanceSchema, FlagParamSchema, FlagSchema } from './flags.schemas.ts';

/** Clear a flag. */
export const postFlagClearanceRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'flag', param: 'flagId', action: 'flag.clear', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/flags/{flagId}/clearance',
      tags: ['Flags'],
      summary: 'Clear a flag',
      description:
        'A supervisor of the office clears an open consistency flag, recording the decision (what was checked, what was done) in a signed event. A cleared flag stays cleared (409).',
      request: {
        params: FlagParamSchema,
        body: { required: true, content: { 'application/json': { schema: FlagClearanceSchema } } },
      },
      responses: {
        200: { description: 'The flag, cleared.', content: { 'application/json': { schema: FlagSchema } } },
      },
    }),
    handler: async (c) => {
      const { flagId } = c.req.valid('param');
      const { decision } = c.req.valid('json');
      const flag = unwrap(await clearFlag(app, c.get('viewer')!.id, flagId, decision));
      return c.json(presentFlag(flag), 200);
    },
  });
