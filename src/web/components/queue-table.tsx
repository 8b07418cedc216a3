// A page of screenings as a table: case, kind, stage, the next time limit and its urgency (said in words and by an
// icon, never by colour alone), open flags, and a link to the screening. Used by my queue and the office board.
import { Table, Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/api-types.ts';
import { formatInstant } from './format.ts';

type QueueItem = components['schemas']['QueueItem'];

/** The next time limit still open, if any. */
export const nextTimeLimit = (item: QueueItem) =>
  item.deadlines
    .filter((d) => d.direction === 'latest' && d.state !== 'met')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];

const URGENCY_TAG = { overdue: 'bg-secondary-dark', due_soon: 'bg-accent-warm-dark', none: 'bg-base' } as const;
const URGENCY_MARK = { overdue: '!!', due_soon: '!', none: '' } as const;

export function UrgencyTag({ urgency }: { urgency: QueueItem['urgency'] }) {
  const { t } = useTranslation();
  return (
    <Tag className={URGENCY_TAG[urgency]} data-urgency={urgency}>
      {URGENCY_MARK[urgency] && <span aria-hidden="true">{URGENCY_MARK[urgency]} </span>}
      {t(`urgency.${urgency}`)}
    </Tag>
  );
}

export function QueueTable({ items, caption }: { items: QueueItem[]; caption: string }) {
  const { t, i18n } = useTranslation('queue');
  const common = useTranslation().t;
  return (
    <Table fullWidth striped>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kind')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('urgency')}</th>
          <th scope="col">{t('flags')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const next = nextTimeLimit(item);
          return (
            <tr key={item.screening.id} data-screening={item.screening.id}>
              <th scope="row">
                <Link to={`/screenings/${item.screening.id}`} aria-label={t('open', { id: item.screening.id.slice(0, 8) })}>
                  {common(`screeningKind.${item.screening.kind}`)}
                </Link>
                <div className="text-base font-mono-3xs">{item.screening.id.slice(0, 8)}</div>
              </th>
              <td>{common(`screeningStatus.${item.screening.status}`)}</td>
              <td>{next ? formatInstant(next.dueAt, i18n.language) : t('noDeadline')}</td>
              <td>
                <UrgencyTag urgency={item.urgency} />
              </td>
              <td>{item.openFlags === 0 ? t('noFlags') : t('flagCount', { count: item.openFlags })}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
