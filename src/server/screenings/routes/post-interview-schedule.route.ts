// POST /api/v1/screenings/{screeningId}/interview-schedule: the assigned officer (or a supervisor) schedules the
// interview.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { scheduleInterview } from '../screening.service.ts';
import { InterviewScheduleSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Schedule the interview. */
export const postInterviewScheduleRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.schedule',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/interview-schedule',
      tags: ['Screenings'],
      summary: 'Schedule the interview',
      description:
        'The assigned officer, or a supervisor of the office, schedules (or reschedules) the interview. A credible-fear interview waits out the 48-hour consultation period after arrival at the detention site unless the person waived it (409 otherwise).',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: InterviewScheduleSchema } } },
      },
      responses: screeningResponse('The screening, scheduled.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await scheduleInterview(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
