// POST /api/v1/screenings/{screeningId}/ij-decision: the immigration judge affirms or vacates a negative credible-
// or reasonable-fear determination on review.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { recordIjDecision } from '../../screenings/screening.service.ts';
import { presentIjReview } from '../court.presenter.ts';
import { IjDecisionSchema, IjReviewSchema, ScreeningParamSchema } from './court.schemas.ts';

/** Decide an IJ review. */
export const postIjDecisionRoute = (app: AppContext) =>
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
      path: '/api/v1/screenings/{screeningId}/ij-decision',
      tags: ['Court'],
      summary: 'Decide an IJ review',
      description:
        'The judge of the court the review lies before decides it de novo: affirmed (the negative finding stands) or vacated (the case goes to proceedings). Only a screening whose review was requested, and not before the request.',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: IjDecisionSchema } } },
      },
      responses: {
        200: {
          description: 'The review, decided.',
          content: { 'application/json': { schema: IjReviewSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const screening = unwrap(await recordIjDecision(app, c.get('viewer')!.id, screeningId, body));
      return c.json(presentIjReview(screening), 200);
    },
  });
