// The court's acts on an open proceeding: serve a hearing notice, file an application, decide one, complete the
// proceeding with its outcome; and the IJ decision on a screening's review. Each is checked here first, then the
// server decides (an in-absentia order needs a missed hearing; relief needs a granted application of its kind).
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { formatInstant } from '../../components/format.ts';
import { RadioGroup, SelectField, TextField } from '../../components/inputs.tsx';
import { useErrorText, When } from '../cases/record-forms/record-fields.tsx';
import { RecordForm, useRecordForm } from '../cases/record-forms/record-form.tsx';
import { checkFields, toInstant } from '../cases/record-forms/record-values.ts';

type Schemas = components['schemas'];
type Proceeding = Schemas['Proceeding'];
type Application = Proceeding['applications'][number];
type Outcome = NonNullable<Schemas['ProceedingOutcome']>;

const APPLICATION_KINDS = ['asylum', 'withholding', 'cat'] as const;
const DECISIONS = ['granted', 'denied', 'withdrawn', 'abandoned', 'other'] as const;
const METHODS = ['in_person', 'mail', 'electronic'] as const;
const OUTCOMES = [
  'removal_ordered',
  'voluntary_departure',
  'relief_granted',
  'terminated',
  'dismissed',
  'administratively_closed',
  'change_of_venue',
  'transferred',
] as const;

interface Props {
  proceeding: Proceeding;
  onDone: () => void;
}

const whenRules = { date: { format: 'date' as const }, time: { format: 'time' as const } };

export function NoticeForm({ proceeding, onDone }: Props) {
  const { t, i18n } = useTranslation('court');
  const id = `notice-${proceeding.id}`;
  const state = useRecordForm(
    { hearingId: '', method: '', address: '', date: '', time: '' },
    (v) => checkFields(v, { hearingId: {}, method: {}, address: { optional: true }, ...whenRules }),
    (v) =>
      unwrap(
        api.POST('/api/v1/proceedings/{proceedingId}/hearings/{hearingId}/notices', {
          params: { path: { proceedingId: proceeding.id, hearingId: v.hearingId } },
          body: { method: v.method as (typeof METHODS)[number], address: v.address.trim() || null, servedAt: toInstant(v.date, v.time) },
        }),
      ),
    { method: 'method', address: 'address', servedAt: 'date' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  const set = (key: keyof typeof state.values) => (value: string) => state.setValues({ ...state.values, [key]: value });
  return (
    <RecordForm name={id} title={t('serveNotice')} submitLabel={t('serveNotice')} state={state}>
      <SelectField id={`${id}-hearing`} legend={t('noticeHearing')} placeholder="–" options={proceeding.hearings.map((h) => ({ value: h.id, label: `${formatInstant(h.at, i18n.language)}, ${h.location}` }))} value={state.values.hearingId} onChange={set('hearingId')} error={errorOf('hearingId')} />
      <RadioGroup id={`${id}-method`} legend={t('noticeMethod')} options={METHODS.map((value) => ({ value, label: t(`methods.${value}`) }))} value={state.values.method as ''} onChange={set('method')} error={errorOf('method')} />
      <TextField id={`${id}-address`} label={t('noticeAddress')} value={state.values.address} onChange={set('address')} error={errorOf('address')} />
      <When id={id} dateLabel={t('servedDate')} timeLabel={t('servedTime')} date={state.values.date} time={state.values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
    </RecordForm>
  );
}

export function ApplicationForm({ proceeding, onDone }: Props) {
  const { t } = useTranslation('court');
  const id = `application-${proceeding.id}`;
  const state = useRecordForm(
    { kind: '', date: '', time: '' },
    (v) => checkFields(v, { kind: {}, ...whenRules }),
    (v) =>
      unwrap(
        api.POST('/api/v1/proceedings/{proceedingId}/applications', {
          params: { path: { proceedingId: proceeding.id } },
          body: { kind: v.kind as (typeof APPLICATION_KINDS)[number], filedAt: toInstant(v.date, v.time) },
        }),
      ),
    { kind: 'kind', filedAt: 'date' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  const set = (key: keyof typeof state.values) => (value: string) => state.setValues({ ...state.values, [key]: value });
  return (
    <RecordForm name={id} title={t('fileApplication')} submitLabel={t('fileApplication')} state={state}>
      <SelectField id={`${id}-kind`} legend={t('applicationKind')} placeholder="–" options={APPLICATION_KINDS.map((value) => ({ value, label: t(`applicationKinds.${value}`) }))} value={state.values.kind as ''} onChange={set('kind')} error={errorOf('kind')} />
      <When id={id} dateLabel={t('filedDate')} timeLabel={t('filedTime')} date={state.values.date} time={state.values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
    </RecordForm>
  );
}

export function DecisionForm({ proceeding, application, onDone }: Props & { application: Application }) {
  const { t } = useTranslation('court');
  const id = `decision-${application.id}`;
  const state = useRecordForm(
    { decision: '', date: '', time: '' },
    (v) => checkFields(v, { decision: {}, ...whenRules }),
    (v) =>
      unwrap(
        api.POST('/api/v1/proceedings/{proceedingId}/applications/{applicationId}/decision', {
          params: { path: { proceedingId: proceeding.id, applicationId: application.id } },
          body: { decision: v.decision as (typeof DECISIONS)[number], at: toInstant(v.date, v.time) },
        }),
      ),
    { decision: 'decision', at: 'date' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  const set = (key: keyof typeof state.values) => (value: string) => state.setValues({ ...state.values, [key]: value });
  const title = t('decideApplication', { kind: t(`applicationKinds.${application.kind}`) });
  return (
    <RecordForm name={id} title={title} submitLabel={t('record')} state={state}>
      <RadioGroup id={`${id}-decision`} legend={t('decision')} options={DECISIONS.map((value) => ({ value, label: t(`decisions.${value}`) }))} value={state.values.decision as ''} onChange={set('decision')} error={errorOf('decision')} />
      <When id={id} dateLabel={t('decidedDate')} timeLabel={t('decidedTime')} date={state.values.date} time={state.values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
    </RecordForm>
  );
}

/** The outcome as the API takes it. */
function outcomeOf(kind: string, inAbsentia: boolean, relief: string): Outcome {
  if (kind === 'removal_ordered') return { kind, inAbsentia };
  if (kind === 'relief_granted') return { kind, relief: relief as (typeof APPLICATION_KINDS)[number] };
  return { kind: kind as Exclude<Outcome['kind'], 'removal_ordered' | 'relief_granted'> };
}

export function CompletionForm({ proceeding, onDone }: Props) {
  const { t } = useTranslation('court');
  const id = `completion-${proceeding.id}`;
  const state = useRecordForm(
    { kind: '', inAbsentia: '', relief: '', date: '', time: '' },
    (v) => checkFields(v, { kind: {}, relief: { optional: v.kind !== 'relief_granted' }, ...whenRules }),
    (v) =>
      unwrap(
        api.POST('/api/v1/proceedings/{proceedingId}/completion', {
          params: { path: { proceedingId: proceeding.id } },
          body: { outcome: outcomeOf(v.kind, v.inAbsentia === 'yes', v.relief), at: toInstant(v.date, v.time) },
        }),
      ),
    { outcome: 'kind', 'outcome.kind': 'kind', 'outcome.relief': 'relief', at: 'date' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  const set = (key: keyof typeof state.values) => (value: string) => state.setValues({ ...state.values, [key]: value });
  return (
    <RecordForm name={id} title={t('complete')} submitLabel={t('complete')} state={state}>
      <SelectField id={`${id}-kind`} legend={t('outcome')} placeholder="–" options={OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))} value={state.values.kind as ''} onChange={set('kind')} error={errorOf('kind')} />
      {state.values.kind === 'removal_ordered' && (
        <Checkbox id={`${id}-inAbsentia`} name={`${id}-inAbsentia`} label={t('inAbsentia')} checked={state.values.inAbsentia === 'yes'} onChange={(e) => set('inAbsentia')(e.target.checked ? 'yes' : '')} />
      )}
      {state.values.kind === 'relief_granted' && (
        <SelectField id={`${id}-relief`} legend={t('relief')} placeholder="–" options={APPLICATION_KINDS.map((value) => ({ value, label: t(`applicationKinds.${value}`) }))} value={state.values.relief as ''} onChange={set('relief')} error={errorOf('relief')} />
      )}
      <When id={id} dateLabel={t('completedDate')} timeLabel={t('completedTime')} date={state.values.date} time={state.values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
    </RecordForm>
  );
}

/** The judge's decision on IJ review of a screening (offered only where the screening's `allowedActions` has it). */
export function IjDecisionForm({ screeningId, kindLabel, onDone }: { screeningId: string; kindLabel: string; onDone: () => void }) {
  const { t } = useTranslation('court');
  const id = `ij-${screeningId}`;
  const state = useRecordForm(
    { decision: '', date: '', time: '' },
    (v) => checkFields(v, { decision: {}, ...whenRules }),
    (v) =>
      unwrap(
        api.POST('/api/v1/screenings/{screeningId}/ij-decision', {
          params: { path: { screeningId } },
          body: { decision: v.decision as 'affirmed' | 'vacated', at: toInstant(v.date, v.time) },
        }),
      ),
    { decision: 'decision', at: 'date' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  const set = (key: keyof typeof state.values) => (value: string) => state.setValues({ ...state.values, [key]: value });
  return (
    <RecordForm name={id} title={t('ijDecision', { kind: kindLabel })} submitLabel={t('record')} state={state}>
      <RadioGroup id={`${id}-decision`} legend={t('ijDecisionLegend')} options={(['affirmed', 'vacated'] as const).map((value) => ({ value, label: t(`ijDecisions.${value}`) }))} value={state.values.decision as ''} onChange={set('decision')} error={errorOf('decision')} />
      <When id={id} dateLabel={t('ijDate')} timeLabel={t('ijTime')} date={state.values.date} time={state.values.time} onDate={set('date')} onTime={set('time')} errorOf={errorOf} />
    </RecordForm>
  );
}
