// Supervisory review: concur, or return with a comment (required to return).
import { Button, Fieldset, Form, Radio, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';

export function ReviewForm({ screening, onDone }: ActFormProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [outcome, setOutcome] = useState<'concur' | 'return'>('concur');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteMissing = tried && outcome === 'return' && note.trim() === '';
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (outcome === 'return' && note.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/screenings/{screeningId}/review', {
              params: { path: { screeningId: screening.id } },
              body: { outcome, note: note.trim() },
            }),
          ),
        );
      }}
    >
      <h3>{t('review.title')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Fieldset legend={t('review.outcome')}>
        {(['concur', 'return'] as const).map((value) => (
          <Radio
            key={value}
            id={`review-${value}`}
            name="outcome"
            value={value}
            label={t(`review.${value}`)}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          />
        ))}
      </Fieldset>
      <Field
        id="review-note"
        label={t('review.note')}
        hint={t('review.noteHint')}
        error={noteMissing ? t('required') : fieldProblem(act.problem, 'note')}
      >
        <Textarea id="review-note" name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('review.submit')}
      </Button>
    </Form>
  );
}
