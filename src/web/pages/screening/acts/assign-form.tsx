// Assign or reassign a screening: the officers of the supervisor's office, less those who declined it or its kind
// on grounds of conscience (the API says who, and refuses them) and the one assigned now. Used on the screening page
// and on the office board.
import { Alert, Button, Form, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { Field } from '../../../components/field.tsx';
import { LoadedView } from '../../../components/loaded.tsx';
import { fieldProblem, ProblemAlert } from '../../../components/problem-alert.tsx';
import { useAct } from '../../../components/use-act.ts';
import type { ActFormProps } from './act-form-props.ts';

interface AssignProps {
  screeningId: string;
  /** The officer assigned now, if any. */
  officerId: string | null;
  onDone: () => void;
  /** Heading level: h3 on the screening page, h4 inside a board row. */
  headingLevel?: 'h3' | 'h4';
}

export function AssignScreening({ screeningId, officerId, onDone, headingLevel = 'h3' }: AssignProps) {
  const { t } = useTranslation('acts');
  const act = useAct(onDone);
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const [officers] = useApi(
    () => unwrap(api.GET('/api/v1/office/officers', { params: { query: { screeningId } } })),
    [screeningId],
  );
  const Heading = headingLevel;
  const id = `assign-${screeningId}`;
  return (
    <LoadedView loaded={officers}>
      {({ items }) => {
        const offered = items.filter((o) => o.hasDeclined !== true && o.id !== officerId);
        return (
          <Form
            noValidate
            className="maxw-tablet"
            onSubmit={(e) => {
              e.preventDefault();
              setMissing(chosen === '');
              if (chosen === '') return;
              void act.run(() =>
                unwrap(
                  api.POST('/api/v1/screenings/{screeningId}/assignment', {
                    params: { path: { screeningId } },
                    body: { officerId: chosen },
                  }),
                ),
              );
            }}
          >
            <Heading>{officerId === null ? t('assign.title') : t('assign.reassignTitle')}</Heading>
            {act.problem && <ProblemAlert problem={act.problem} />}
            {offered.length === 0 ? (
              <Alert type="warning" headingLevel="h4" slim>
                {t('assign.noneLeft')}
              </Alert>
            ) : (
              <>
                <Field
                  id={id}
                  label={t('assign.officer')}
                  hint={t('assign.hint')}
                  error={missing ? t('required') : fieldProblem(act.problem, 'officerId')}
                >
                  <Select id={id} name="officerId" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                    <option value="">{t('assign.choose')}</option>
                    {offered.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button type="submit" disabled={act.working}>
                  {act.working ? t('working') : t('assign.submit')}
                </Button>
              </>
            )}
          </Form>
        );
      }}
    </LoadedView>
  );
}

/** The assign act on the screening page. */
export const AssignForm = ({ screening, onDone }: ActFormProps) => (
  <AssignScreening screeningId={screening.id} officerId={screening.officerId} onDone={onDone} />
);
