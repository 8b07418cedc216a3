// POST /api/v1/screenings/{screeningId}/ij-review-request: the office records the person's request for IJ review.
import { requestIjReview } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { IjReviewRequestSchema } from './screenings.schemas.ts';

/** Record a request for IJ review. */
export const postIjReviewRequestRoute = screeningActRoute({
  segment: 'ij-review-request',
  action: 'screening.ij_review',
  summary: 'Record a request for IJ review',
  description:
    'The office records that the person asked an immigration judge to review a served negative credible- or reasonable-fear determination, optionally naming the reviewing court. There is no IJ review of an MPP determination (NO_IJ_REVIEW, 422).',
  body: IjReviewRequestSchema,
  responseDescription: 'The screening, with the review requested.',
  act: requestIjReview,
});
