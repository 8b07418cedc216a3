// POST /api/v1/screenings/{screeningId}/interview-schedule: the assigned officer (or a supervisor) schedules the
// interview.
import { scheduleInterview } from '../screening.service.ts';
import { screeningActRoute } from './screening-act-route.ts';
import { InterviewScheduleSchema } from './screenings.schemas.ts';

/** Schedule the interview. */
export const postInterviewScheduleRoute = screeningActRoute({
  segment: 'interview-schedule',
  action: 'screening.schedule',
  summary: 'Schedule the interview',
  description:
    'The assigned officer, or a supervisor of the office, schedules (or reschedules) the interview. A credible-fear interview waits out the 48-hour consultation period after arrival at the detention site unless the person waived it (409 otherwise).',
  body: InterviewScheduleSchema,
  responseDescription: 'The screening, scheduled.',
  act: scheduleInterview,
});
