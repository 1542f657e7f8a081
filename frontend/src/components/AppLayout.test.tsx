import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { AuthContextProps } from 'react-oidc-context';
import { AuthContext } from '../auth/authContext';
import i18n, { LANGUAGE_STORAGE_KEY } from '../i18n';
import { paged, routeFetch } from '../test/render';
import { useDesktop, usePhone } from '../test/viewport';
import { AppLayout } from './AppLayout';

function b64url(obj: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const accessToken = `${b64url({ alg: 'none' })}.${b64url({
  preferred_username: 'officer',
  unit_code: 'H99.X01',
  realm_access: { roles: ['default-roles-cchc', 'offline_access', 'officer'] },
})}.sig`;

function auth(overrides: Partial<AuthContextProps>): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: false,
    user: null,
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
    removeUser: vi.fn(async () => {}),
    ...overrides,
  } as unknown as AuthContextProps;
}

function renderLayout(value: AuthContextProps) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthContext.Provider value={value}>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<p>home</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

const UNITS = [
  { code: 'H99', name: 'Tỉnh Hòa An', kind: 'ADMINISTRATION' },
  { code: 'H99.X01', name: 'Xã An Phú', kind: 'ADMINISTRATION' },
  { code: 'H99.X01.MC', name: 'Bộ phận Một cửa xã An Phú', kind: 'ONE_STOP', receivesDossiers: true },
];

const fetchMock = vi.fn<typeof fetch>();

beforeEach(async () => {
  localStorage.clear();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  routeFetch(fetchMock, { '/api/v1/procedures/units': () => paged(UNITS) });
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  vi.unstubAllGlobals();
  useDesktop();
});

const officer = () =>
  auth({
    isAuthenticated: true,
    user: {
      access_token: accessToken,
      profile: {
        sub: '1',
        iss: 'x',
        aud: 'cchc-web',
        exp: 0,
        iat: 0,
        name: 'Nguyễn Văn Án',
        preferred_username: 'officer',
      },
    } as unknown as AuthContextProps['user'],
  });

describe('AppLayout', () => {
  it('offers login to anonymous visitors and only the public navigation', () => {
    const value = auth({});
    renderLayout(value);
    expect(screen.getByTestId('nav-procedures').textContent).toBe('Thủ tục hành chính');
    expect(screen.queryByTestId('nav-dossiers')).toBeNull();
    fireEvent.click(screen.getByTestId('login-button'));
    expect(value.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
  });

  it('shows the name, the Vietnamese names of the roles and the name of the unit, and the navigation', async () => {
    const value = officer();
    renderLayout(value);
    expect(screen.getByTestId('user-name').textContent).toBe('Nguyễn Văn Án');
    const roles = screen.getByTestId('user-roles');
    expect(within(roles).getByText('Cán bộ Một cửa').closest('[data-role]')?.getAttribute('data-role')).toBe('officer');
    expect(roles.textContent).not.toContain('officer');
    // the unit's name from the unit list, its code kept as an attribute
    await waitFor(() => expect(screen.getByTestId('user-unit').textContent).toBe('Xã An Phú'));
    expect(screen.getByTestId('user-unit').getAttribute('data-unit-code')).toBe('H99.X01');
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toContainEqual(
      expect.stringMatching(/^\/api\/v1\/procedures\/units\?/),
    );
    expect(screen.getByTestId('nav-dossiers').textContent).toBe('Hồ sơ');
    expect(screen.queryByTestId('nav-catalogue-admin')).toBeNull();
    expect(screen.queryByTestId('menu-button')).toBeNull();
    fireEvent.click(screen.getByTestId('logout-button'));
    expect(value.signoutRedirect).toHaveBeenCalled();
  });

  it('shows the unit code while the unit list is unavailable', async () => {
    routeFetch(fetchMock, {});
    renderLayout(officer());
    expect(screen.getByTestId('user-unit').textContent).toBe('H99.X01');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.getByTestId('user-unit').textContent).toBe('H99.X01');
  });

  it('names the roles in English when the language is English', async () => {
    await i18n.changeLanguage('en');
    renderLayout(officer());
    expect(screen.getByTestId('user-roles').textContent).toContain('One-stop officer');
  });

  it('on a phone: a one-line bar with a menu button; navigation and user details in a drawer', async () => {
    usePhone();
    renderLayout(officer());
    const header = screen.getByTestId('app-header');
    // nothing but the menu button, the brand and the language switch in the bar: no menu, no user details
    expect(screen.queryByTestId('main-nav')).toBeNull();
    expect(screen.queryByTestId('user-name')).toBeNull();
    // the long title is not shown on a phone, only said to screen readers (the brand link's name, axe rule
    // label-content-name-mismatch)
    const title = within(header).getByText('Hệ thống quản lý cải cách hành chính');
    expect(title.className).toBe('visually-hidden');
    const button = within(header).getByTestId('menu-button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const nav = await screen.findByTestId('main-nav');
    expect(within(nav).getByTestId('nav-dossiers').textContent).toBe('Hồ sơ');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('user-roles').textContent).toContain('Cán bộ Một cửa');
    await waitFor(() => expect(screen.getByTestId('user-unit').textContent).toBe('Xã An Phú'));
    // choosing an entry closes the drawer
    fireEvent.click(within(nav).getByTestId('nav-procedures'));
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
  });

  it('on a phone, anonymous visitors keep the login button in the bar', () => {
    usePhone();
    renderLayout(auth({}));
    expect(within(screen.getByTestId('app-header')).getByTestId('login-button')).toBeTruthy();
  });

  it('switches the language and remembers it', async () => {
    renderLayout(auth({}));
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('nav-procedures').textContent).toBe('Administrative procedures'));
    expect(screen.getByTestId('login-button').textContent).toBe('Log in');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
