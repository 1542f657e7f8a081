import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { AuthProvider } from 'react-oidc-context';
import { WebStorageStateStore, type User, type UserManagerSettings } from 'oidc-client-ts';
import type { AppConfig } from '../config';
import { safeReturnPath } from './session';
import { AccessTokenBridge } from './AccessTokenBridge';

/** Redirect URI registered for the `cchc-web` client: the SPA root on the current origin. */
export function appRootUri(): string {
  return `${window.location.origin}/`;
}

export function oidcSettings(config: AppConfig): UserManagerSettings {
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: appRootUri(),
    post_logout_redirect_uri: appRootUri(),
    response_type: 'code', // oidc-client-ts always uses PKCE (S256) for the code flow
    scope: 'openid',
    loadUserInfo: false,
    automaticSilentRenew: true, // uses the refresh token
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** Keycloak login for the SPA. Must sit inside the router (it navigates after the callback). */
export function OidcProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  const settings = useMemo(() => oidcSettings(config), [config]);

  const onSigninCallback = (user: User | void) => {
    // Drop ?code=&state=&session_state= from the URL and go back where the login started.
    const returnTo = safeReturnPath((user?.state as { returnTo?: unknown } | undefined)?.returnTo);
    navigateRef.current(returnTo ?? window.location.pathname, { replace: true });
  };

  return (
    <AuthProvider {...settings} onSigninCallback={onSigninCallback}>
      <AccessTokenBridge />
      {children}
    </AuthProvider>
  );
}
