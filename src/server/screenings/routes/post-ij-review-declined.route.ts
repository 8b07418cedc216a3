// POST /api/v1/screenings/{screeningId}/ij-review-declined: the office records that the person declined IJ review (or refused to say).
import { declineIjReview } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { IjReviewDeclinedSchema } from './screenings.schemas.ts';

/** Record that IJ review was declined. */
export const postIjReviewDeclinedRoute = screeningActRoute({
  segment: 'ij-review-declined',
  action: 'screening.ij_review',
  summary: 'Record that IJ review was declined',
  description:
    'The office records that the person declined IJ review of a served negative determination, or refused to say: a refusal counts as a request for credible fear and as declining for reasonable fear. There is no IJ review of an MPP determination (NO_IJ_REVIEW, 422).',
  body: IjReviewDeclinedSchema,
  responseDescription: "The screening, with the person's answer recorded.",
  act: declineIjReview,
});
