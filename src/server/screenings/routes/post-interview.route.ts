// POST /api/v1/screenings/{screeningId}/interview: the assigned officer records the interview and its testimony elements.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { recordInterview } from '../screening.service.ts';
import { InterviewSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Record the interview. */
export const postInterviewRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.work',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/interview',
      tags: ['Screenings'],
      summary: 'Record the interview',
      description:
        'The assigned officer records the interview as held and its testimony elements: whom the person fears, harm already suffered and where, the protected grounds claimed, whether torture is claimed, the language and interpreter, and whether counsel was present.',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: InterviewSchema } } },
      },
      responses: screeningResponse('The screening, interviewed.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await recordInterview(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
