// Who is signed in: read once from GET /api/v1/session at start, set by signing in, cleared by signing out or when
// any answer says the session has ended.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, unwrap, whenSessionEnds } from './api/client.ts';
import type { components } from './api/api-types.ts';

export type SessionUser = components['schemas']['SessionUser'];

interface SessionState {
  /** undefined while the first check runs; null when nobody is signed in. */
  user: SessionUser | null | undefined;
  signIn: (name: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    whenSessionEnds(() => {
      setCsrfToken(null);
      setUser(null);
    });
    api.GET('/api/v1/session').then(
      ({ data }) => {
        setCsrfToken(data?.csrfToken ?? null);
        setUser(data?.user ?? null);
      },
      () => setUser(null),
    );
  }, []);

  const state = useMemo<SessionState>(
    () => ({
      user,
      async signIn(name, password) {
        const session = await unwrap(api.POST('/api/v1/session', { body: { name, password } }));
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        return session.user;
      },
      async signOut() {
        await api.DELETE('/api/v1/session').catch(() => undefined);
        setCsrfToken(null);
        setUser(null);
      },
    }),
    [user],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

/** The session. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession outside SessionProvider');
  return state;
}
