// POST /api/v1/screenings/{screeningId}/service: the approved determination is served on the person.
import { serveDetermination } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { ServiceSchema } from './screenings.schemas.ts';

/** Record service of the determination. */
export const postServiceRoute = screeningActRoute({
  segment: 'service',
  action: 'screening.serve',
  summary: 'Record service of the determination',
  description:
    "The assigned officer, or the office's supervisor or intake, records that the approved determination was served on the person. A served positive MPP determination disenrols the case from MPP.",
  body: ServiceSchema,
  responseDescription: 'The screening, served.',
  act: serveDetermination,
});
