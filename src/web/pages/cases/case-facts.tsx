// The case file's facts: the person and the case on its track, and where the case stands with MPP.
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/api-types.ts';
import { formatDate, formatInstant } from '../../components/format.ts';

type CaseFile = components['schemas']['CaseFile'];

export function CaseFacts({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  const forms = useTranslation('recordForms').t;
  const common = useTranslation().t;
  const { person } = file;
  const record = file.case;
  return (
    <section className="tablet:grid-col-6" aria-labelledby="person-heading">
      <h2 id="person-heading">{t('person')}</h2>
      <dl className="refuge-facts">
        <dt>{t('name')}</dt>
        <dd>
          {person.givenName} {person.familyName}
          {person.isSynthetic && <span className="usa-tag margin-left-1">{t('synthetic')}</span>}
        </dd>
        <dt>{t('aNumber')}</dt>
        <dd data-testid="a-number">{person.aNumberFormatted}</dd>
        <dt>{t('nationality')}</dt>
        <dd>{person.nationality}</dd>
        <dt>{t('birthDate')}</dt>
        <dd>{person.birthDate ? (person.birthDate.length === 10 ? formatDate(person.birthDate, i18n.language) : person.birthDate) : common('none')}</dd>
        <dt>{t('sex')}</dt>
        <dd>{forms(`person.sexes.${person.sex}`)}</dd>
        <dt>{t('track')}</dt>
        <dd data-testid="track">{t(`tracks.${record.track}`)}</dd>
        <dt>{t('caseStatus')}</dt>
        <dd>{t(`caseStatuses.${record.status}`)}</dd>
        <dt>{t('office')}</dt>
        <dd>{record.office}</dd>
        <dt>{t('encounter')}</dt>
        <dd>
          {formatInstant(record.encounter.at, i18n.language)}, {record.encounter.place}
          {record.encounter.arrivedByLandFromMexico && `; ${t('byLand')}`}
        </dd>
      </dl>
    </section>
  );
}

export function MppStatusFacts({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  const forms = useTranslation('recordForms').t;
  const mpp = file.case.mpp;
  const lang = i18n.language;
  return (
    <section className="tablet:grid-col-6" aria-labelledby="mpp-heading">
      <h2 id="mpp-heading">{t('mppStatus')}</h2>
      <p className="text-bold" data-testid="mpp-state">
        {t(`mppStates.${mpp.state}`)}
      </p>
      {mpp.state === 'enrolled' && (
        <dl className="refuge-facts">
          <dt>{t('mppTerm')}</dt>
          <dd>{mpp.term}</dd>
          <dt>{t('ntaServedAt')}</dt>
          <dd>{formatInstant(mpp.ntaServedAt, lang)}</dd>
          <dt>{t('firstHearing')}</dt>
          <dd>
            {formatDate(mpp.firstHearingDate, lang)}, {mpp.hearingLocation}
          </dd>
          <dt>{t('noticeAddress')}</dt>
          <dd>{mpp.noticeAddress ?? t('noNoticeAddress')}</dd>
        </dl>
      )}
      {mpp.state === 'exempt' && (
        <dl className="refuge-facts">
          <dt>{t('mppTerm')}</dt>
          <dd>{mpp.term}</dd>
          <dt>{t('exemptionReason')}</dt>
          <dd data-testid="exemption-reason">{forms(`mpp.reasons.${mpp.reason}`)}</dd>
          <dt>{t('decidedAt')}</dt>
          <dd>{formatInstant(mpp.at, lang)}</dd>
          {mpp.note && (
            <>
              <dt>{t('note')}</dt>
              <dd>{mpp.note}</dd>
            </>
          )}
        </dl>
      )}
      {mpp.state === 'not_amenable' && <p>{t('notAmenable', { at: formatInstant(mpp.at, lang) })}</p>}
    </section>
  );
}
