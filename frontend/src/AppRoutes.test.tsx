import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from './i18n';
import { AppRoutes } from './App';
import { json, loggedIn, renderPage, routeFetch } from './test/render';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  routeFetch(fetchMock, {
    '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
    '/api/v1/dossiers/catalogue': () => json({ items: [], page: 0, size: 20, total: 0 }),
    '/api/v1/dossiers/reports/period': () => json({ rows: [] }),
    '/api/v1/dossiers/calendar/': () => json({ year: 2026, days: [] }),
    '/api/v1/dossiers/H99.X01-260302-0001': () =>
      json({ code: 'H99.X01-260302-0001', status: 'RECEIVED', statusCode: 2, procedureCode: 'P', allowedActions: [] }),
    '/api/v1/dossiers': () => json({ items: [], page: 0, size: 20, total: 0 }),
  });
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const officer = () => loggedIn('officer', ['officer'], 'H99.X01');

describe('dossier routes', () => {
  it('/ho-so is the worklist, with the desk and catalogue tabs kept', async () => {
    renderPage(<AppRoutes />, { path: '/ho-so', auth: officer() });
    expect(await screen.findByTestId('worklist-table')).toBeTruthy();
    expect(screen.getByTestId('dossiers-overview-tab')).toBeTruthy();
    expect(screen.getByTestId('dossier-receive-tab')).toBeTruthy();
    expect(screen.getByTestId('dossier-catalogue-tab')).toBeTruthy();
  });

  it('/ho-so/tiep-nhan is the desk, not a dossier code', async () => {
    renderPage(<AppRoutes />, { path: '/ho-so/tiep-nhan', auth: officer() });
    expect(await screen.findByTestId('receive-form')).toBeTruthy();
    expect(screen.queryByTestId('dossier-page')).toBeNull();
  });

  it('/ho-so/danh-muc-thu-tuc still shows the catalogue copy', async () => {
    renderPage(<AppRoutes />, { path: '/ho-so/danh-muc-thu-tuc', auth: officer() });
    expect(await screen.findByTestId('dossier-catalogue-table')).toBeTruthy();
  });

  it('/ho-so/:code opens a dossier', async () => {
    renderPage(<AppRoutes />, { path: '/ho-so/H99.X01-260302-0001', auth: officer() });
    expect((await screen.findByTestId('dossier-code')).textContent).toBe('H99.X01-260302-0001');
  });

  it('/ho-so/thong-ke is open to inspectors, who have no worklist', async () => {
    renderPage(<AppRoutes />, { path: '/ho-so/thong-ke', auth: loggedIn('inspector', ['inspector'], 'H99.SNV') });
    expect(await screen.findByTestId('stats-page')).toBeTruthy();
    expect(screen.queryByTestId('forbidden')).toBeNull();
  });

  it('/tra-cuu and /danh-gia/:code need no login; the calendar does', async () => {
    const { unmount } = renderPage(<AppRoutes />, { path: '/tra-cuu' });
    expect(await screen.findByTestId('tracking-form')).toBeTruthy();
    unmount();
    const r2 = renderPage(<AppRoutes />, { path: '/danh-gia/H99.X01-260302-0001' });
    expect((await screen.findByTestId('rating-code')).textContent).toBe('H99.X01-260302-0001');
    r2.unmount();
    renderPage(<AppRoutes />, { path: '/quan-tri/lich-lam-viec' });
    expect(await screen.findByTestId('login-required')).toBeTruthy();
  });
});
