// One list of the board as every view shows it: the problem, "nothing here", the table, "loading", "show more".
import { Button } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';

/** Renders `children(items)` once the list has items; `empty` when it has none. */
export function PagedView<T>({
  list,
  empty,
  children,
}: {
  list: PagedList<T>;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p data-empty="true">{empty}</p>}
      {list.items.length > 0 && children(list.items)}
      {list.state === 'loading' && <p role="status">{t('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {t('more')}
        </Button>
      )}
    </>
  );
}
