// POST /api/v1/screenings/{screeningId}/determination: the assigned officer decides under the screening's legal standard.
import { decideScreening } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { DeterminationSchema } from './screenings.schemas.ts';

/** Record the determination. */
export const postDeterminationRoute = screeningActRoute({
  segment: 'determination',
  action: 'screening.work',
  summary: 'Record the determination',
  description:
    "The assigned officer decides, positive or negative, under the screening's legal standard, with reasoning; the signed event carries the officer's signature. A standard other than the screening's is refused with LEGAL_STANDARD_MISMATCH (422). A negative MPP determination where the testimony records harm already suffered in Mexico raises a consistency flag.",
  body: DeterminationSchema,
  responseDescription: 'The screening, decided and awaiting supervisory review.',
  act: decideScreening,
});
