// One act's form: its values, the check before sending (messages beside the fields), the request, the server's
// field messages mapped onto the same fields, and the refusal in the reader's language above the form.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct, type Act } from '../../../components/use-act.ts';
import { serverFieldErrors, type FieldErrors } from './record-values.ts';

export interface RecordFormState<V> {
  values: V;
  setValues: (values: V) => void;
  errors: FieldErrors;
  act: Act;
  submit: (event: FormEvent) => void;
}

/** `fields` maps the request's field paths to the form's. After a success the form empties and `onDone` runs. */
export function useRecordForm<V>(
  initial: V,
  check: (values: V) => FieldErrors,
  send: (values: V) => Promise<unknown>,
  fields: Record<string, string>,
  onDone: () => void,
): RecordFormState<V> {
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<FieldErrors>({});
  const act = useAct(() => {
    setValues(initial);
    onDone();
  });
  const errors = { ...serverFieldErrors(act.problem, fields), ...checked };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    setChecked(found);
    if (Object.keys(found).length === 0) void act.run(() => send(values));
  };
  return { values, setValues, errors, act, submit };
}

/** The frame of one act's form: a heading, the refusal, the fields and the button. */
export function RecordForm<V>({ name, title, submitLabel, state, children }: {
  name: string;
  title: string;
  submitLabel: string;
  state: RecordFormState<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation('caseFile');
  return (
    <section className="margin-y-4 border-top-1px border-base-lighter" data-act={name} aria-labelledby={`${name}-heading`}>
      <h3 id={`${name}-heading`}>{title}</h3>
      {state.act.problem && <ProblemAlert problem={state.act.problem} />}
      <Form onSubmit={state.submit} noValidate large>
        {children}
        <Button type="submit" className="margin-top-3" disabled={state.act.working}>
          {state.act.working ? t('working') : submitLabel}
        </Button>
      </Form>
    </section>
  );
}
