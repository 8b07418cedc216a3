// The office's access log, as supervisors may read it (GET /api/v1/access-log): who read, searched or exported
// which record, on what need-to-know basis and for what stated purpose, newest first.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { PagedView } from './paged-view.tsx';

export function AccessLogView() {
  const { t, i18n } = useTranslation('board');
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/access-log', { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <PagedView list={list} empty={t('log.empty')}>
      {(items) => (
        <Table fullWidth striped compact>
          <caption className="usa-sr-only">{t('log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.at')}</th>
              <th scope="col">{t('log.user')}</th>
              <th scope="col">{t('log.action')}</th>
              <th scope="col">{t('log.subject')}</th>
              <th scope="col">{t('log.basis')}</th>
              <th scope="col">{t('log.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{formatInstant(entry.at, i18n.language)}</th>
                <td>{entry.user.name}</td>
                <td>{t(`log.actions.${entry.action}`)}</td>
                <td>
                  {entry.subject} <span className="font-mono-3xs">{(entry.caseId ?? entry.subjectId ?? '').slice(0, 8)}</span>
                </td>
                <td>{entry.basis}</td>
                <td>{entry.purpose}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </PagedView>
  );
}
