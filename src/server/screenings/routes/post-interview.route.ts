// POST /api/v1/screenings/{screeningId}/interview: the assigned officer records the interview and its testimony elements.
import { recordInterview } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { InterviewSchema } from './screenings.schemas.ts';

/** Record the interview. */
export const postInterviewRoute = screeningActRoute({
  segment: 'interview',
  action: 'screening.work',
  summary: 'Record the interview',
  description:
    'The assigned officer records the interview as held and its testimony elements: whom the person fears, harm already suffered and where, the protected grounds claimed, whether torture is claimed, the language and interpreter, and whether counsel was present.',
  body: InterviewSchema,
  responseDescription: 'The screening, interviewed.',
  act: recordInterview,
});
