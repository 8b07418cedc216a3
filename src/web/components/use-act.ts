// Submitting one act: working while it runs, the problem if refused (shown beside the form and its fields), and
// a call back on success so the page reloads the record as it now is.
import { useState } from 'react';
import { isApiProblem, toProblem, type ApiProblem } from '../api/client.ts';

export interface Act {
  working: boolean;
  problem: ApiProblem | null;
  run(call: () => Promise<unknown>): Promise<boolean>;
}

/** One act's state. `onDone` runs after a success. */
export function useAct(onDone: () => void): Act {
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return {
    working,
    problem,
    async run(call) {
      setWorking(true);
      setProblem(null);
      try {
        await call();
        setWorking(false);
        onDone();
        return true;
      } catch (error) {
        setProblem(isApiProblem(error) ? error : toProblem(undefined, 0));
        setWorking(false);
        return false;
      }
    },
  };
}
