// Shows a load's three states the same way on every page: a polite "loading", the problem, or the content. A
// page's record that does not exist, or that the reader has no basis to see, shows the not-found page (the same
// words for both); a section inside a page (`inline`) shows the problem in place instead.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../api/use-api.ts';
import { NotFoundPage } from '../pages/not-found.tsx';
import { ProblemAlert } from './problem-alert.tsx';

/** Renders `children(data)` once ready. */
export function LoadedView<T>({
  loaded,
  inline,
  children,
}: {
  loaded: Loaded<T>;
  inline?: boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (loaded.state === 'loading')
    return (
      <p className="text-base" role="status">
        {t('loading')}
      </p>
    );
  if (loaded.state === 'failed')
    return !inline && loaded.problem.code === 'NOT_FOUND' ? <NotFoundPage /> : <ProblemAlert problem={loaded.problem} />;
  return <>{children(loaded.data)}</>;
}
