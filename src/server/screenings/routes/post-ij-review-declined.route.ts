// POST /api/v1/screenings/{screeningId}/ij-review-declined: the office records that the person declined IJ review (or refused to say).
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { declineIjReview } from '../screening.service.ts';
import { IjReviewDeclinedSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Record that IJ review was declined. */
export const postIjReviewDeclinedRoute = (app: AppContext) =>
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
      path: '/api/v1/screenings/{screeningId}/ij-review-declined',
      tags: ['Screenings'],
      summary: 'Record that IJ review was declined',
      description:
        'The office records that the person declined IJ review of a served negative determination, or refused to say: a refusal counts as a request for credible fear and as declining for reasonable fear. There is no IJ review of an MPP determination (NO_IJ_REVIEW, 422).',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: IjReviewDeclinedSchema } } },
      },
      responses: screeningResponse("The screening, with the person's answer recorded."),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await declineIjReview(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
