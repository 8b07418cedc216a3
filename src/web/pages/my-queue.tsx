// The officer's desk: the screenings assigned to them, soonest time limit first, a page at a time.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { usePagedList } from '../components/paged-list.ts';
import { QueueTable } from '../components/queue-table.tsx';

export function MyQueuePage() {
  const { t } = useTranslation('queue');
  const common = useTranslation().t;
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/queues/mine', { params: { query: { limit: 50, cursor } } })),
    [],
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <p className="text-base">{common('confidential')}</p>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state !== 'loading' && list.items.length === 0 && !list.problem && <p>{t('empty')}</p>}
      {list.items.length > 0 && <QueueTable items={list.items} caption={t('caption')} />}
      {list.state === 'loading' && <p role="status">{common('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </>
  );
}
