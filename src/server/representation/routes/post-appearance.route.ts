// POST /api/v1/appearances: counsel files a notice of appearance (G-28 or EOIR-28) for an A-number, with the
// client's signed consent. The answer is the same whether or not the A-number has a case.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { fileAppearanceNotice } from '../appearance.service.ts';
import { presentOwnNotice } from '../representation.presenter.ts';
import { APPEARANCE_BODY_LIMIT, FileAppearanceSchema, OwnNoticeSchema } from './representation.schemas.ts';

/** File a notice of appearance. */
export const postAppearanceRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['counsel'] },
    bodyLimitBytes: APPEARANCE_BODY_LIMIT,
    route: createRoute({
      method: 'post',
      path: '/api/v1/appearances',
      tags: ['Representation'],
      summary: 'File a notice of appearance',
      description:
        "Files a G-28 (before the asylum office) or an EOIR-28 (before the immigration court) for the client's A-number, with the client's signed consent (PDF or image, at most 2 MiB). The notice is pending until the office's intake or a supervisor (G-28) or the court (EOIR-28) accepts it; from then on counsel sees the client's case. The answer is the same whether or not Refuge holds a case for the A-number: existence is confidential.",
      request: {
        body: { required: true, content: { 'application/json': { schema: FileAppearanceSchema } } },
      },
      responses: {
        202: {
          description: 'The notice, pending review.',
          content: { 'application/json': { schema: OwnNoticeSchema } },
        },
      },
    }),
    handler: async (c) => {
      const body = c.req.valid('json');
      const notice = unwrap(await fileAppearanceNotice(app, c.get('viewer')!.id, body));
      return c.json(presentOwnNotice(notice), 202);
    },
  });
