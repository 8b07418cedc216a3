// Keyset paging as the lists use it: the first page on load, "show more" appends the next; no page loads everything.
import { useCallback, useEffect, useState } from 'react';
import { isApiProblem, toProblem, type ApiProblem } from '../api/client.ts';

/** A page of a list: its items and the cursor of the next, null on the last. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  items: T[];
  state: 'loading' | 'ready' | 'failed';
  problem: ApiProblem | null;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/** Loads the first page whenever `deps` change, and each further page on `loadMore`. */
export function usePagedList<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<PagedList<T>['state']>('loading');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [round, setRound] = useState(0);
  // The caller names what the fetch depends on.
  const fetchStable = useCallback(fetchPage, deps);

  const load = useCallback(
    (cursor: string | undefined, append: boolean, isCurrent: () => boolean) => {
      setState('loading');
      fetchStable(cursor).then(
        (page) => {
          if (!isCurrent()) return;
          setItems((before) => (append ? [...before, ...page.items] : page.items));
          setNext(page.nextCursor);
          setState('ready');
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          setProblem(isApiProblem(error) ? error : toProblem(undefined, 0));
          setState('failed');
        },
      );
    },
    [fetchStable],
  );

  useEffect(() => {
    let current = true;
    load(undefined, false, () => current);
    return () => {
      current = false;
    };
  }, [load, round]);

  return {
    items,
    state,
    problem,
    hasMore: next !== null,
    loadMore: () => next !== null && load(next, true, () => true),
    reload: () => setRound((r) => r + 1),
  };
}
