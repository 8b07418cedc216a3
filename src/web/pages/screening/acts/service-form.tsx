// After service: service on the person, and the person's answer on review by an immigration judge (asked for, or
// declined or refused to say). Each asks when.
import { Button, Checkbox, Form, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';
import { toInstant, WhenField } from './when-field.tsx';

export function ServeForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [at, setAt] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const instant = toInstant(at);
        if (instant === null) return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/service', {
              params: { path: { screeningId: screening.id } },
              body: { at: instant },
            }),
          ),
        );
      }}
    >
      <h3>{t('serve.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <WhenField
        id="serve-at"
        label={t('serve.at')}
        value={at}
        onChange={setAt}
        error={tried && toInstant(at) === null ? t('required') : fieldProblem(act.problem, 'at')}
      />
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('serve.submit')}
      </Button>
    </Form>
  );
}

export function IjReviewRequestForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [at, setAt] = useState('');
  const [court, setCourt] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const instant = toInstant(at);
        if (instant === null) return;
        const code = court.trim().toUpperCase();
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/ij-review-request', {
              params: { path: { screeningId: screening.id } },
              body: code === '' ? { at: instant } : { at: instant, court: code },
            }),
          ),
        );
      }}
    >
      <h3>{t('ijRequest.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <WhenField
        id="ij-request-at"
        label={t('ijRequest.at')}
        value={at}
        onChange={setAt}
        error={tried && toInstant(at) === null ? t('required') : fieldProblem(act.problem, 'at')}
      />
      <Field
        id="ij-request-court"
        label={t('ijRequest.court')}
        hint={t('ijRequest.courtHint')}
        error={fieldProblem(act.problem, 'court')}
      >
        <TextInput
          id="ij-request-court"
          name="court"
          type="text"
          maxLength={3}
          className="width-card"
          value={court}
          onChange={(e) => setCourt(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('ijRequest.submit')}
      </Button>
    </Form>
  );
}

export function IjReviewDeclinedForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [at, setAt] = useState('');
  const [refused, setRefused] = useState(false);
  const [tried, setTried] = useState(false);
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const instant = toInstant(at);
        if (instant === null) return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/ij-review-declined', {
              params: { path: { screeningId: screening.id } },
              body: { at: instant, refusedToIndicate: refused },
            }),
          ),
        );
      }}
    >
      <h3>{t('ijDecline.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <WhenField
        id="ij-decline-at"
        label={t('ijDecline.at')}
        value={at}
        onChange={setAt}
        error={tried && toInstant(at) === null ? t('required') : fieldProblem(act.problem, 'at')}
      />
      <Checkbox
        id="ij-decline-refused"
        name="refusedToIndicate"
        label={t('ijDecline.refused')}
        checked={refused}
        onChange={(e) => setRefused(e.target.checked)}
      />
      <Button type="submit" disabled={act.working} className="margin-top-2">
        {act.working ? t('working') : t('ijDecline.submit')}
      </Button>
    </Form>
  );
}
