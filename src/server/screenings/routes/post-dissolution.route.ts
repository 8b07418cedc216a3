// POST /api/v1/screenings/{screeningId}/dissolution: a supervisor dissolves a withdrawn screening.
import { dissolveScreening } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { ReasonSchema } from './screenings.schemas.ts';

/** Dissolve a screening. */
export const postDissolutionRoute = screeningActRoute({
  segment: 'dissolution',
  action: 'screening.assign',
  summary: 'Dissolve a screening',
  description:
    'A supervisor dissolves a screening whose claim was withdrawn, with a reason, before its determination is served.',
  body: ReasonSchema,
  responseDescription: 'The screening, dissolved.',
  act: dissolveScreening,
});
