// The form for each act the API offers this viewer on this screening (its `allowedActions`), and nothing else:
// the page never offers an act the server would refuse. The judge's decision is the court's page's.
import type { ComponentType } from 'react';
import type { ActFormProps, ScreeningRecord } from './act-form-props.ts';
import { AssignForm } from './assign-form.tsx';
import { DeclineForm } from './decline-form.tsx';
import { DeterminationForm } from './determination-form.tsx';
import { InterviewForm } from './interview-form.tsx';
import { DissolveForm, ReconsiderForm } from './reason-form.tsx';
import { ReviewForm } from './review-form.tsx';
import { ScheduleForm } from './schedule-form.tsx';
import { IjReviewDeclinedForm, IjReviewRequestForm, ServeForm } from './service-form.tsx';

type Action = ScreeningRecord['allowedActions'][number];

/** Each act's form, in the order a page shows them. */
export const ACT_FORMS: Partial<Record<Action, ComponentType<ActFormProps>>> = {
  assign: AssignForm,
  schedule: ScheduleForm,
  interview: InterviewForm,
  decide: DeterminationForm,
  review: ReviewForm,
  serve: ServeForm,
  request_ij_review: IjReviewRequestForm,
  decline_ij_review: IjReviewDeclinedForm,
  reconsider: ReconsiderForm,
  decline: DeclineForm,
  dissolve: DissolveForm,
};

/** The forms of the acts allowed now. */
export function ActForms({ screening, onDone }: ActFormProps) {
  const offered = (Object.keys(ACT_FORMS) as Action[]).filter((a) => screening.allowedActions.includes(a));
  return (
    <>
      {offered.map((action) => {
        const Form = ACT_FORMS[action];
        return Form ? (
          <section key={action} className="margin-y-4" data-act={action}>
            <Form screening={screening} onDone={onDone} />
          </section>
        ) : null;
      })}
    </>
  );
}
