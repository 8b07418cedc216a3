// The forms of the acts the case file's `allowedActions` offers this viewer (MPP enrolment or exemption, a return
// to Mexico, a fear claim, a harm report after a return), each checked here first and sent on its own; the server's
// field messages land beside the same fields. Acts not allowed are not shown.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { RecordForm, useRecordForm } from './record-forms/record-form.tsx';
import {
  EnrolmentFields,
  ExemptionFields,
  FearClaimFields,
  HarmFields,
  ReturnFields,
} from './record-forms/record-fields.tsx';
import {
  checkEnrolment,
  checkExemption,
  checkFearClaim,
  checkHarm,
  checkReturn,
  emptyEnrolment,
  emptyExemption,
  emptyFearClaim,
  emptyHarm,
  emptyReturn,
  enrolmentBody,
  exemptionBody,
  fearClaimBody,
  harmBody,
  returnBody,
  toInstant,
} from './record-forms/record-values.ts';

type CaseFile = components['schemas']['CaseFile'];
type CaseAction = CaseFile['allowedActions'][number];

interface ActProps {
  caseId: string;
  onDone: () => void;
}

function EnrolForm({ caseId, onDone }: ActProps) {
  const { t } = useTranslation('caseFile');
  const state = useRecordForm(
    emptyEnrolment,
    checkEnrolment,
    (v) => unwrap(api.POST('/api/v1/cases/{caseId}/mpp-enrolment', { params: { path: { caseId } }, body: enrolmentBody(v) })),
    { ntaServedAt: 'ntaDate', firstHearingDate: 'firstHearingDate', hearingLocation: 'hearingLocation', noticeAddress: 'noticeAddress', overrideReason: 'overrideReason' },
    onDone,
  );
  return (
    <RecordForm name="enrol_mpp" title={t('acts.enrol_mpp')} submitLabel={t('acts.enrol_mpp')} state={state}>
      <EnrolmentFields idPrefix="act-" values={state.values} onChange={state.setValues} errors={state.errors} />
    </RecordForm>
  );
}

function ExemptForm({ caseId, onDone }: ActProps) {
  const { t } = useTranslation('caseFile');
  const state = useRecordForm(
    emptyExemption,
    (v) => checkExemption(v, true),
    (v) =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/mpp-exemption', {
          params: { path: { caseId } },
          body: exemptionBody(v, toInstant(v.date, v.time)),
        }),
      ),
    { reason: 'reason', note: 'note', at: 'date' },
    onDone,
  );
  return (
    <RecordForm name="exempt_mpp" title={t('acts.exempt_mpp')} submitLabel={t('acts.exempt_mpp')} state={state}>
      <ExemptionFields idPrefix="act-" values={state.values} onChange={state.setValues} errors={state.errors} onDate="" withWhen />
    </RecordForm>
  );
}

function ReturnForm({ caseId, onDone }: ActProps) {
  const { t } = useTranslation('caseFile');
  const state = useRecordForm(
    emptyReturn,
    checkReturn,
    (v) => unwrap(api.POST('/api/v1/cases/{caseId}/returns', { params: { path: { caseId } }, body: returnBody(v) })),
    { at: 'date', port: 'port', hearingDate: 'hearingDate', hearingLocation: 'hearingLocation', overrideReason: 'overrideReason' },
    onDone,
  );
  return (
    <RecordForm name="return_to_mexico" title={t('acts.return_to_mexico')} submitLabel={t('acts.return_to_mexico')} state={state}>
      <ReturnFields idPrefix="act-" values={state.values} onChange={state.setValues} errors={state.errors} />
    </RecordForm>
  );
}

function FearClaimForm({ caseId, onDone }: ActProps) {
  const { t } = useTranslation('caseFile');
  const state = useRecordForm(
    emptyFearClaim,
    checkFearClaim,
    (v) => unwrap(api.POST('/api/v1/cases/{caseId}/fear-claims', { params: { path: { caseId } }, body: fearClaimBody(v) })),
    { at: 'date', raisedHow: 'raisedHow', raisedTo: 'raisedTo', occasion: 'occasion' },
    onDone,
  );
  return (
    <RecordForm name="claim_fear" title={t('acts.claim_fear')} submitLabel={t('acts.claim_fear')} state={state}>
      <FearClaimFields idPrefix="act-" values={state.values} onChange={state.setValues} errors={state.errors} />
    </RecordForm>
  );
}

function HarmForm({ caseId, onDone }: ActProps) {
  const { t } = useTranslation('caseFile');
  const state = useRecordForm(
    emptyHarm,
    checkHarm,
    (v) => unwrap(api.POST('/api/v1/cases/{caseId}/harm-reports', { params: { path: { caseId } }, body: harmBody(v) })),
    { kind: 'kind', occurredOn: 'occurredOn', place: 'place', source: 'source', description: 'description' },
    onDone,
  );
  return (
    <RecordForm name="report_harm" title={t('acts.report_harm')} submitLabel={t('acts.report_harm')} state={state}>
      <HarmFields idPrefix="act-" values={state.values} onChange={state.setValues} errors={state.errors} />
    </RecordForm>
  );
}

const FORMS: Record<CaseAction, (props: ActProps) => ReactNode> = {
  enrol_mpp: EnrolForm,
  exempt_mpp: ExemptForm,
  return_to_mexico: ReturnForm,
  claim_fear: FearClaimForm,
  report_harm: HarmForm,
};

/** The forms of the acts allowed now, in the order the record needs them. */
export function CaseActs({ file, onDone }: { file: CaseFile; onDone: () => void }) {
  const { t } = useTranslation('caseFile');
  return (
    <section aria-labelledby="case-acts-heading" className="margin-y-4">
      <h2 id="case-acts-heading">{t('actsHeading')}</h2>
      {file.allowedActions.length === 0 && <p>{t('noActs')}</p>}
      {file.allowedActions.map((action) => {
        const ActFormOf = FORMS[action];
        return <ActFormOf key={action} caseId={file.case.id} onDone={onDone} />;
      })}
    </section>
  );
}
