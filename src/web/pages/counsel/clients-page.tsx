// Counsel's desk at /clients: their clients (a page at a time) with the next hearing, the notices of appearance
// they filed and where each stands, and a form to file a new notice with the client's signed consent.
import { Button, Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { AppearanceForm } from './appearance-form.tsx';

export function ClientsPage() {
  const { t, i18n } = useTranslation('counsel');
  const caseFile = useTranslation('caseFile').t;
  const common = useTranslation().t;
  const clients = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/counsel/clients', { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <p className="text-base">{common('confidential')}</p>
      {clients.problem && <ProblemAlert problem={clients.problem} />}
      {clients.state === 'ready' && clients.items.length === 0 && <p>{t('empty')}</p>}
      {clients.items.length > 0 && (
        <Table fullWidth striped>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('track')}</th>
              <th scope="col">{t('opened')}</th>
              <th scope="col">{t('nextHearing')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.items.map((client) => {
              const name = `${client.person.givenName} ${client.person.familyName}`;
              return (
                <tr key={client.caseId} data-case={client.caseId}>
                  <th scope="row">
                    <Link to={`/cases/${client.caseId}`} aria-label={t('openCase', { name })}>
                      {name}
                    </Link>
                    <div className="font-mono-3xs text-base">{client.person.aNumber}</div>
                  </th>
                  <td>{caseFile(`tracks.${client.track as 'mpp'}`)}</td>
                  <td>{formatInstant(client.openedAt, i18n.language)}</td>
                  <td>
                    {client.nextHearing
                      ? `${formatInstant(client.nextHearing.at, i18n.language)}, ${client.nextHearing.location}`
                      : t('noHearing')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {clients.state === 'loading' && <p role="status">{common('loading')}</p>}
      {clients.hasMore && clients.state === 'ready' && (
        <Button type="button" outline onClick={clients.loadMore}>
          {common('more')}
        </Button>
      )}
      <OwnNotices />
    </>
  );
}

function OwnNotices() {
  const { t, i18n } = useTranslation('counsel');
  const common = useTranslation().t;
  const notices = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/appearances/mine', { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <section aria-labelledby="notices-heading" className="margin-y-4">
        <h2 id="notices-heading">{t('notices')}</h2>
        {notices.problem && <ProblemAlert problem={notices.problem} />}
        {notices.state === 'ready' && notices.items.length === 0 && <p>{t('noNotices')}</p>}
        {notices.items.length > 0 && (
          <Table fullWidth compact>
            <caption className="usa-sr-only">{t('noticesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aNumber')}</th>
                <th scope="col">{t('form')}</th>
                <th scope="col">{t('filedAt')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {notices.items.map((n) => (
                <tr key={n.id} data-notice-status={n.status}>
                  <th scope="row">{n.aNumber}</th>
                  <td>{n.form}</td>
                  <td>{formatInstant(n.filedAt, i18n.language)}</td>
                  <td>
                    {t(`statuses.${n.status}`)}
                    {n.review?.reason && <div>{t('reviewReason', { reason: n.review.reason })}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {notices.hasMore && notices.state === 'ready' && (
          <Button type="button" outline onClick={notices.loadMore}>
            {common('more')}
          </Button>
        )}
      </section>
      <AppearanceForm onDone={notices.reload} />
    </>
  );
}
