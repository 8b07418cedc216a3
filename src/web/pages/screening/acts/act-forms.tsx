// The form for each act the API offers this viewer on this screening (its `allowedActions`), and nothing else:
// the page never offers an act the server would refuse. Acts without a form here are listed for completeness.
import type { ComponentType } from 'react';
import type { ActFormProps, ScreeningRecord } from './act-form-props.ts';
import { DeclineForm } from './decline-form.tsx';
import { DeterminationForm } from './determination-form.tsx';
import { ReviewForm } from './review-form.tsx';

type Action = ScreeningRecord['allowedActions'][number];

/** Each act's form, in the order a page shows them. */
export const ACT_FORMS: Partial<Record<Action, ComponentType<ActFormProps>>> = {
  decide: DeterminationForm,
  review: ReviewForm,
  decline: DeclineForm,
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
