// The case file at /cases/:caseId: the person, the case's track and MPP status, returns, fear claims, screenings
// (each linked to its page), proceedings and hearings, harm reports, open flags and deadlines, the acts this viewer
// may take (the API's `allowedActions`), counsel's filings and the timeline. A case the reader may not see shows the
// same not-found page as an address with no page.
import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { useApi } from '../../api/use-api.ts';
import { formatDate, formatInstant } from '../../components/format.ts';
import { LoadedView } from '../../components/loaded.tsx';
import { Timeline } from '../../components/timeline.tsx';
import { FilingsSection } from '../counsel/filings-section.tsx';
import { IjDecisionForm } from '../court/proceeding-forms.tsx';
import { ProceedingsSection } from '../court/proceedings-section.tsx';
import { CaseActs } from './case-acts.tsx';
import { CaseFacts, MppStatusFacts } from './case-facts.tsx';

type CaseFile = components['schemas']['CaseFile'];

export function CasePage() {
  const { caseId = '' } = useParams();
  const [loaded, reload] = useApi(
    () => unwrap(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  return <LoadedView loaded={loaded}>{(file) => <CaseView file={file} onChange={reload} />}</LoadedView>;
}

function CaseView({ file, onChange }: { file: CaseFile; onChange: () => void }) {
  const { t } = useTranslation('caseFile');
  const common = useTranslation().t;
  const { person } = file;
  return (
    <article data-case={file.case.id} data-mpp-state={file.case.mpp.state}>
      <h1>{t('title', { name: `${person.givenName} ${person.familyName}`, aNumber: person.aNumberFormatted })}</h1>
      <p className="text-base">{common('confidential')}</p>
      <div className="grid-row grid-gap">
        <CaseFacts file={file} />
        <MppStatusFacts file={file} />
      </div>
      <Deadlines deadlines={file.deadlines} />
      <Screenings file={file} onChange={onChange} />
      <Returns file={file} />
      <FearClaims file={file} />
      <HarmReports file={file} />
      <OpenFlags file={file} />
      <ProceedingsSection caseId={file.case.id} personName={`${person.givenName} ${person.familyName}`} />
      <CaseActs file={file} onDone={onChange} />
      <FilingsSection caseId={file.case.id} />
      <Timeline caseId={file.case.id} />
    </article>
  );
}

/** A section with a heading, and a sentence when it is empty. */
function Section({ id, title, isEmpty, children }: { id: string; title: string; isEmpty: boolean; children: ReactNode }) {
  const { t } = useTranslation('caseFile');
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-y-4" data-section={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {isEmpty ? <p>{t('noneRecorded')}</p> : children}
    </section>
  );
}

function Deadlines({ deadlines }: { deadlines: CaseFile['deadlines'] }) {
  const { t, i18n } = useTranslation('caseFile');
  return (
    <Section id="deadlines" title={t('deadlines')} isEmpty={deadlines.length === 0}>
      <Table fullWidth compact>
        <caption className="usa-sr-only">{t('deadlines')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deadlineBasis')}</th>
            <th scope="col">{t('deadlineDue')}</th>
            <th scope="col">{t('deadlineState')}</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr key={`${d.kind}-${d.subjectId}`} data-deadline-state={d.state}>
              <td>{d.basis}</td>
              <td>{formatInstant(d.dueAt, i18n.language)}</td>
              <td>
                {(d.state === 'overdue' || d.state === 'due_soon') && <span aria-hidden="true">! </span>}
                {t(`deadlineStates.${d.state}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function Screenings({ file, onChange }: { file: CaseFile; onChange: () => void }) {
  const { t, i18n } = useTranslation('caseFile');
  const common = useTranslation().t;
  return (
    <Section id="screenings" title={t('screenings')} isEmpty={file.screenings.length === 0}>
      <Table fullWidth compact>
        <caption className="usa-sr-only">{t('screenings')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('screening')}</th>
            <th scope="col">{t('stage')}</th>
            <th scope="col">{t('standard')}</th>
            <th scope="col">{t('referredAt')}</th>
            <th scope="col">{t('result')}</th>
          </tr>
        </thead>
        <tbody>
          {file.screenings.map((s) => (
            <tr key={s.id} data-screening={s.id}>
              <th scope="row">
                <Link to={`/screenings/${s.id}`}>{common(`screeningKind.${s.kind}`)}</Link>
              </th>
              <td>{common(`screeningStatus.${s.status}`)}</td>
              <td>{s.standard ? common(`standard.${s.standard}`) : common('none')}</td>
              <td>{formatInstant(s.referredAt, i18n.language)}</td>
              <td>{s.result ? common(`result.${s.result}`) : t('notDecided')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {file.screenings
        .filter((s) => s.allowedActions.includes('ij_decide'))
        .map((s) => (
          <IjDecisionForm key={s.id} screeningId={s.id} kindLabel={common(`screeningKind.${s.kind}`)} onDone={onChange} />
        ))}
    </Section>
  );
}

function Returns({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  const returns = file.case.returns;
  return (
    <Section id="returns" title={t('returns')} isEmpty={returns.length === 0}>
      <Table fullWidth compact>
        <caption className="usa-sr-only">{t('returns')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('returnedAt')}</th>
            <th scope="col">{t('port')}</th>
            <th scope="col">{t('hearing')}</th>
            <th scope="col">{t('overrideReason')}</th>
          </tr>
        </thead>
        <tbody>
          {returns.map((r) => (
            <tr key={r.id}>
              <td>{formatInstant(r.at, i18n.language)}</td>
              <td>{r.port}</td>
              <td>
                {formatDate(r.hearingDate, i18n.language)}, {r.hearingLocation}
              </td>
              <td>{r.overrideReason ?? t('noOverride')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function FearClaims({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  const forms = useTranslation('recordForms').t;
  const claims = file.case.fearClaims;
  return (
    <Section id="fear-claims" title={t('fearClaims')} isEmpty={claims.length === 0}>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            {t('fearClaimLine', {
              at: formatInstant(c.at, i18n.language),
              how: forms(`fear.how.${c.raisedHow as 'unprompted'}`),
              to: forms(`fear.to.${c.raisedTo as 'cbp'}`),
            })}{' '}
            <Link to={`/screenings/${c.screeningId}`}>{t('openReferral')}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function HarmReports({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  const forms = useTranslation('recordForms').t;
  return (
    <Section id="harm" title={t('harmReports')} isEmpty={file.harmReports.length === 0}>
      <Table fullWidth compact>
        <caption className="usa-sr-only">{t('harmReports')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('harmKind')}</th>
            <th scope="col">{t('harmWhen')}</th>
            <th scope="col">{t('harmPlace')}</th>
            <th scope="col">{t('harmSource')}</th>
            <th scope="col">{t('harmDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {file.harmReports.map((h) => (
            <tr key={h.id} data-harm={h.kind}>
              <td>{forms(`harm.kinds.${h.kind}`)}</td>
              <td>{h.occurredOn ? formatDate(h.occurredOn, i18n.language) : t('unknownDate')}</td>
              <td>{h.place}</td>
              <td>{forms(`harm.sources.${h.source}`)}</td>
              <td>{h.description}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function OpenFlags({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('caseFile');
  return (
    <Section id="flags" title={t('openFlags')} isEmpty={file.openFlags.length === 0}>
      <ul>
        {file.openFlags.map((f) => (
          <li key={f.id} data-flag={f.kind}>
            <span aria-hidden="true">⚑ </span>
            {f.reason} <span className="text-base">({formatInstant(f.raisedAt, i18n.language)})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
