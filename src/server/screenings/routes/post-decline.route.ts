// POST /api/v1/screenings/{screeningId}/decline: the assigned officer declines the screening on grounds of conscience.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { declineScreening } from '../screening.service.ts';
import { ReasonSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Decline an assignment on grounds of conscience. */
export const postDeclineRoute = (app: AppContext) =>
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
      path: '/api/v1/screenings/{screeningId}/decline',
      tags: ['Screenings'],
      summary: 'Decline an assignment on grounds of conscience',
      description:
        "The assigned officer declines the screening with a reason. It goes back to the office's unassigned queue at once, with its deadlines, and is never assigned to this officer again. The reason is visible to this officer and the office's supervisors only.",
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: ReasonSchema } } },
      },
      responses: screeningResponse("The screening, back in the office's unassigned queue."),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await declineScreening(app, viewer.id, screeningId, body.reason));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
