// Decline on grounds of conscience: a reason, required.
import { Button, Form, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';

export function DeclineForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(reason.trim() === '');
        if (reason.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/decline', {
              params: { path: { screeningId: screening.id } },
              body: { reason: reason.trim() },
            }),
          ),
        );
      }}
      noValidate
      className="maxw-tablet"
    >
      <h3>{t('decline.title')}</h3>
      <p>{t('decline.intro')}</p>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field
        id="decline-reason"
        label={t('decline.reason')}
        error={missing ? t('required') : fieldProblem(act.problem, 'reason')}
      >
        <Textarea
          id="decline-reason"
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <Button type="submit" secondary disabled={act.working}>
        {act.working ? t('working') : t('decline.submit')}
      </Button>
    </Form>
  );
}
