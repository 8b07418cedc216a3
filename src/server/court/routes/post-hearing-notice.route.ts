// POST /api/v1/proceedings/{proceedingId}/hearings/{hearingId}/notices: the court serves notice of a hearing.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentHearingNotice } from '../court.presenter.ts';
import { serveHearingNotice } from '../hearing-notice.service.ts';
import { HearingParamSchema, ServedHearingNoticeSchema, ServeHearingNoticeSchema } from './court.schemas.ts';

/** Serve a hearing notice. */
export const postHearingNoticeRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'proceeding',
      param: 'proceedingId',
      action: 'case.court',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/proceedings/{proceedingId}/hearings/{hearingId}/notices',
      tags: ['Court'],
      summary: 'Serve notice of a hearing',
      description:
        'Records that the court served the person notice of a hearing of an open proceeding, before the hearing: in person, by mail or electronically, at an address or without one. A notice served without an address raises a consistency flag for supervisory attention. The notice is listed on the case for the court, the office and counsel of record.',
      request: {
        params: HearingParamSchema,
        body: { required: true, content: { 'application/json': { schema: ServeHearingNoticeSchema } } },
      },
      responses: {
        201: {
          description: 'The notice, and the flag it raised if it had no address.',
          content: { 'application/json': { schema: ServedHearingNoticeSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId, hearingId } = c.req.valid('param');
      const body = c.req.valid('json');
      const served = unwrap(
        await serveHearingNotice(app, c.get('viewer')!.id, proceedingId, { hearingId, ...body }),
      );
      return c.json({ notice: presentHearingNotice(served), flagId: served.flagId }, 201);
    },
  });
