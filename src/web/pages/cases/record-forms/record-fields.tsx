// The field groups of the case-record forms (the person, the encounter, MPP enrolment or exemption, a return, a
// fear claim, a harm report), each a fieldset with its legend and each field's message beside it. The intake page
// puts several in one form; the case page gives each act its own.
import { Checkbox, Fieldset, Textarea } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { Field } from '../../../components/field.tsx';
import { RadioGroup, SelectField, TextField } from '../../../components/inputs.tsx';
import type {
  EncounterValues,
  EnrolmentValues,
  ExemptionValues,
  FearClaimValues,
  FieldErrors,
  HarmValues,
  PersonValues,
  ReturnValues,
  Track,
} from './record-values.ts';
import { isCalendarDate } from './record-values.ts';

interface GroupProps<V> {
  /** Prefixes every id, so that two forms on one page never share one. */
  idPrefix: string;
  values: V;
  onChange: (values: V) => void;
  errors: FieldErrors;
}

/** A field's message in the reader's language: a check's sentence, or the server's words. */
export function useErrorText(errors: FieldErrors) {
  const { t } = useTranslation('recordForms');
  return (field: string): string | undefined => {
    const error = errors[field];
    if (error === undefined) return undefined;
    return 'check' in error ? t(`check.${error.check}`) : t('check.server', { message: error.message });
  };
}

/** The values with one field changed. */
const setter =
  <V,>(values: V, onChange: (values: V) => void) =>
  <K extends keyof V>(key: K) =>
  (value: V[K]) =>
    onChange({ ...values, [key]: value });

/** Date and time of day, side by side (the time in the reader's own zone). */
export function When({ id, dateLabel, timeLabel, date, time, onDate, onTime, errorOf, fields = ['date', 'time'] }: {
  id: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  onDate: (v: string) => void;
  onTime: (v: string) => void;
  errorOf: (field: string) => string | undefined;
  fields?: [string, string];
}) {
  const { t } = useTranslation('recordForms');
  return (
    <div className="grid-row grid-gap-2">
      <div className="mobile-lg:grid-col-6">
        <TextField id={`${id}-${fields[0]}`} label={dateLabel} hint={t('dateHint')} value={date} onChange={onDate} error={errorOf(fields[0])} />
      </div>
      <div className="mobile-lg:grid-col-6">
        <TextField id={`${id}-${fields[1]}`} label={timeLabel} hint={t('timeHint')} value={time} onChange={onTime} error={errorOf(fields[1])} />
      </div>
    </div>
  );
}

export function PersonFields({ idPrefix, values, onChange, errors }: GroupProps<PersonValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}person`;
  return (
    <Fieldset legend={t('person.legend')} legendStyle="large">
      <TextField id={`${id}-aNumber`} label={t('person.aNumber')} hint={t('person.aNumberHint')} value={values.aNumber} onChange={set('aNumber')} error={errorOf('aNumber')} />
      <TextField id={`${id}-familyName`} label={t('person.familyName')} value={values.familyName} onChange={set('familyName')} error={errorOf('familyName')} />
      <TextField id={`${id}-givenName`} label={t('person.givenName')} value={values.givenName} onChange={set('givenName')} error={errorOf('givenName')} />
      <TextField id={`${id}-nationality`} label={t('person.nationality')} hint={t('person.nationalityHint')} value={values.nationality} onChange={set('nationality')} error={errorOf('nationality')} />
      <TextField id={`${id}-birthDate`} label={t('person.birthDate')} hint={t('person.birthDateHint')} value={values.birthDate} onChange={set('birthDate')} error={errorOf('birthDate')} />
      <RadioGroup
        id={`${id}-sex`}
        legend={t('person.sex')}
        options={(['female', 'male', 'unknown'] as const).map((value) => ({ value, label: t(`person.sexes.${value}`) }))}
        value={values.sex as 'female' | ''}
        onChange={set('sex')}
        error={errorOf('sex')}
      />
    </Fieldset>
  );
}

const TRACK_ORDER: readonly Track[] = ['mpp', 'expedited_removal', 'reinstatement', 'administrative_removal'];

export function EncounterFields({ idPrefix, values, onChange, errors }: GroupProps<EncounterValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}encounter`;
  return (
    <Fieldset legend={t('encounter.legend')} legendStyle="large">
      <When id={id} dateLabel={t('encounter.date')} timeLabel={t('encounter.time')} date={values.date} time={values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
      <TextField id={`${id}-place`} label={t('encounter.place')} hint={t('encounter.placeHint')} value={values.place} onChange={set('place')} error={errorOf('place')} />
      <Checkbox
        id={`${id}-arrivedByLand`}
        name={`${id}-arrivedByLand`}
        className="margin-top-2"
        label={t('encounter.arrivedByLand')}
        checked={values.arrivedByLand}
        onChange={(e) => set('arrivedByLand')(e.target.checked)}
      />
      <RadioGroup
        id={`${id}-track`}
        legend={t('encounter.track')}
        options={TRACK_ORDER.map((value) => ({ value, label: t(`encounter.tracks.${value}`) }))}
        value={values.track}
        onChange={set('track')}
        error={errorOf('track')}
      />
    </Fieldset>
  );
}

export function EnrolmentFields({ idPrefix, values, onChange, errors }: GroupProps<EnrolmentValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}enrolment`;
  return (
    <>
      <When id={id} dateLabel={t('mpp.ntaDate')} timeLabel={t('mpp.ntaTime')} date={values.ntaDate} time={values.ntaTime} onDate={set('ntaDate')} onTime={set('ntaTime')} errorOf={errorOf} fields={['ntaDate', 'ntaTime']} />
      <TextField id={`${id}-firstHearingDate`} label={t('mpp.firstHearingDate')} hint={t('dateHint')} value={values.firstHearingDate} onChange={set('firstHearingDate')} error={errorOf('firstHearingDate')} />
      <TextField id={`${id}-hearingLocation`} label={t('mpp.hearingLocation')} hint={t('mpp.hearingLocationHint')} value={values.hearingLocation} onChange={set('hearingLocation')} error={errorOf('hearingLocation')} />
      <TextField id={`${id}-noticeAddress`} label={t('mpp.noticeAddress')} hint={t('mpp.noticeAddressHint')} value={values.noticeAddress} onChange={set('noticeAddress')} error={errorOf('noticeAddress')} />
      <TextField id={`${id}-overrideReason`} label={t('mpp.overrideReason')} hint={t('mpp.overrideReasonHint')} value={values.overrideReason} onChange={set('overrideReason')} error={errorOf('overrideReason')} />
    </>
  );
}

/** The exemption: its reason from the list of the MPP period of `onDate` (YYYY-MM-DD), and a note. With `withWhen`
 * the date and time of the exemption are asked here; otherwise the caller supplies them. */
export function ExemptionFields({ idPrefix, values, onChange, errors, onDate, withWhen }: GroupProps<ExemptionValues> & { onDate: string; withWhen: boolean }) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}exemption`;
  const date = withWhen ? values.date : onDate;
  const isDate = isCalendarDate(date);
  const [list] = useApi(
    () => (isDate ? unwrap(api.GET('/api/v1/reference/mpp-exemptions', { params: { query: { at: date } } })) : Promise.resolve(null)),
    [date, isDate],
  );
  const errorsT = useTranslation('errors').t;
  const options =
    list.state === 'ready' && list.data
      ? list.data.reasons.map((r) => ({ value: r.reason, label: t(`mpp.reasons.${r.reason}`, { defaultValue: r.label }) }))
      : [];
  const listNote = !isDate
    ? t('mpp.reasonNeedsDate')
    : list.state === 'failed'
      ? t('mpp.reasonListFailed', {
          problem: list.problem.code === 'VALIDATION_FAILED' ? list.problem.message : errorsT(`code.${list.problem.code}`),
        })
      : t('mpp.reasonHint');
  return (
    <>
      {withWhen && (
        <When id={id} dateLabel={t('mpp.exemptDate')} timeLabel={t('mpp.exemptTime')} date={values.date} time={values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
      )}
      <SelectField
        id={`${id}-reason`}
        legend={t('mpp.reason')}
        hint={listNote}
        placeholder={t('choose')}
        options={options}
        value={values.reason as ''}
        onChange={set('reason')}
        error={errorOf('reason')}
      />
      <Field id={`${id}-note`} label={t('mpp.note')} error={errorOf('note')}>
        <Textarea id={`${id}-note`} name={`${id}-note`} value={values.note} onChange={(e) => set('note')(e.target.value)} />
      </Field>
    </>
  );
}

export function ReturnFields({ idPrefix, values, onChange, errors }: GroupProps<ReturnValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}return`;
  return (
    <>
      <When id={id} dateLabel={t('returned.date')} timeLabel={t('returned.time')} date={values.date} time={values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
      <TextField id={`${id}-port`} label={t('returned.port')} value={values.port} onChange={set('port')} error={errorOf('port')} />
      <TextField id={`${id}-hearingDate`} label={t('returned.hearingDate')} hint={t('dateHint')} value={values.hearingDate} onChange={set('hearingDate')} error={errorOf('hearingDate')} />
      <TextField id={`${id}-hearingLocation`} label={t('returned.hearingLocation')} hint={t('mpp.hearingLocationHint')} value={values.hearingLocation} onChange={set('hearingLocation')} error={errorOf('hearingLocation')} />
      <TextField id={`${id}-overrideReason`} label={t('mpp.overrideReason')} hint={t('mpp.overrideReasonHint')} value={values.overrideReason} onChange={set('overrideReason')} error={errorOf('overrideReason')} />
    </>
  );
}

export function FearClaimFields({ idPrefix, values, onChange, errors }: GroupProps<FearClaimValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}fear`;
  return (
    <>
      <When id={id} dateLabel={t('fear.date')} timeLabel={t('fear.time')} date={values.date} time={values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
      <RadioGroup id={`${id}-raisedHow`} legend={t('fear.raisedHow')} options={(['unprompted', 'when_asked'] as const).map((value) => ({ value, label: t(`fear.how.${value}`) }))} value={values.raisedHow as ''} onChange={set('raisedHow')} error={errorOf('raisedHow')} />
      <RadioGroup id={`${id}-raisedTo`} legend={t('fear.raisedTo')} options={(['cbp', 'asylum_officer', 'immigration_judge', 'other'] as const).map((value) => ({ value, label: t(`fear.to.${value}`) }))} value={values.raisedTo as ''} onChange={set('raisedTo')} error={errorOf('raisedTo')} />
      <RadioGroup id={`${id}-occasion`} legend={t('fear.occasion')} options={(['encounter', 'hearing_presentation', 'other'] as const).map((value) => ({ value, label: t(`fear.occasions.${value}`) }))} value={values.occasion as ''} onChange={set('occasion')} error={errorOf('occasion')} />
    </>
  );
}

const HARM_KINDS = ['kidnapping', 'sexual_violence', 'assault', 'extortion', 'robbery', 'death', 'other'] as const;
const HARM_SOURCES = ['applicant', 'counsel', 'ngo', 'media', 'official', 'family'] as const;

export function HarmFields({ idPrefix, values, onChange, errors }: GroupProps<HarmValues>) {
  const { t } = useTranslation('recordForms');
  const set = setter(values, onChange);
  const errorOf = useErrorText(errors);
  const id = `${idPrefix}harm`;
  return (
    <>
      <SelectField id={`${id}-kind`} legend={t('harm.kind')} placeholder={t('choose')} options={HARM_KINDS.map((value) => ({ value, label: t(`harm.kinds.${value}`) }))} value={values.kind as ''} onChange={set('kind')} error={errorOf('kind')} />
      <TextField id={`${id}-occurredOn`} label={t('harm.occurredOn')} hint={t('dateHint')} value={values.occurredOn} onChange={set('occurredOn')} error={errorOf('occurredOn')} />
      <TextField id={`${id}-place`} label={t('harm.place')} value={values.place} onChange={set('place')} error={errorOf('place')} />
      <SelectField id={`${id}-source`} legend={t('harm.source')} placeholder={t('choose')} options={HARM_SOURCES.map((value) => ({ value, label: t(`harm.sources.${value}`) }))} value={values.source as ''} onChange={set('source')} error={errorOf('source')} />
      <Field id={`${id}-description`} label={t('harm.description')} error={errorOf('description')}>
        <Textarea id={`${id}-description`} name={`${id}-description`} value={values.description} onChange={(e) => set('description')(e.target.value)} />
      </Field>
    </>
  );
}
