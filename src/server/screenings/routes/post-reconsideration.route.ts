// POST /api/v1/screenings/{screeningId}/reconsideration: a supervisor reopens a served negative for a new determination.
import { reconsiderScreening } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { ReasonSchema } from './screenings.schemas.ts';

/** Reconsider a negative determination. */
export const postReconsiderationRoute = screeningActRoute({
  segment: 'reconsideration',
  action: 'screening.assign',
  summary: 'Reconsider a negative determination',
  description:
    'A supervisor reopens a served negative determination for a new one, with a reason; the earlier determination stays on the record.',
  body: ReasonSchema,
  responseDescription: 'The screening, reopened for a new determination.',
  act: reconsiderScreening,
});
