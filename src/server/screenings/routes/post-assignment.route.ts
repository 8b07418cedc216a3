// POST /api/v1/screenings/{screeningId}/assignment: assign the screening to an officer of the supervisor's office, or reassign it.
import { assignScreening } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { AssignmentSchema } from './screenings.schemas.ts';

/** Assign or reassign a screening. */
export const postAssignmentRoute = screeningActRoute({
  segment: 'assignment',
  action: 'screening.assign',
  summary: 'Assign or reassign a screening',
  description:
    "Assigns the screening to an asylum officer of the supervisor's own office, or reassigns it (the previous officer is recorded in the signed event). Never to an officer who declined this screening, or who declined its whole category, on grounds of conscience (409). Only before the determination.",
  body: AssignmentSchema,
  responseDescription: 'The screening, assigned.',
  act: (app, actorId, screeningId, body) => assignScreening(app, actorId, screeningId, body.officerId),
});
