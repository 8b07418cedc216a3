// Every namespace of strings, one per page or shared concern. A page's strings live beside the page.
import { signInMessages } from '../pages/sign-in.messages.ts';
import { queueMessages } from '../pages/queue.messages.ts';
import { screeningMessages } from '../pages/screening/screening.messages.ts';
import { actsMessages } from '../pages/screening/acts/acts.messages.ts';
import { dashboardMessages } from '../pages/dashboard/dashboard.messages.ts';
import { boardMessages } from '../pages/board/board.messages.ts';
import { dissentMessages } from '../pages/dissent/dissent.messages.ts';
import { adminMessages } from '../pages/admin/admin.messages.ts';
import { intakeMessages } from '../pages/cases/intake.messages.ts';
import { recordFormsMessages } from '../pages/cases/record-forms/record-forms.messages.ts';
import { caseFileMessages } from '../pages/cases/case-file.messages.ts';
import { courtMessages } from '../pages/court/court.messages.ts';
import { counselMessages } from '../pages/counsel/counsel.messages.ts';
import { recordMessages } from '../pages/record/record.messages.ts';
import { commonMessages } from './common.messages.ts';
import { errorMessages } from './error.messages.ts';

export const NAMESPACES = {
  common: commonMessages,
  errors: errorMessages,
  signIn: signInMessages,
  queue: queueMessages,
  screening: screeningMessages,
  acts: actsMessages,
  dashboard: dashboardMessages,
  board: boardMessages,
  dissent: dissentMessages,
  admin: adminMessages,
  intake: intakeMessages,
  recordForms: recordFormsMessages,
  caseFile: caseFileMessages,
  court: courtMessages,
  counsel: counselMessages,
  record: recordMessages,
} as const;
