// POST /api/v1/screenings/{screeningId}/ij-review-request: the office records the person's request for IJ review.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { requestIjReview } from '../screening.service.ts';
import { IjReviewRequestSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Record a request for IJ review. */
export const postIjReviewRequestRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.ij_review',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/ij-review-request',
      tags: ['Screenings'],
      summary: 'Record a request for IJ review',
      description:
        'The office records that the person asked an immigration judge to review a served negative credible- or reasonable-fear determination, optionally naming the reviewing court. There is no IJ review of an MPP determination (NO_IJ_REVIEW, 422).',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: IjReviewRequestSchema } } },
      },
      responses: screeningResponse('The screening, with the review requested.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await requestIjReview(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
