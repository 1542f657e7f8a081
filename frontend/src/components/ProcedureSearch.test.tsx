import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import { json, loggedIn, renderPage, routeFetch } from '../test/render';
import { ProcedureSearch } from './ProcedureSearch';

const page = {
  items: [
    {
      code: '1.001193.000.00.00.H99',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      decidingAgencyCode: 'H99.X01',
      decidingAgencyName: 'UBND xã Một',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
      onlineLevel: 'FULL',
      state: 'IN_FORCE',
      version: 1,
      validFrom: '2025-07-01',
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};
const units = {
  items: [
    { code: 'H99.SNV', name: 'Sở Nội vụ', kind: 'AGENCY' },
    { code: 'H99.X01', name: 'UBND xã Một', kind: 'ADMINISTRATION' },
    { code: 'H99.X01.MC', name: 'Bộ phận Một cửa xã Một', kind: 'ONE_STOP', receivesDossiers: true },
  ],
  page: 0,
  size: 100,
  total: 3,
};

const fetchMock = vi.fn<typeof fetch>();
const searches = () => fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith('/api/v1/procedures?'));

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
  routeFetch(fetchMock, {
    '/api/v1/procedures?': () => json(page),
    '/api/v1/procedures/fields': () =>
      json([
        { field: 'Hộ tịch', count: 12 },
        { field: 'Đất đai', count: 30 },
      ]),
    '/api/v1/procedures/units': () => json(units),
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Picks the option with `label` in the native select with this test id (waits for the option to load). */
async function choose(testId: string, label: string) {
  const select = screen.getByTestId(testId) as HTMLSelectElement;
  const option = await waitFor(() => {
    const found = [...select.options].find((o) => o.textContent === label);
    if (!found) throw new Error(`option ${label} not offered`);
    return found;
  });
  fireEvent.change(select, { target: { value: option.value } });
}

const optionsOf = (testId: string) =>
  [...(screen.getByTestId(testId) as HTMLSelectElement).options].map((o) => o.textContent);

describe('ProcedureSearch', () => {
  it('sends the filters from the URL to GET /api/v1/procedures', async () => {
    renderPage(<ProcedureSearch />, {
      path: '/thu-tuc?q=dang+ky+khai+sinh&field=H%E1%BB%99+t%E1%BB%8Bch&level=COMMUNE&agency=H99.X01&state=DRAFT&page=1',
    });
    await screen.findByText('Đăng ký khai sinh');
    // anonymous: no state filter even if the URL has one
    expect(searches()[0]).toBe(
      '/api/v1/procedures?q=dang+ky+khai+sinh&field=H%E1%BB%99+t%E1%BB%8Bch&level=COMMUNE&agency=H99.X01&page=1&size=20',
    );
    expect(screen.queryByTestId('filter-state')).toBeNull();
  });

  it('changes the query when a filter is chosen, back on the first page', async () => {
    renderPage(<ProcedureSearch />, { path: '/thu-tuc?q=khai+sinh&page=2' });
    await screen.findByText('Đăng ký khai sinh');

    await choose('filter-level', 'Cấp tỉnh');
    await waitFor(() => expect(searches().at(-1)).toBe('/api/v1/procedures?q=khai+sinh&level=PROVINCE&page=0&size=20'));
    expect(screen.getByTestId('location').textContent).toBe('/thu-tuc?q=khai+sinh&level=PROVINCE');

    await choose('filter-field', 'Đất đai (30)');
    await waitFor(() =>
      expect(searches().at(-1)).toBe(
        '/api/v1/procedures?q=khai+sinh&field=%C4%90%E1%BA%A5t+%C4%91ai&level=PROVINCE&page=0&size=20',
      ),
    );

    // agencies: AGENCY and ADMINISTRATION units only
    await choose('filter-agency', 'Sở Nội vụ');
    await waitFor(() => expect(searches().at(-1)).toContain('agency=H99.SNV'));
    expect(optionsOf('filter-agency')).toEqual(['Tất cả', 'Sở Nội vụ', 'UBND xã Một']);

    const input = screen.getByPlaceholderText(/Tìm theo tên/);
    fireEvent.change(input, { target: { value: 'ho tich' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() =>
      expect(searches().at(-1)).toMatch(
        /^\/api\/v1\/procedures\?q=ho\+tich&field=.*&level=PROVINCE&agency=H99\.SNV&page=0&size=20$/,
      ),
    );

    fireEvent.click(screen.getByTestId('filter-reset'));
    await waitFor(() => expect(searches().at(-1)).toBe('/api/v1/procedures?page=0&size=20'));
  });

  it('offers the state filter to catalogue staff and sends their token', async () => {
    renderPage(<ProcedureSearch staff />, {
      path: '/thu-tuc',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    await screen.findByText('Đăng ký khai sinh');
    await choose('filter-state', 'Dự thảo');
    await waitFor(() => expect(searches().at(-1)).toBe('/api/v1/procedures?state=DRAFT&page=0&size=20'));
    const last = fetchMock.mock.calls.filter((c) => String(c[0]).startsWith('/api/v1/procedures?')).at(-1)!;
    expect((last[1]?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
  });

  it('opens the procedure page when a row is clicked', async () => {
    renderPage(<ProcedureSearch />, { path: '/thu-tuc' });
    const table = await screen.findByTestId('procedure-table');
    const row = await waitFor(() => {
      const r = table.querySelector('tr[data-row-key="1.001193.000.00.00.H99"]');
      if (!r) throw new Error('row not rendered');
      return r;
    });
    expect(within(row as HTMLElement).getByText('UBND xã Một')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Cấp xã')).toBeTruthy();
    fireEvent.click(row);
    expect(screen.getByTestId('location').textContent).toBe('/thu-tuc/1.001193.000.00.00.H99');
  });
});
