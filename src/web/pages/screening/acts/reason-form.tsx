// The acts whose only input is a reason the record keeps: dissolve and reconsider.
import { Button, Form, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';

type ReasonAct = 'dissolve' | 'reconsider';
const SEGMENT = {
  dissolve: '/api/v1/screenings/{screeningId}/dissolution',
  reconsider: '/api/v1/screenings/{screeningId}/reconsideration',
} as const;

function ReasonForm({ screening, onDone, act: name }: ActFormProps & { act: ReasonAct }) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `${name}-reason`;
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(reason.trim() === '');
        if (reason.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST(SEGMENT[name], {
              params: { path: { screeningId: screening.id } },
              body: { reason: reason.trim() },
            }),
          ),
        );
      }}
    >
      <h3>{t(`${name}.title`)}</h3>
      <p>{t(`${name}.intro`)}</p>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field
        id={id}
        label={t(`${name}.reason`)}
        error={missing ? t('required') : fieldProblem(act.problem, 'reason')}
      >
        <Textarea id={id} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button type="submit" secondary={name === 'dissolve'} disabled={act.working}>
        {act.working ? t('working') : t(`${name}.submit`)}
      </Button>
    </Form>
  );
}

export const DissolveForm = (props: ActFormProps) => <ReasonForm {...props} act="dissolve" />;
export const ReconsiderForm = (props: ActFormProps) => <ReasonForm {...props} act="reconsider" />;
