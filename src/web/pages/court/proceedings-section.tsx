// A case's proceedings before the immigration court on the case page: each with its hearings (attendance), its
// served hearing notices, its applications and decisions, and its outcome. The court's forms (attendance, a
// notice, an application, a decision, completion) show only to the court and only on an open proceeding; the
// server decides each.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { useApi } from '../../api/use-api.ts';
import { formatInstant } from '../../components/format.ts';
import { LoadedView } from '../../components/loaded.tsx';
import { useSession } from '../../session.tsx';
import { AttendanceButtons } from './attendance-buttons.tsx';
import { ApplicationForm, CompletionForm, DecisionForm, NoticeForm } from './proceeding-forms.tsx';

type Proceeding = components['schemas']['Proceeding'];

/** The case's proceedings and the hearing notices served in them. */
async function loadProceedings(caseId: string) {
  const [proceedings, notices] = await Promise.all([
    unwrap(api.GET('/api/v1/cases/{caseId}/proceedings', { params: { path: { caseId } } })),
    unwrap(api.GET('/api/v1/cases/{caseId}/hearing-notices', { params: { path: { caseId } } })),
  ]);
  return { proceedings: proceedings.items, notices: notices.items };
}
type Notice = Awaited<ReturnType<typeof loadProceedings>>['notices'][number];

export function ProceedingsSection({ caseId, personName }: { caseId: string; personName: string }) {
  const { t } = useTranslation('court');
  const [loaded, reload] = useApi(() => loadProceedings(caseId), [caseId]);
  return (
    <section aria-labelledby="proceedings-heading" className="margin-y-4" data-section="proceedings">
      <h2 id="proceedings-heading">{t('proceedings')}</h2>
      <LoadedView loaded={loaded} inline>
        {({ proceedings, notices }) =>
          proceedings.length === 0 ? (
            <p>{t('noHearings')}</p>
          ) : (
            proceedings.map((p) => (
              <ProceedingView
                key={p.id}
                proceeding={p}
                notices={notices.filter((n) => n.proceedingId === p.id)}
                personName={personName}
                onChange={reload}
              />
            ))
          )
        }
      </LoadedView>
    </section>
  );
}

function ProceedingView({ proceeding: p, notices, personName, onChange }: {
  proceeding: Proceeding;
  notices: Notice[];
  personName: string;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation('court');
  const { user } = useSession();
  const lang = i18n.language;
  const isCourt = user?.role === 'court' && p.status === 'open';
  return (
    <div className="border-1px border-base-lighter padding-2 margin-bottom-3" data-proceeding={p.id} data-proceeding-status={p.status}>
      <h3 className="margin-top-0">
        {t('proceedingLine', { kind: t(`kinds.${p.kind}`), court: p.court, at: formatInstant(p.openedAt, lang), status: t(`statuses.${p.status}`) })}
      </h3>
      <p>{p.isRepresented ? t('represented') : t('notRepresented')}</p>
      {p.outcome && <p className="text-bold">{t('outcomeLine', { outcome: t(`outcomes.${p.outcome.kind}`) })}</p>}
      {p.hearings.length === 0 ? (
        <p>{t('noHearings')}</p>
      ) : (
        <Table fullWidth compact>
          <caption className="usa-sr-only">{t('hearingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('hearing')}</th>
              <th scope="col">{t('attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {p.hearings.map((h) => (
              <tr key={h.id} data-hearing={h.id} data-attendance={h.attendance ?? 'none'}>
                <td>{formatInstant(h.at, lang)}</td>
                <td>
                  {t(`calendars.${h.calendar}`)}, {t(`media.${h.medium}`)}, {h.location}
                </td>
                <td>
                  {h.attendance === null && isCourt ? (
                    <AttendanceButtons proceedingId={p.id} hearingId={h.id} at={h.at} name={personName} onDone={onChange} />
                  ) : (
                    t(`attendances.${h.attendance ?? 'none'}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <h4>{t('notices')}</h4>
      {notices.length === 0 ? (
        <p>{t('noNotices')}</p>
      ) : (
        <ul>
          {notices.map((n) => (
            <li key={n.id} data-notice={n.id}>
              {t('noticeLine', {
                hearing: n.hearing ? formatInstant(n.hearing.at, lang) : '—',
                at: formatInstant(n.servedAt, lang),
                method: t(`methods.${n.method}`),
                address: n.address ?? t('noAddress'),
              })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('applications')}</h4>
      {p.applications.length === 0 ? (
        <p>{t('noApplications')}</p>
      ) : (
        <ul>
          {p.applications.map((a) => (
            <li key={a.id} data-application={a.kind}>
              {t(`applicationKinds.${a.kind}`)} ({formatInstant(a.filedAt, lang)}): {a.decision ? t(`decisions.${a.decision}`) : t('pending')}
            </li>
          ))}
        </ul>
      )}
      {isCourt && (
        <>
          {p.hearings.length > 0 && <NoticeForm proceeding={p} onDone={onChange} />}
          <ApplicationForm proceeding={p} onDone={onChange} />
          {p.applications
            .filter((a) => a.decision === null)
            .map((a) => (
              <DecisionForm key={a.id} proceeding={p} application={a} onDone={onChange} />
            ))}
          <CompletionForm proceeding={p} onDone={onChange} />
        </>
      )}
    </div>
  );
}
