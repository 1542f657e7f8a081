import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import i18n, { LANGUAGE_STORAGE_KEY } from '../i18n';
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
  return render(
    <AuthContext.Provider value={value}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<p>home</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AuthContext.Provider>,
  );
}

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('vi');
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

  it('shows name, roles and unit of the logged-in user and their navigation', () => {
    const value = auth({
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
    renderLayout(value);
    expect(screen.getByTestId('user-name').textContent).toBe('Nguyễn Văn Án');
    expect(screen.getByTestId('user-roles').textContent).toBe('officer');
    expect(screen.getByTestId('user-unit').textContent).toBe('H99.X01');
    expect(screen.getByTestId('nav-dossiers').textContent).toBe('Hồ sơ');
    expect(screen.queryByTestId('nav-catalogue-admin')).toBeNull();
    fireEvent.click(screen.getByTestId('logout-button'));
    expect(value.signoutRedirect).toHaveBeenCalled();
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
