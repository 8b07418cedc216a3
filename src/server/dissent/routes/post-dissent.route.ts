// POST /api/v1/dissents: an officer or supervisor files a policy dissent, with up to three attachments.
import { createRoute } from '@hono/zod-openapi';
import { DISSENT_FILER_ROLES } from '../../../domain/dissent/dissent.ts';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentDissent } from '../dissent.presenter.ts';
import { fileDissent } from '../dissent.service.ts';
import { DISSENT_BODY_LIMIT_BYTES, DissentSchema, NewDissentSchema } from './dissent.schemas.ts';

/** File a dissent. */
export const postDissentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: DISSENT_FILER_ROLES },
    bodyLimitBytes: DISSENT_BODY_LIMIT_BYTES,
    route: createRoute({
      method: 'post',
      path: '/api/v1/dissents',
      tags: ['Dissent'],
      summary: 'File a policy dissent',
      description:
        "Disagreement in writing with a named policy or guidance document (name up to 200 characters, text up to 20,000), with up to 3 attachments of up to 2 MiB each (base64). It goes to the designated dissent reviewers, not through the filer's supervisors, who never see it; the reviewers answer in writing within 60 days. Filing is a signed ledger event.",
      request: { body: { required: true, content: { 'application/json': { schema: NewDissentSchema } } } },
      responses: {
        201: {
          description: 'The dissent as filed.',
          content: { 'application/json': { schema: DissentSchema } },
        },
      },
    }),
    handler: async (c) => {
      const record = unwrap(await fileDissent(app, c.get('viewer')!.id, c.req.valid('json')));
      return c.json(presentDissent(record, app.now()), 201);
    },
  });
