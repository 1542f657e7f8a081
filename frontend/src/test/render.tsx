import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { AuthContextProps } from 'react-oidc-context';
import { AuthContext } from '../auth/authContext';
import { vi } from 'vitest';

function b64url(obj: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned access token with the given user name, roles and unit. */
export function accessToken(username: string, roles: string[], unit?: string): string {
  return `${b64url({ alg: 'none' })}.${b64url({
    preferred_username: username,
    unit_code: unit,
    realm_access: { roles: ['offline_access', ...roles] },
  })}.sig`;
}

/** A logged-in react-oidc-context value. */
export function loggedIn(username: string, roles: string[], unit?: string): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: true,
    user: { access_token: accessToken(username, roles, unit), profile: { preferred_username: username } },
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
    removeUser: vi.fn(async () => {}),
  } as unknown as AuthContextProps;
}

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** A page of the shared paging envelope (services/shared paging.Page) holding all of items. */
export function paged(items: unknown[], size = 500): Response {
  return json({ items, page: 0, size, total: items.length });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title, status, ...extra }, status, 'application/problem+json');
}

/** Shows the current location, to assert navigation. */
function LocationProbe() {
  const loc = useLocation();
  return <output data-testid="location">{loc.pathname + loc.search}</output>;
}

/**
 * Renders `ui` at `path` (matched by `route`) with React Query, antd App, an optional OIDC
 * session and a `location` probe.
 */
export function renderPage(
  ui: ReactElement,
  { path = '/', route = '*', auth }: { path?: string; route?: string; auth?: AuthContextProps } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const tree = (
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={ui} />
            {route !== '*' && <Route path="*" element={null} />}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>
  );
  return { client, ...render(auth ? <AuthContext.Provider value={auth}>{tree}</AuthContext.Provider> : tree) };
}

/** Routes fetch calls by URL prefix (longest first); unmatched calls answer 404. */
export function routeFetch(
  fetchMock: { mockImplementation: (fn: typeof fetch) => unknown },
  routes: Record<string, (url: string, init?: RequestInit) => Response | Promise<Response>>,
) {
  const keys = Object.keys(routes).sort((a, b) => b.length - a.length);
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const key = keys.find((k) => url.startsWith(k));
    if (!key) return problem(404, `no route for ${url}`);
    return routes[key](url, init);
  });
}
