// The determination: positive or negative, under this screening's own standard (the only one offered, shown with
// its source), with reasoning. The server signs it with the officer's key.
import { Button, Fieldset, Form, Radio, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';

export function DeterminationForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const common = useTranslation().t;
  const act = useAct(onDone);
  const [result, setResult] = useState<'positive' | 'negative' | null>(null);
  const [reasoning, setReasoning] = useState('');
  const [tried, setTried] = useState(false);
  const standard = screening.legalStandard;
  if (standard === null) return null;
  const resultMissing = tried && result === null;
  const reasoningMissing = tried && reasoning.trim() === '';
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (result === null || reasoning.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/determination', {
              params: { path: { screeningId: screening.id } },
              body: { result, standard: standard.standard, reasoning: reasoning.trim() },
            }),
          ),
        );
      }}
    >
      <h3>{t('decide.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Fieldset legend={t('decide.result')} className={resultMissing ? 'usa-form-group--error' : undefined}>
        {resultMissing && (
          <span className="usa-error-message" id="result-error">
            {t('required')}
          </span>
        )}
        {(['positive', 'negative'] as const).map((value) => (
          <Radio
            key={value}
            id={`result-${value}`}
            name="result"
            value={value}
            label={t(`decide.${value}`)}
            checked={result === value}
            onChange={() => setResult(value)}
            aria-describedby={resultMissing ? 'result-error' : undefined}
          />
        ))}
      </Fieldset>
      <p>
        <strong>{t('decide.standard')}:</strong> {common(`standard.${standard.standard}`)} ({standard.source})
      </p>
      <Field
        id="reasoning"
        label={t('decide.reasoning')}
        hint={t('decide.reasoningHint')}
        error={reasoningMissing ? t('required') : fieldProblem(act.problem, 'reasoning')}
      >
        <Textarea
          id="reasoning"
          name="reasoning"
          value={reasoning}
          onChange={(e) => setReasoning(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('decide.submit')}
      </Button>
    </Form>
  );
}
