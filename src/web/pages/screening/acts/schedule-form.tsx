// Schedule (or move) the interview; for credible fear, whether the person waived the 48-hour consultation period.
import { Button, Checkbox, Form } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';
import { toInstant, toLocalInput, WhenField } from './when-field.tsx';

export function ScheduleForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [at, setAt] = useState(toLocalInput(screening.interviewAt));
  const [waived, setWaived] = useState(screening.consultationWaived);
  const [tried, setTried] = useState(false);
  const isCredibleFear = screening.kind === 'credible_fear';
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const interviewAt = toInstant(at);
        if (interviewAt === null) return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/interview-schedule', {
              params: { path: { screeningId: screening.id } },
              body: isCredibleFear ? { interviewAt, consultationWaived: waived } : { interviewAt },
            }),
          ),
        );
      }}
    >
      <h3>{t('schedule.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <WhenField
        id="schedule-at"
        label={t('schedule.at')}
        value={at}
        onChange={setAt}
        error={tried && toInstant(at) === null ? t('required') : fieldProblem(act.problem, 'interviewAt')}
      />
      {isCredibleFear && (
        <Checkbox
          id="schedule-waived"
          name="consultationWaived"
          label={t('schedule.waived')}
          checked={waived}
          onChange={(e) => setWaived(e.target.checked)}
        />
      )}
      <Button type="submit" disabled={act.working} className="margin-top-2">
        {act.working ? t('working') : t('schedule.submit')}
      </Button>
    </Form>
  );
}
