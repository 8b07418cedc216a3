// GET /api/v1/dissents/{dissentId}: one dissent, for its filer or a reviewer; "not found" for anyone else.
import { createRoute } from '@hono/zod-openapi';
import { DISSENT_READER_ROLES } from '../../../domain/dissent/dissent-access.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentDissent } from '../dissent.presenter.ts';
import { getDissent } from '../dissent.service.ts';
import { DissentParamSchema, DissentSchema } from './dissent.schemas.ts';

/** Read a dissent. */
export const getDissentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: DISSENT_READER_ROLES },
    route: createRoute({
      method: 'get',
      path: '/api/v1/dissents/{dissentId}',
      tags: ['Dissent'],
      summary: 'Read a dissent',
      description:
        "Its text, filer, attachments and answer. Only the filer and the designated reviewers see a dissent: for anyone else (the filer's supervisors included) it answers 404, as for one that does not exist. A reviewer's read is written to the access log.",
      request: { params: DissentParamSchema },
      responses: {
        200: { description: 'The dissent.', content: { 'application/json': { schema: DissentSchema } } },
      },
    }),
    handler: async (c) => {
      const { dissentId } = c.req.valid('param');
      const purpose = statedPurpose(c.req.header(PURPOSE_HEADER));
      const record = unwrap(await getDissent(app, c.get('viewer')!.id, dissentId, purpose));
      return c.json(presentDissent(record, app.now()), 200);
    },
  });
