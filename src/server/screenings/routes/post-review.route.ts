// POST /api/v1/screenings/{screeningId}/review: a supervisor concurs with the determination or returns it for rework.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { reviewDetermination } from '../screening.service.ts';
import { ReviewInputSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Review a determination. */
export const postReviewRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.review',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/review',
      tags: ['Screenings'],
      summary: 'Review a determination',
      description:
        'A supervisor of the office concurs with the determination or returns it for rework with a note. A supervisor never reviews a determination they made themselves (403).',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: ReviewInputSchema } } },
      },
      responses: screeningResponse('The screening, approved or back with its officer for rework.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await reviewDetermination(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
