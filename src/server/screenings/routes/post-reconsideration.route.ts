// POST /api/v1/screenings/{screeningId}/reconsideration: a supervisor reopens a served negative for a new determination.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { reconsiderScreening } from '../screening.service.ts';
import { ReasonSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Reconsider a negative determination. */
export const postReconsiderationRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.assign',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/reconsideration',
      tags: ['Screenings'],
      summary: 'Reconsider a negative determination',
      description:
        'A supervisor reopens a served negative determination for a new one, with a reason; the earlier determination stays on the record.',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: ReasonSchema } } },
      },
      responses: screeningResponse('The screening, reopened for a new determination.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await reconsiderScreening(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
