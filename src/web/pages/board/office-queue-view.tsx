// One bucket of the office's queue: each screening with its kind, stage, officer, next time limit, urgency (in words
// and by a mark, never by colour alone) and open flags; for those not yet decided, assigning (or reassigning) and
// transferring the case, behind a disclosure so the table stays readable.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BEFORE_DECISION } from '../../../domain/screenings/screening-guards.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/api-types.ts';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { nextTimeLimit, UrgencyTag } from '../../components/queue-table.tsx';
import { AssignScreening } from '../screening/acts/assign-form.tsx';
import { PagedView } from './paged-view.tsx';
import { TransferForm } from './transfer-form.tsx';

type QueueItem = components['schemas']['QueueItem'];
/** A bucket of the office's queue, as the API names it. */
export type QueueBucket = NonNullable<
  NonNullable<paths['/api/v1/queues/office']['get']['parameters']['query']>['bucket']
>;

/** The buckets of the office's queue, in the order the board shows them. */
export const BUCKETS: readonly QueueBucket[] = ['unassigned', 'assigned', 'awaiting_review', 'due_soon', 'overdue'];

export function OfficeQueueView({ bucket }: { bucket: QueueBucket }) {
  const { t } = useTranslation('board');
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/queues/office', { params: { query: { bucket, limit: 50, cursor } } })),
    [bucket],
  );
  return (
    <PagedView list={list} empty={t('empty')}>
      {(items) => <BoardTable items={items} caption={t('caption', { view: t(`view.${bucket}`) })} onChange={list.reload} />}
    </PagedView>
  );
}

function BoardTable({ items, caption, onChange }: { items: QueueItem[]; caption: string; onChange: () => void }) {
  const { t, i18n } = useTranslation('board');
  const queue = useTranslation('queue').t;
  const common = useTranslation().t;
  return (
    <Table fullWidth striped>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{queue('kind')}</th>
          <th scope="col">{queue('status')}</th>
          <th scope="col">{t('officer')}</th>
          <th scope="col">{queue('due')}</th>
          <th scope="col">{queue('urgency')}</th>
          <th scope="col">{queue('flags')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const s = item.screening;
          const next = nextTimeLimit(item);
          const short = s.id.slice(0, 8);
          return (
            <tr key={s.id} data-screening={s.id} data-urgency={item.urgency}>
              <th scope="row">
                <Link to={`/screenings/${s.id}`} aria-label={queue('open', { id: short })}>
                  {common(`screeningKind.${s.kind}`)}
                </Link>
                <div className="text-base font-mono-3xs">{short}</div>
              </th>
              <td>{common(`screeningStatus.${s.status}`)}</td>
              <td data-officer>{s.officer?.name ?? t('unassigned')}</td>
              <td>{next ? formatInstant(next.dueAt, i18n.language) : queue('noDeadline')}</td>
              <td>
                <UrgencyTag urgency={item.urgency} />
              </td>
              <td>{item.openFlags === 0 ? queue('noFlags') : queue('flagCount', { count: item.openFlags })}</td>
              <td>
                {BEFORE_DECISION.includes(s.status) && (
                  <details className="refuge-disclosure">
                    <summary aria-label={`${t('manage')} (${short})`}>{t('manage')}</summary>
                    <AssignScreening
                      screeningId={s.id}
                      officerId={s.officer?.id ?? null}
                      onDone={onChange}
                      headingLevel="h4"
                    />
                    <TransferForm caseId={item.caseId} idPrefix={`transfer-${s.id}`} onDone={onChange} />
                  </details>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
