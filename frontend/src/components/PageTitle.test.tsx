import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from '../i18n';
import { NotFoundPage } from '../pages/FeaturePages';
import ProceduresPage from '../pages/ProceduresPage';
import { loggedIn, paged, renderPage, routeFetch } from '../test/render';
import { RequireRoles } from './RequireRoles';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  routeFetch(fetchMock, {
    '/api/v1/procedures/fields': () => new Response('[]', { headers: { 'content-type': 'application/json' } }),
    '/api/v1/procedures/units': () => paged([]),
    '/api/v1/procedures': () => paged([]),
  });
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const h1s = () => Array.from(document.querySelectorAll('h1')).map((h) => h.textContent);

describe('one h1 per page', () => {
  it('the catalogue: its title', async () => {
    renderPage(<ProceduresPage />, { path: '/thu-tuc' });
    await screen.findByTestId('procedure-table');
    expect(h1s()).toEqual(['Danh mục thủ tục']);
  });

  it('the 404 page: its message', () => {
    renderPage(<NotFoundPage />);
    expect(h1s()).toHaveLength(1);
    // the way back is one link, not a button inside a link
    const back = screen.getByRole('link');
    expect(back.getAttribute('href')).toBe('/');
    expect(back.querySelector('button')).toBeNull();
  });

  it('a page refused or asking for a login: that message', () => {
    renderPage(
      <RequireRoles item={{ roles: ['admin'] }}>
        <p>secret</p>
      </RequireRoles>,
      { auth: loggedIn('officer', ['officer'], 'H99.X01') },
    );
    expect(h1s()).toEqual(['Bạn không có quyền sử dụng chức năng này.']);
  });
});
