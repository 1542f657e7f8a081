import { useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { AuthContextProps } from 'react-oidc-context';
import type { AppConfig } from '../config';
import { AccessTokenBridge } from './AccessTokenBridge';
import { AuthContext } from './authContext';

type OidcModule = typeof import('./OidcProvider');
const loadOidc = (): Promise<OidcModule> => import('./OidcProvider');

/** Key prefix under which oidc-client-ts keeps the signed-in user in sessionStorage (`userStore`). */
const USER_KEY_PREFIX = 'oidc.user:';

/**
 * Whether the OIDC library is needed at once: a session is stored in this tab (restore it, renew its token), or
 * this is Keycloak's redirect back after a login (`?code=…&state=…`, or `?error=…&state=…`).
 */
export function needsOidc(): boolean {
  try {
    const store = window.sessionStorage;
    for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith(USER_KEY_PREFIX)) return true;
  } catch {
    /* storage denied: nothing stored */
  }
  const params = new URLSearchParams(window.location.search);
  return (params.has('code') || params.has('error')) && params.has('state');
}

function anonymous(config: AppConfig, isLoading: boolean, error?: Error): AuthContextProps {
  return {
    isLoading,
    isAuthenticated: false,
    user: null,
    error,
    // "Đăng nhập": the library is loaded now, then the browser leaves for Keycloak
    signinRedirect: async (args?: Parameters<AuthContextProps['signinRedirect']>[0]) =>
      (await loadOidc()).signinRedirect(config, args),
    signoutRedirect: async () => {},
    removeUser: async () => {},
  } as unknown as AuthContextProps;
}

/**
 * The login session of the app (issue 17: visitors do not download the OIDC library). With a stored session or on
 * the login callback the OIDC chunk is loaded and its session (token on every API call, silent renew) is provided;
 * meanwhile the session counts as loading, so that API calls wait for the token. Without one the app is anonymous
 * and "Đăng nhập" loads the library and goes to Keycloak. Must sit inside the router.
 */
export function AuthSession({ config, children }: { config: AppConfig; children: ReactNode }) {
  const [wanted] = useState(needsOidc);
  const [Session, setSession] = useState<OidcModule['OidcSession'] | null>(null);
  const [failure, setFailure] = useState<Error>();
  const [auth, setAuth] = useState<AuthContextProps>();

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadOidc().then(
      (m) => live && setSession(() => m.OidcSession),
      (e: unknown) => live && setFailure(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  const fallback = useMemo(() => anonymous(config, wanted && !failure, failure), [config, wanted, failure]);
  const Oidc = Session as ComponentType<{ config: AppConfig; onChange: (a: AuthContextProps) => void }> | null;
  return (
    <AuthContext.Provider value={auth ?? fallback}>
      {Oidc && <Oidc config={config} onChange={setAuth} />}
      <AccessTokenBridge />
      {children}
    </AuthContext.Provider>
  );
}
