// Shows a load's three states the same way on every page: a polite "loading", the problem, or the content.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../api/use-api.ts';
import { ProblemAlert } from './problem-alert.tsx';

/** Renders `children(data)` once ready. */
export function LoadedView<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (loaded.state === 'loading')
    return (
      <p className="text-base" role="status">
        {t('loading')}
      </p>
    );
  if (loaded.state === 'failed') return <ProblemAlert problem={loaded.problem} />;
  return <>{children(loaded.data)}</>;
}
