import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import i18n from '../i18n';
import { ProcedureListView } from './ProcedureListView';

const page = {
  items: [
    {
      code: '1.000948.H99',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'COMMUNE',
      state: 'IN_FORCE',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    },
    {
      code: '2.000001.H99',
      name: 'Cấp giấy phép xây dựng',
      field: 'Xây dựng',
      level: 'DISTRICT',
      state: 'IN_FORCE',
      processingTime: { value: 1, unit: 'MONTHS' },
    },
  ],
  page: 0,
  size: 20,
  total: 2,
};

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function renderList(path = '/thu-tuc') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <ProcedureListView endpoint="/api/v1/procedures" searchable showState />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});

afterEach(() => vi.unstubAllGlobals());

describe('ProcedureListView', () => {
  it('renders the procedures returned by the API, in Vietnamese', async () => {
    fetchMock.mockResolvedValue(json(page));
    renderList();

    const table = await screen.findByTestId('procedure-table');
    expect(await within(table).findByText('Đăng ký khai sinh')).toBeTruthy();
    expect(within(table).getByText('1.000948.H99')).toBeTruthy();
    expect(within(table).getByText('Hộ tịch')).toBeTruthy();
    expect(within(table).getByText('3 ngày làm việc')).toBeTruthy();
    expect(within(table).getByText('1 tháng')).toBeTruthy();
    expect(within(table).getByText('Cấp xã')).toBeTruthy();
    expect(within(table).getAllByText('Đang hiệu lực')).toHaveLength(2);
    expect(within(table).getAllByText('Mã thủ tục').length).toBeGreaterThan(0);
    expect(screen.getByTestId('procedure-total').textContent).toBe('Tổng số 2 thủ tục');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/procedures?page=0&size=20');
    expect((init?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('searches with the text typed in the search box', async () => {
    fetchMock.mockResolvedValue(json(page));
    renderList();
    await screen.findByText('Đăng ký khai sinh');

    const input = screen.getByPlaceholderText(/Tìm theo tên/);
    fireEvent.change(input, { target: { value: 'khai sinh' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1][0]).toBe('/api/v1/procedures?q=khai+sinh&page=0&size=20');
  });

  it('takes the page from the URL', async () => {
    fetchMock.mockResolvedValue(json({ ...page, page: 2, total: 60 }));
    renderList('/thu-tuc?q=h%E1%BB%99+t%E1%BB%8Bch&page=2');
    await screen.findByText('Đăng ký khai sinh');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/procedures?q=h%E1%BB%99+t%E1%BB%8Bch&page=2&size=20');
  });

  it('renders English labels', async () => {
    await i18n.changeLanguage('en');
    fetchMock.mockResolvedValue(json(page));
    renderList();
    expect(await screen.findByText('3 working days')).toBeTruthy();
    expect(screen.getByText('1 month')).toBeTruthy();
    expect(screen.getAllByText('Processing time').length).toBeGreaterThan(0);
  });

  it('shows the title and detail of a problem+json error', async () => {
    // a service's problem, in the UI language (Content-Language: vi), is shown as the service worded it
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Dịch vụ không sẵn sàng',
          status: 503,
          detail: 'Dịch vụ thủ tục đang bảo trì',
        }),
        { status: 503, headers: { 'content-type': 'application/problem+json', 'content-language': 'vi' } },
      ),
    );
    renderList();
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Dịch vụ không sẵn sàng');
    expect(alert.textContent).toContain('Dịch vụ thủ tục đang bảo trì');
    expect(alert.textContent).toContain('503');
  });
});
