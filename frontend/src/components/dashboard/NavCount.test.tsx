import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import i18n from '../../i18n';
import officerCounts from '../../api/fixtures/work-counts-officer.json';
import { json, loggedIn, paged, renderPage, routeFetch } from '../../test/render';
import { AppLayout } from '../AppLayout';
import { NavCount } from './NavCount';

const fetchMock = vi.fn<typeof fetch>();
const WORK_COUNTS = '/api/v1/dossiers/work-counts';

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const calls = () => fetchMock.mock.calls.filter(([url]) => String(url).startsWith(WORK_COUNTS)).length;

const layout = (
  <Routes>
    <Route element={<AppLayout />}>
      <Route path="*" element={<p>page</p>} />
    </Route>
  </Routes>
);

describe('the count in the navigation', () => {
  it('shows the overdue dossiers beside the worklist entry, and nowhere else', async () => {
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(officerCounts) });
    renderPage(layout, { auth: loggedIn('officer', ['officer'], 'H99.X01') });
    const badge = await screen.findByTestId('nav-dossiers-count');
    expect(badge.textContent).toBe('2');
    expect(badge.getAttribute('title')).toBe('2 hồ sơ quá hạn');
    // beside the link, not inside its text
    expect(screen.getByTestId('nav-dossiers').textContent).toBe('Hồ sơ');
    expect(screen.getAllByTestId('nav-dossiers-count')).toHaveLength(1);
  });

  it('shows nothing when nothing is overdue, or when the answer is not a work count', async () => {
    routeFetch(fetchMock, {
      [WORK_COUNTS]: () => json({ ...officerCounts, counts: { ...officerCounts.counts, overdue: 0 } }),
    });
    const first = renderPage(layout, { auth: loggedIn('officer', ['officer'], 'H99.X01') });
    await waitFor(() => expect(calls()).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('nav-dossiers-count')).toBeNull();
    first.unmount();

    fetchMock.mockReset();
    routeFetch(fetchMock, { '/api/v1/dossiers': () => paged([]) });
    renderPage(layout, { auth: loggedIn('leader', ['leader'], 'H99.X01') });
    await waitFor(() => expect(calls()).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('nav-dossiers-count')).toBeNull();
  });

  it('asks nothing for users without a worklist, and renders without a query client', async () => {
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(officerCounts) });
    renderPage(layout, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
    expect(await screen.findByTestId('nav-catalogue-admin')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).startsWith(WORK_COUNTS))).toHaveLength(0);

    const { container } = render(<NavCount navKey="dossiers" />);
    expect(container.innerHTML).toBe('');
  });
});
