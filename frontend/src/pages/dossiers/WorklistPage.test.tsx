import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { DossierSummary } from '../../api/dossierTypes';
import { json, loggedIn, renderPage, routeFetch } from '../../test/render';
import WorklistPage from './WorklistPage';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const rows: DossierSummary[] = [
  {
    code: 'H99.X01-260220-0001',
    status: 'PROCESSING',
    statusCode: 4,
    procedureCode: '1.001193.000.00.00.H99',
    procedureName: 'Đăng ký khai sinh',
    applicant: { name: 'Nguyễn Thị Quá Hạn', phone: '0912345678' },
    receivedAt: '2026-02-20T08:00:00+07:00',
    dueAt: '2026-02-25T08:00:00+07:00',
    effectiveDueAt: '2026-02-25T08:00:00+07:00',
    overdue: true,
    dueSoon: false,
    lateWithoutApology: true,
  },
  {
    code: 'H99.X01-260302-0002',
    status: 'RECEIVED',
    statusCode: 2,
    procedureCode: '1.001193.000.00.00.H99',
    procedureName: 'Đăng ký khai sinh',
    applicantName: 'Trần Văn Sắp Hạn',
    receivedAt: '2026-03-02T08:00:00+07:00',
    dueAt: '2026-03-05T08:00:00+07:00',
    overdue: false,
    dueSoon: true,
    lateWithoutApology: false,
  },
  {
    code: 'H99.X01-260302-0003',
    status: 'SUPPLEMENT_REQUESTED',
    statusCode: 5,
    procedureCode: '2.000001.H99',
    procedureName: 'Chứng thực bản sao',
    applicant: { name: 'Lê Văn Bình', phone: '0900000000' },
    dueAt: '2026-03-20T08:00:00+07:00',
    extendedDueAt: '2026-03-25T16:00:00+07:00',
    effectiveDueAt: '2026-03-25T16:00:00+07:00',
    overdue: false,
    dueSoon: false,
    apology: { reason: 'x', newDueAt: '2026-03-25T16:00:00+07:00', signer: 'y' },
  },
  {
    // the service's list rows carry `hasApology` rather than the letter
    code: 'H99.X01-260302-0004',
    status: 'PROCESSING',
    statusCode: 4,
    procedureCode: '2.000001.H99',
    applicantName: 'Phạm Thị Dung',
    dueAt: '2026-03-01T08:00:00+07:00',
    effectiveDueAt: '2026-03-12T16:00:00+07:00',
    overdue: true,
    dueSoon: false,
    hasApology: true,
    lateWithoutApology: false,
  },
];

const requested = () =>
  fetchMock.mock.calls
    .map(([u]) => String(u))
    .filter((u) => u.startsWith('/api/v1/dossiers?'))
    .map((u) => new URL(u, 'http://x').searchParams);

describe('WorklistPage', () => {
  it('highlights overdue rows red and due-soon rows amber, flags late dossiers without an apology, links to the dossier', async () => {
    routeFetch(fetchMock, { '/api/v1/dossiers': () => json({ items: rows, page: 0, size: 20, total: 4 }) });
    renderPage(<WorklistPage />, { path: '/ho-so', auth: loggedIn('officer', ['officer'], 'H99.X01') });

    const table = await screen.findByTestId('worklist-table');
    await waitFor(() => expect(within(table).getByText('Nguyễn Thị Quá Hạn')).toBeTruthy());
    const tr = (code: string) => table.querySelector(`tr[data-row-key="${code}"]`) as HTMLElement;

    const late = tr('H99.X01-260220-0001');
    expect(late.className).toContain('dossier-row-overdue');
    expect(late.getAttribute('data-overdue')).toBe('true');
    expect(within(late).getByTestId('flag-overdue').textContent).toBe('Quá hạn');
    expect(within(late).getByTestId('flag-late-without-apology').textContent).toBe('Quá hạn chưa có thư xin lỗi');
    expect(within(late).getByTestId('row-status').textContent).toBe('Đang xử lý');
    expect(within(late).getByText('25/02/2026 08:00')).toBeTruthy();
    expect(within(late).getByTestId('dossier-link').getAttribute('href')).toBe('/ho-so/H99.X01-260220-0001');

    const soon = tr('H99.X01-260302-0002');
    expect(soon.className).toContain('dossier-row-due-soon');
    expect(soon.className).not.toContain('dossier-row-overdue');
    expect(within(soon).getByTestId('flag-due-soon')).toBeTruthy();
    expect(within(soon).queryByTestId('flag-late-without-apology')).toBeNull();
    expect(within(soon).getByText('Trần Văn Sắp Hạn')).toBeTruthy(); // applicantName fallback
    expect(within(soon).getByTestId('row-status').textContent).toBe('Được tiếp nhận');

    const extended = tr('H99.X01-260302-0003');
    expect(extended.className).not.toMatch(/dossier-row-(overdue|due-soon)/);
    expect(within(extended).getByTestId('row-due').textContent).toBe('25/03/2026 16:00'); // the new date counts
    expect(within(extended).getByTestId('flag-apology')).toBeTruthy();
    expect(within(extended).getByTestId('row-status').textContent).toBe('Yêu cầu bổ sung giấy tờ');

    const apologised = tr('H99.X01-260302-0004');
    expect(apologised.className).toContain('dossier-row-overdue');
    expect(within(apologised).getByTestId('flag-apology').textContent).toBe('Đã có thư xin lỗi');
    expect(within(apologised).queryByTestId('flag-late-without-apology')).toBeNull();
    expect(within(apologised).getByTestId('row-due').textContent).toBe('12/03/2026 16:00');

    expect(screen.getByText('Tổng số 4 hồ sơ')).toBeTruthy();
    // officers get the desk button
    expect(screen.getByTestId('worklist-receive')).toBeTruthy();
    // the call: page 0, size 20, bearer token
    const [url, init] = fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/v1/dossiers?'))!;
    expect(String(url)).toBe('/api/v1/dossiers?page=0&size=20');
    expect((init?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
  });

  it('says "more than" when the server stopped counting at its cap', async () => {
    routeFetch(fetchMock, {
      '/api/v1/dossiers': () => json({ items: rows, page: 0, size: 20, total: 10000, totalCapped: true }),
    });
    renderPage(<WorklistPage />, { path: '/ho-so', auth: loggedIn('officer', ['officer'], 'H99.X01') });
    expect(await screen.findByText('Hơn 10000 hồ sơ')).toBeTruthy();
    expect(screen.queryByText('Tổng số 10000 hồ sơ')).toBeNull();
  });

  it('sends the URL filters to the server and updates them from the search box', async () => {
    routeFetch(fetchMock, { '/api/v1/dossiers': () => json({ items: [], page: 0, size: 20, total: 0 }) });
    renderPage(<WorklistPage />, {
      path: '/ho-so?due=OVERDUE&status=PROCESSING&page=1',
      auth: loggedIn('leader', ['leader'], 'H99.X01'),
    });

    await waitFor(() => expect(requested()).toHaveLength(1));
    expect(Object.fromEntries(requested()[0])).toEqual({ status: 'PROCESSING', due: 'OVERDUE', page: '1', size: '20' });
    expect(screen.queryByTestId('worklist-receive')).toBeNull(); // leaders do not receive
    expect(await screen.findByText('Không có hồ sơ nào')).toBeTruthy();

    const search = within(screen.getByTestId('worklist-search')).getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'khai sinh' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('q=khai+sinh'));
    const loc = new URL(screen.getByTestId('location').textContent!, 'http://x');
    expect(Object.fromEntries(loc.searchParams)).toEqual({ q: 'khai sinh', status: 'PROCESSING', due: 'OVERDUE' }); // page back to 0
    await waitFor(() => expect(requested()).toHaveLength(2));
    expect(Object.fromEntries(requested()[1])).toEqual({
      q: 'khai sinh',
      status: 'PROCESSING',
      due: 'OVERDUE',
      page: '0',
      size: '20',
    });

    fireEvent.click(screen.getByTestId('worklist-reset'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/ho-so'));
  });
});
