import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { AuthProvider, useAuth, type AuthContextProps } from 'react-oidc-context';
import {
  UserManager,
  WebStorageStateStore,
  type SigninRedirectArgs,
  type User,
  type UserManagerSettings,
} from 'oidc-client-ts';
import type { AppConfig } from '../config';
import { safeReturnPath } from './session';

/**
 * The OIDC library and everything that uses it. This module is a chunk of its own, loaded by AuthSession only when
 * needed (a stored session, the login callback, a click on "Đăng nhập"), so that visitors do not download it.
 */

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

/** Starts the Keycloak login (authorization code + PKCE) without a mounted provider: the page is left anyway. */
export async function signinRedirect(config: AppConfig, args?: SigninRedirectArgs): Promise<void> {
  await new UserManager(oidcSettings(config)).signinRedirect(args);
}

function Reporter({ onChange }: { onChange: (auth: AuthContextProps) => void }) {
  const auth = useAuth();
  useEffect(() => onChange(auth), [auth, onChange]);
  return null;
}

/**
 * Keycloak login for the SPA: restores a stored session, handles the login callback, renews the token, and reports
 * the session to `onChange` (AuthSession provides it to the app). Must sit inside the router (it navigates after the
 * callback).
 */
export function OidcSession({ config, onChange }: { config: AppConfig; onChange: (auth: AuthContextProps) => void }) {
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
      <Reporter onChange={onChange} />
    </AuthProvider>
  );
}
