import { useContext, useEffect } from 'react';
import { AuthContext } from './authContext';
import { setSessionToken } from '../api/client';

/**
 * Hands the OIDC session to the API client, so that every call sends the signed-in user's bearer token, including
 * reference data (units, fields) that pages ask for without one (issue 17: staff drew on the anonymous rate-limit
 * bucket). Set during render, before any child's query runs; calls made while the session is restored wait for it.
 */
export function AccessTokenBridge() {
  const auth = useContext(AuthContext);
  const token = auth?.isAuthenticated ? auth.user?.access_token : undefined;
  const loading = auth?.isLoading ?? false;
  setSessionToken(token, loading);
  // again after StrictMode's simulated unmount, which clears it
  useEffect(() => setSessionToken(token, loading), [token, loading]);
  useEffect(() => () => setSessionToken(undefined, false), []);
  return null;
}
