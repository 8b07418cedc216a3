// Intake at /encounters/new: one form for the person, the encounter and its pathway, MPP enrolment or exemption,
// the return to Mexico and a fear claim with its referral. Checked here first (each message beside its field),
// then sent as the API's acts in order; on success the case file opens. If a later act is refused, the page says
// what was recorded and what was not, with a link to finish on the case page: nothing typed is lost.
import { Alert, Button, Checkbox, Fieldset, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { RadioGroup } from '../../components/inputs.tsx';
import { submitIntake, STEP_FIELDS, type IntakeOutcome, type IntakeValues } from './intake-submit.ts';
import {
  EncounterFields,
  EnrolmentFields,
  ExemptionFields,
  FearClaimFields,
  PersonFields,
  ReturnFields,
  useErrorText,
} from './record-forms/record-fields.tsx';
import {
  checkEncounter,
  checkEnrolment,
  checkExemption,
  checkFearClaim,
  checkPerson,
  checkReturn,
  emptyEncounter,
  emptyEnrolment,
  emptyExemption,
  emptyFearClaim,
  emptyPerson,
  emptyReturn,
  serverFieldErrors,
  type FieldErrors,
} from './record-forms/record-values.ts';

type Group = 'person' | 'encounter' | 'mpp' | 'enrolment' | 'exemption' | 'returned' | 'fear';
type GroupErrors = Partial<Record<Group, FieldErrors>>;

const INITIAL: IntakeValues = {
  person: emptyPerson,
  encounter: emptyEncounter,
  mppChoice: '',
  enrolment: emptyEnrolment,
  exemption: emptyExemption,
  isReturned: false,
  returned: emptyReturn,
  isFearClaimed: false,
  fear: emptyFearClaim,
};

/** Every client-side problem of the form, group by group. */
function checkIntake(v: IntakeValues): GroupErrors {
  const isMpp = v.encounter.track === 'mpp';
  return {
    person: checkPerson(v.person),
    encounter: checkEncounter(v.encounter),
    mpp: isMpp && v.mppChoice === '' ? { choice: { check: 'required' } } : {},
    enrolment: isMpp && v.mppChoice === 'enrol' ? checkEnrolment(v.enrolment) : {},
    exemption: isMpp && v.mppChoice === 'exempt' ? checkExemption(v.exemption, false) : {},
    returned: isMpp && v.isReturned ? checkReturn(v.returned) : {},
    fear: v.isFearClaimed ? checkFearClaim(v.fear) : {},
  };
}

const hasErrors = (errors: GroupErrors) => Object.values(errors).some((g) => g && Object.keys(g).length > 0);

/** The server's field messages of a refused act, as the groups' fields. */
function refusalErrors(outcome: IntakeOutcome): GroupErrors {
  if (!outcome.refused) return {};
  const byForm = serverFieldErrors(outcome.refused.problem, STEP_FIELDS[outcome.refused.step]);
  const errors: GroupErrors = {};
  for (const [path, error] of Object.entries(byForm)) {
    const [group, field] = path.split('.') as [Group, string];
    errors[group] = { ...errors[group], [field]: error! };
  }
  return errors;
}

export function IntakePage() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const [values, setValues] = useState<IntakeValues>(INITIAL);
  const [errors, setErrors] = useState<GroupErrors>({});
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);
  const [working, setWorking] = useState(false);
  const set = <K extends keyof IntakeValues>(key: K) => (value: IntakeValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const mppErrorOf = useErrorText(errors.mpp ?? {});
  const isMpp = values.encounter.track === 'mpp';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkIntake(values);
    setErrors(found);
    setOutcome(null);
    if (hasErrors(found)) {
      // Focus the first field with a message, so the keyboard and the screen reader start where the work is.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], .usa-form-group--error input')?.focus());
      return;
    }
    setWorking(true);
    const result = await submitIntake(values);
    setWorking(false);
    if (result.refused === null && result.caseId) {
      await navigate(`/cases/${result.caseId}`);
      return;
    }
    setOutcome(result);
    setErrors(refusalErrors(result));
  };

  if (outcome?.caseId) return <PartlyRecorded outcome={outcome} />;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {hasErrors(errors) && !outcome && (
        <Alert type="error" headingLevel="h2" heading={t('checkHeading')} role="alert" slim>
          {t('checkBody')}
        </Alert>
      )}
      {outcome?.refused && <ProblemAlert problem={outcome.refused.problem} />}
      <Form onSubmit={(e) => void submit(e)} noValidate large>
        <PersonFields idPrefix="" values={values.person} onChange={set('person')} errors={errors.person ?? {}} />
        <EncounterFields idPrefix="" values={values.encounter} onChange={set('encounter')} errors={errors.encounter ?? {}} />
        {isMpp && (
          <Fieldset legend={t('mpp')} legendStyle="large">
            <RadioGroup
              id="mpp-choice"
              legend={t('mppChoice')}
              options={(['enrol', 'exempt', 'later'] as const).map((value) => ({ value, label: t(`mppChoices.${value}`) }))}
              value={values.mppChoice}
              onChange={set('mppChoice')}
              error={mppErrorOf('choice')}
            />
            {values.mppChoice === 'enrol' && (
              <EnrolmentFields idPrefix="" values={values.enrolment} onChange={set('enrolment')} errors={errors.enrolment ?? {}} />
            )}
            {values.mppChoice === 'exempt' && (
              <ExemptionFields
                idPrefix=""
                values={values.exemption}
                onChange={set('exemption')}
                errors={errors.exemption ?? {}}
                onDate={values.encounter.date}
                withWhen={false}
              />
            )}
            <Checkbox
              id="returned"
              name="returned"
              className="margin-top-3"
              label={t('isReturned')}
              checked={values.isReturned}
              onChange={(e) => set('isReturned')(e.target.checked)}
            />
            {values.isReturned && (
              <ReturnFields idPrefix="" values={values.returned} onChange={set('returned')} errors={errors.returned ?? {}} />
            )}
          </Fieldset>
        )}
        <Fieldset legend={t('fear')} legendStyle="large">
          <Checkbox
            id="fear-claimed"
            name="fear-claimed"
            label={t('isFearClaimed')}
            checked={values.isFearClaimed}
            onChange={(e) => set('isFearClaimed')(e.target.checked)}
          />
          {values.isFearClaimed && <FearClaimFields idPrefix="" values={values.fear} onChange={set('fear')} errors={errors.fear ?? {}} />}
        </Fieldset>
        <Button type="submit" className="margin-top-4" disabled={working}>
          {working ? t('working') : t('submit')}
        </Button>
      </Form>
    </>
  );
}

/** Some acts recorded, one refused: what is on the record, what is not, and where to finish. */
function PartlyRecorded({ outcome }: { outcome: IntakeOutcome }) {
  const { t } = useTranslation('intake');
  return (
    <>
      <h1>{t('partlyTitle')}</h1>
      {outcome.refused && <ProblemAlert problem={outcome.refused.problem} />}
      <div data-intake-outcome="partial">
        <h2>{t('recordedHeading')}</h2>
        <ul>
          {outcome.recorded.map((step) => (
            <li key={step} data-recorded={step}>
              {t(`steps.${step}`)}
            </li>
          ))}
        </ul>
        <h2>{t('notRecordedHeading')}</h2>
        <ul>
          {outcome.refused && (
            <li data-refused={outcome.refused.step}>{t('refusedStep', { step: t(`steps.${outcome.refused.step}`) })}</li>
          )}
          {outcome.notTried.map((step) => (
            <li key={step} data-not-tried={step}>
              {t('notTriedStep', { step: t(`steps.${step}`) })}
            </li>
          ))}
        </ul>
        <p>{t('finishOnCase')}</p>
        <Link className="usa-button" to={`/cases/${outcome.caseId}`}>
          {t('openCase')}
        </Link>
      </div>
    </>
  );
}
