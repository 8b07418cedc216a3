// POST /api/v1/screenings/{screeningId}/review: a supervisor concurs with the determination or returns it for rework.
import { reviewDetermination } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { ReviewInputSchema } from './screenings.schemas.ts';

/** Review a determination. */
export const postReviewRoute = screeningActRoute({
  segment: 'review',
  action: 'screening.review',
  summary: 'Review a determination',
  description:
    'A supervisor of the office concurs with the determination or returns it for rework with a note. A supervisor never reviews a determination they made themselves (403).',
  body: ReviewInputSchema,
  responseDescription: 'The screening, approved or back with its officer for rework.',
  act: reviewDetermination,
});
