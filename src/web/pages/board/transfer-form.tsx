// Transfer a case to another office, with the reason the record keeps; its open screenings go to that office's
// queue, unassigned.
import { Button, Form, Textarea, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';

export function TransferForm({ caseId, idPrefix, onDone }: { caseId: string; idPrefix: string; onDone: () => void }) {
  const { t } = useTranslation('board');
  const acts = useTranslation('acts').t;
  const act = useAct(onDone);
  const [office, setOffice] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (office.trim() === '' || reason.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/cases/{caseId}/transfer', {
              params: { path: { caseId } },
              body: { office: office.trim().toUpperCase(), reason: reason.trim() },
            }),
          ),
        );
      }}
    >
      <h4>{t('transfer.title')}</h4>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field
        id={`${idPrefix}-office`}
        label={t('transfer.office')}
        hint={t('transfer.officeHint')}
        error={tried && office.trim() === '' ? acts('required') : fieldProblem(act.problem, 'office')}
      >
        <TextInput
          id={`${idPrefix}-office`}
          name="office"
          type="text"
          className="width-card"
          value={office}
          onChange={(e) => setOffice(e.target.value)}
        />
      </Field>
      <Field
        id={`${idPrefix}-reason`}
        label={t('transfer.reason')}
        error={tried && reason.trim() === '' ? acts('required') : fieldProblem(act.problem, 'reason')}
      >
        <Textarea id={`${idPrefix}-reason`} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button type="submit" secondary disabled={act.working}>
        {act.working ? acts('working') : t('transfer.submit')}
      </Button>
    </Form>
  );
}
