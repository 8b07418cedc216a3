// POST /api/v1/screenings/{screeningId}/ij-decision: the immigration judge affirms or vacates a negative credible-
// or reasonable-fear determination on review.
import { screeningActRoute } from '../../screenings/routes/screening-act-route.ts';
import { recordIjDecision } from '../../screenings/screening.service.ts';
import { presentIjReview } from '../court.presenter.ts';
import { IjDecisionSchema, IjReviewSchema } from './court.schemas.ts';

/** Decide an IJ review. */
export const postIjDecisionRoute = screeningActRoute({
  segment: 'ij-decision',
  action: 'screening.ij_review',
  // The judge's act: it belongs with the court's routes, and answers with the review, not the whole screening.
  tag: 'Court',
  summary: 'Decide an IJ review',
  description:
    'The judge of the court the review lies before decides it de novo: affirmed (the negative finding stands) or vacated (the case goes to proceedings). Only a screening whose review was requested, and not before the request.',
  body: IjDecisionSchema,
  responseDescription: 'The review, decided.',
  answer: { schema: IjReviewSchema, present: presentIjReview },
  act: recordIjDecision,
});
