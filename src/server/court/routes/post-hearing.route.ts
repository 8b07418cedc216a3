// POST /api/v1/proceedings/{proceedingId}/hearings: the court schedules a hearing.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentProceeding } from '../court.presenter.ts';
import { scheduleHearing } from '../court.service.ts';
import { ProceedingParamSchema, ProceedingSchema, ScheduleHearingSchema } from './court.schemas.ts';

/** Schedule a hearing. */
export const postHearingRoute = (app: AppContext) =>
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
      path: '/api/v1/proceedings/{proceedingId}/hearings',
      tags: ['Court'],
      summary: 'Schedule a hearing',
      description:
        'Schedules a master or individual calendar hearing on an open proceeding, not before it opened; the date may be in the future.',
      request: {
        params: ProceedingParamSchema,
        body: { required: true, content: { 'application/json': { schema: ScheduleHearingSchema } } },
      },
      responses: {
        201: {
          description: 'The proceeding with the new hearing last.',
          content: { 'application/json': { schema: ProceedingSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { proceedingId } = c.req.valid('param');
      const body = c.req.valid('json');
      const p = unwrap(await scheduleHearing(app, c.get('viewer')!.id, proceedingId, body));
      return c.json(presentProceeding(p), 201);
    },
  });
