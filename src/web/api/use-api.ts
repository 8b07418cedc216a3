// Loading a page's data: the answer, the problem, or still loading; a reload function for after an act.
import { useCallback, useEffect, useState } from 'react';
import { isApiProblem, toProblem, type ApiProblem } from './client.ts';

/** The state of one load. */
export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; problem: ApiProblem }
  | { state: 'ready'; data: T };

/** Runs `load` now and whenever `deps` change; `reload` runs it again. */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    stableLoad().then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: unknown) =>
        current && setLoaded({ state: 'failed', problem: isApiProblem(error) ? error : toProblem(undefined, 0) }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, round]);
  return [loaded, () => setRound((r) => r + 1)];
}
