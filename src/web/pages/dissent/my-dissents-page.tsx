// /dissents: filing a policy dissent (for the roles that file), and the reader's own dissents with where each
// stands and when its written answer is due, a page at a time.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { DISSENT_FILER_ROLES } from '../../../domain/dissent/dissent.ts';
import { api, unwrap } from '../../api/client.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useSession } from '../../session.tsx';
import { DissentTable } from './dissent-table.tsx';
import { FileDissentForm } from './file-dissent-form.tsx';

export function MyDissentsPage() {
  const { t } = useTranslation('dissent');
  const common = useTranslation().t;
  const { user } = useSession();
  const mayFile = user ? DISSENT_FILER_ROLES.includes(user.role) : false;
  const list = usePagedList(
    (cursor) =>
      unwrap(api.GET('/api/v1/dissents', { params: { query: { view: 'mine', limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {mayFile ? <FileDissentForm onFiled={list.reload} /> : <p>{t('notFiler')}</p>}
      <section aria-labelledby="mine-heading" className="margin-y-4">
        <h2 id="mine-heading">{t('mineHeading')}</h2>
        {list.problem && <ProblemAlert problem={list.problem} />}
        {list.state === 'ready' && list.items.length === 0 && <p>{t('mineEmpty')}</p>}
        {list.items.length > 0 && (
          <DissentTable items={list.items} caption={t('mineCaption')} showFiler={false} />
        )}
        {list.state === 'loading' && <p role="status">{common('loading')}</p>}
        {list.hasMore && list.state === 'ready' && (
          <Button type="button" outline onClick={list.loadMore}>
            {common('more')}
          </Button>
        )}
      </section>
    </>
  );
}
