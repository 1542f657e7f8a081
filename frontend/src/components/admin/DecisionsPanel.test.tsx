import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import { DecisionsPanel } from './DecisionsPanel';
import { pickDate } from '../../test/dates';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const recent = {
  items: [
    {
      id: 7,
      number: '45/QĐ-UBND',
      title: 'Công bố TTHC lĩnh vực hộ tịch',
      decisionDate: '2025-12-20',
      effectiveDate: '2026-01-01',
      recordedAt: '2025-12-21T09:00:00+07:00',
    },
  ],
  page: 0,
  size: 10,
  total: 1,
};

async function chooseOption(container: HTMLElement, label: string) {
  fireEvent.mouseDown(container.querySelector('.ant-select-selector, .ant-select-content') ?? container);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === label);
    if (!found) throw new Error(`no option ${label}`);
    return found;
  });
  fireEvent.click(option);
}

describe('DecisionsPanel', () => {
  it('records a decision with several items, and shows the item a 409 names', async () => {
    const posted: unknown[] = [];
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      '/api/v1/procedures/decisions': (_u, init) => {
        if (init?.method !== 'POST') return json(recent);
        posted.push(JSON.parse(String(init.body)));
        return posted.length === 1
          ? problem(409, 'Xung đột', { detail: 'items[1]: thủ tục 1.000002.H99 chưa có dự thảo để sửa đổi' })
          : json({ ...recent.items[0], id: 8, number: '46/QĐ-UBND', items: [] }, 201);
      },
      '/api/v1/procedures/decisions/7': () =>
        json({
          ...recent.items[0],
          recordedBy: 'catalogue',
          items: [{ procedureCode: '1.001193.000.00.00.H99', action: 'AMEND', version: 2 }],
        }),
    });
    renderPage(<DecisionsPanel />, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
    const list = await screen.findByTestId('decision-list');
    await waitFor(() => expect(within(list).getByText('45/QĐ-UBND')).toBeTruthy());
    expect(within(list).getByText('20/12/2025')).toBeTruthy();
    // the list has no items: expanding a decision loads them
    fireEvent.click(list.querySelector('.ant-table-row-expand-icon') as HTMLElement);
    const items = await screen.findByTestId('decision-items');
    await waitFor(() => expect(items.textContent).toContain('1.001193.000.00.00.H99 — Sửa đổi, bổ sung (Phiên bản 2)'));

    fireEvent.change(screen.getByTestId('decision-number'), { target: { value: '46/QĐ-UBND' } });
    pickDate(screen.getByTestId('decision-date'), '01/02/2026');
    pickDate(screen.getByTestId('decision-effective-date'), '15/02/2026');
    fireEvent.change(screen.getAllByTestId('decision-item-code')[0], { target: { value: '9.001.H99' } });
    fireEvent.click(screen.getByTestId('decision-add-item'));
    await waitFor(() => expect(screen.getAllByTestId('decision-item')).toHaveLength(2));
    const second = screen.getAllByTestId('decision-item')[1];
    fireEvent.change(within(second).getByTestId('decision-item-code'), { target: { value: '1.000002.H99' } });
    await chooseOption(within(second).getByTestId('decision-item-action'), 'Thay thế');
    // REPLACE asks for the successor
    fireEvent.change(await within(second).findByTestId('decision-item-replaced-by'), {
      target: { value: '1.000003.H99' },
    });

    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      number: '46/QĐ-UBND',
      title: null,
      issuerCode: null,
      decisionDate: '2026-02-01',
      effectiveDate: '2026-02-15',
      items: [
        { procedureCode: '9.001.H99', action: 'PUBLISH' },
        { procedureCode: '1.000002.H99', action: 'REPLACE', replacedBy: '1.000003.H99' },
      ],
    });
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('items[1]');

    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(posted).toHaveLength(2));
    // recorded: the form is reset and the list reloaded
    await waitFor(() => expect((screen.getByTestId('decision-number') as HTMLInputElement).value).toBe(''));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(
          ([u, i]) => String(u).startsWith('/api/v1/procedures/decisions?') && i?.method === 'GET',
        ).length,
      ).toBeGreaterThanOrEqual(2),
    );
  });

  it('refuses to send a decision without its dates', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      '/api/v1/procedures/decisions': () => json(recent),
    });
    renderPage(<DecisionsPanel />, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
    fireEvent.change(await screen.findByTestId('decision-number'), { target: { value: '1/QĐ' } });
    fireEvent.click(screen.getByTestId('decision-submit'));
    expect((await screen.findAllByText('Bắt buộc nhập')).length).toBeGreaterThanOrEqual(2);
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(false);
  });
  it('reads the filters of the list from the URL (the home page links here), shows them and clears them', async () => {
    const asked: string[] = [];
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      '/api/v1/procedures/decisions': (url) => {
        asked.push(url);
        return json(recent);
      },
    });
    renderPage(<DecisionsPanel />, {
      path: '/quan-tri-danh-muc?tab=decisions&catalogue=H99&effectiveFrom=2026-12-07&effectiveTo=2026-12-14',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    const filters = await screen.findByTestId('decision-filters');
    expect(filters.textContent).toContain('Có hiệu lực từ 07/12/2026 đến 14/12/2026');
    expect(filters.textContent).toContain('Danh mục H99');
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    const first = new URL(asked[0], 'http://x').searchParams;
    expect(first.get('effectiveFrom')).toBe('2026-12-07');
    expect(first.get('effectiveTo')).toBe('2026-12-14');
    expect(first.get('catalogue')).toBe('H99');

    fireEvent.click(screen.getByTestId('decision-filters-clear'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/quan-tri-danh-muc?tab=decisions'));
    expect(screen.queryByTestId('decision-filters')).toBeNull();
    await waitFor(() => expect(new URL(asked[asked.length - 1], 'http://x').searchParams.has('catalogue')).toBe(false));
  });
});
