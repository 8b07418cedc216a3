// /dissents/review: the designated reviewers' queue, the soonest due first, with who filed each (for reviewers
// only, as the API decides), the 60-day due date and the overdue said in words; open ones by default.
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { DissentTable } from './dissent-table.tsx';

const SHOWN = ['open', 'answered', 'all'] as const;

export function ReviewDissentsPage() {
  const { t } = useTranslation('dissent');
  const common = useTranslation().t;
  const [status, setStatus] = useState<(typeof SHOWN)[number]>('open');
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/dissents', { params: { query: { view: 'review', status, limit: 50, cursor } } }),
      ),
    [status],
  );
  return (
    <>
      <h1>{t('reviewTitle')}</h1>
      <p className="usa-intro">{t('reviewIntro')}</p>
      <Fieldset legend={t('show')} className="margin-bottom-2">
        <div className="display-flex flex-wrap" style={{ gap: '0 1.5rem' }}>
          {SHOWN.map((value) => (
            <Radio
              key={value}
              id={`show-${value}`}
              name="show"
              value={value}
              label={t(`showStatus.${value}`)}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
          ))}
        </div>
      </Fieldset>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('reviewEmpty')}</p>}
      {list.items.length > 0 && <DissentTable items={list.items} caption={t('reviewCaption')} showFiler />}
      {list.state === 'loading' && <p role="status">{common('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </>
  );
}
