// POST /api/v1/proceedings/{proceedingId}/hearings/{hearingId}/attendance: whether the person appeared.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { recordAttendance } from '../court.service.ts';
import { HearingParamSchema, ProceedingSchema, RecordAttendanceSchema } from './court.schemas.ts';

/** Record attendance. */
export const postAttendanceRoute = (app: AppContext) =>
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
      path: '/api/v1/proceedings/{proceedingId}/hearings/{hearingId}/attendance',
      tags: ['Court'],
      summary: 'Record attendance at a hearing',
      description:
        'Records whether the person attended a hearing that has taken place (once), and why it was adjourned if it was. A missed hearing is what a removal order in absentia rests on.',
      request: {
        params: HearingParamSchema,
        body: { required: true, content: { 'application/json': { schema: RecordAttendanceSchema } } },
      },
      responses: {
        200: {
          description: 'The proceeding.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId, hearingId } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = unwrap(
        await recordAttendance(app, c.get('viewer')!.id, proceedingId, { hearingId, ...body }),
      );
      return c.json(presentProceeding(p), 200);
    },
  });
