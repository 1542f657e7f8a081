import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import i18n from '../i18n';
import { json, loggedIn, renderPage, routeFetch } from '../test/render';
import CatalogueAdminPage from './CatalogueAdminPage';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
  routeFetch(fetchMock, {
    '/api/v1/procedures?': () => json({ items: [], page: 0, size: 20, total: 0 }),
    '/api/v1/procedures/fields': () => json([]),
    '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
    '/api/v1/procedures/decisions': () => json({ items: [], page: 0, size: 10, total: 0 }),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('CatalogueAdminPage', () => {
  it('opens the tab named in the URL and links the CSV template', async () => {
    renderPage(<CatalogueAdminPage />, {
      path: '/quan-tri-danh-muc?tab=import',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    expect(await screen.findByTestId('import-panel')).toBeTruthy();
    expect(screen.getByTestId('import-template').getAttribute('href')).toBe('/api/v1/procedures/imports/template.csv');
    fireEvent.click(screen.getByTestId('admin-tab-decisions'));
    expect(await screen.findByTestId('decision-form')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/quan-tri-danh-muc?tab=decisions');
  });

  it('lists procedures with drafts (staff search) and opens the create form', async () => {
    renderPage(<CatalogueAdminPage />, { path: '/quan-tri-danh-muc', auth: loggedIn('admin', ['admin'], 'H99') });
    expect(await screen.findByTestId('admin-procedure-table')).toBeTruthy();
    expect(screen.getByTestId('filter-state')).toBeTruthy();
    fireEvent.click(screen.getByTestId('create-procedure'));
    expect(await screen.findByTestId('procedure-editor')).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('editor-code') as HTMLInputElement).disabled).toBe(false));
  });

  it('opens the procedure list filtered as the URL says (the home page links to the drafts)', async () => {
    renderPage(<CatalogueAdminPage />, {
      path: '/quan-tri-danh-muc?state=DRAFT',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    expect(await screen.findByTestId('admin-procedure-table')).toBeTruthy();
    const searched = () =>
      fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.startsWith('/api/v1/procedures?'));
    await waitFor(() => expect(searched().length).toBeGreaterThan(0));
    expect(new URL(searched()[0], 'http://x').searchParams.get('state')).toBe('DRAFT');
  });

  it('opens the decisions tab filtered as the URL says', async () => {
    renderPage(<CatalogueAdminPage />, {
      path: '/quan-tri-danh-muc?tab=decisions&catalogue=H99&effectiveFrom=2026-12-07&effectiveTo=2026-12-14',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    expect((await screen.findByTestId('decision-filters')).textContent).toContain('07/12/2026');
    const asked = () =>
      fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.startsWith('/api/v1/procedures/decisions'));
    await waitFor(() => expect(asked().length).toBeGreaterThan(0));
    const q = new URL(asked()[0], 'http://x').searchParams;
    expect([q.get('catalogue'), q.get('effectiveFrom'), q.get('effectiveTo')]).toEqual([
      'H99',
      '2026-12-07',
      '2026-12-14',
    ]);
  });

  it('is refused to officers', () => {
    renderPage(<CatalogueAdminPage />, {
      path: '/quan-tri-danh-muc',
      auth: loggedIn('officer', ['officer'], 'H99.X01'),
    });
    expect(screen.getByTestId('forbidden')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
