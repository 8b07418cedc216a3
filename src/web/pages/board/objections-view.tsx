// The objections of the office's officers on grounds of conscience, with their reasons (the supervisor assigns
// around them): a whole kind of screening, or one screening while the office still holds it.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { PagedView } from './paged-view.tsx';

export function ObjectionsView() {
  const { t, i18n } = useTranslation('board');
  const common = useTranslation().t;
  const lang = i18n.language;
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/objections', { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <PagedView list={list} empty={t('objections.empty')}>
      {(items) => (
        <Table fullWidth striped>
          <caption className="usa-sr-only">{t('objections.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('objections.officer')}</th>
              <th scope="col">{t('objections.what')}</th>
              <th scope="col">{t('objections.reason')}</th>
              <th scope="col">{t('objections.at')}</th>
              <th scope="col">{t('objections.state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id} data-objection={o.id}>
                <th scope="row">{o.officerName}</th>
                <td>
                  {o.category !== null ? (
                    t('objections.category', { kind: common(`screeningKind.${o.category}`) })
                  ) : o.screeningId !== null && o.caseId !== null ? (
                    <Link to={`/screenings/${o.screeningId}`}>{t('objections.screening')}</Link>
                  ) : (
                    t('objections.screeningGone')
                  )}
                </td>
                <td className="refuge-prose">{o.reason}</td>
                <td>{formatInstant(o.createdAt, lang)}</td>
                <td>
                  {o.withdrawnAt ? t('objections.withdrawn', { at: formatInstant(o.withdrawnAt, lang) }) : t('objections.standing')}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </PagedView>
  );
}
