// Who is signed in. The session is read once at start; a 401 from any call signs the page out, and
// the sign-in page then shows at the same address, so that the person lands back where they were.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, whenSessionLost, ApiError } from '../api/client';
import type { Session } from '../api/types';
import { chosenLanguage, currentLanguage, showLanguage } from '../i18n/i18n';

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Follows the account's language unless this browser has a choice of its own. */
async function adoptLanguage(session: Session): Promise<void> {
  const preferred = session.user.preferredLanguage;
  if (!chosenLanguage() && preferred !== currentLanguage()) await showLanguage(preferred, false);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const open = useCallback(async (session: Session) => {
    setCsrfToken(session.csrfToken);
    await adoptLanguage(session);
    setState({ status: 'signed-in', session });
  }, []);

  const close = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    whenSessionLost(close);
    api.get('/api/auth/session').then(open, (error: unknown) => {
      if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      close();
    });
  }, [open, close]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn: async (username, password) => open(await api.post('/api/auth/login', { body: { username, password } })),
      signOut: async () => {
        try {
          await api.post('/api/auth/logout');
        } finally {
          close();
        }
      },
    }),
    [state, open, close],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState outside SessionProvider');
  return value;
}

/** The signed-in session; only pages shown after sign-in call it. */
export function useSession(): Session {
  const { state } = useSessionState();
  if (state.status !== 'signed-in') throw new Error('useSession before sign-in');
  return state.session;
}
