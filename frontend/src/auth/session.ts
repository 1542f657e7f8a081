import { useContext, useMemo } from 'react';
import { AuthContext } from './authContext';
import { userInfoFrom, type UserInfo } from './claims';

export interface Session {
  isLoading: boolean;
  isAuthenticated: boolean;
  /** Current access token (send as bearer). */
  token?: string;
  user: UserInfo | null;
  roles: readonly string[];
  error?: Error;
  /** Starts the Keycloak login (authorization code + PKCE); comes back to `returnTo` afterwards. */
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
}

const NO_ROLES: readonly string[] = [];

/**
 * The current login session. Works without an `<AuthProvider>` too (then it is anonymous),
 * which keeps pages testable in isolation.
 */
export function useSession(): Session {
  const auth = useContext(AuthContext);
  const token = auth?.user?.access_token;
  const profile = auth?.user?.profile;
  const user = useMemo(
    () => (auth?.isAuthenticated && token ? userInfoFrom(token, profile as Record<string, unknown>) : null),
    [auth?.isAuthenticated, token, profile],
  );
  return {
    isLoading: auth?.isLoading ?? false,
    isAuthenticated: !!auth?.isAuthenticated,
    token: auth?.isAuthenticated ? token : undefined,
    user,
    roles: user?.roles ?? NO_ROLES,
    error: auth?.error,
    login: async (returnTo?: string) => {
      if (!auth) return;
      await auth.signinRedirect({ state: { returnTo: returnTo ?? currentPath() } });
    },
    logout: async () => {
      if (!auth) return;
      try {
        // id_token_hint + post_logout_redirect_uri: Keycloak ends the SSO session and comes back.
        await auth.signoutRedirect();
      } catch {
        await auth.removeUser();
      }
    },
  };
}

function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname + search;
}

/** Only same-app absolute paths are accepted as a post-login target (no open redirect). */
export function safeReturnPath(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.startsWith('/') || v.startsWith('//') || v.includes('\\')) return undefined;
  return v;
}
