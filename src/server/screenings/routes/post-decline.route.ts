// POST /api/v1/screenings/{screeningId}/decline: the assigned officer declines the screening on grounds of conscience.
import { declineScreening } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { ReasonSchema } from './screenings.schemas.ts';

/** Decline an assignment on grounds of conscience. */
export const postDeclineRoute = screeningActRoute({
  segment: 'decline',
  action: 'screening.work',
  summary: 'Decline an assignment on grounds of conscience',
  description:
    "The assigned officer declines the screening with a reason. It goes back to the office's unassigned queue at once, with its deadlines, and is never assigned to this officer again. The reason is visible to this officer and the office's supervisors only.",
  body: ReasonSchema,
  responseDescription: "The screening, back in the office's unassigned queue.",
  act: (app, actorId, screeningId, body) => declineScreening(app, actorId, screeningId, body.reason),
});
