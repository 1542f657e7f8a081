import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import type { ComplianceOverview, ComplianceReport } from '../api/types';
import { json, loggedIn, problem, renderPage, routeFetch } from '../test/render';
import PostingPage, { ComplianceReportPage } from './PostingPages';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const units = {
  items: [
    { code: 'H99', name: 'UBND tỉnh', kind: 'ADMINISTRATION' },
    { code: 'H99.TTPV', name: 'Trung tâm Phục vụ HCC tỉnh', kind: 'ONE_STOP', receivesDossiers: true },
    { code: 'H99.X01', name: 'UBND xã Một', kind: 'ADMINISTRATION', parentCode: 'H99' },
    { code: 'H99.X01.MC', name: 'Một cửa xã Một', kind: 'ONE_STOP', receivesDossiers: true, parentCode: 'H99.X01' },
    { code: 'H99.X02.MC', name: 'Một cửa xã Hai', kind: 'ONE_STOP', receivesDossiers: true },
  ],
  page: 0,
  size: 100,
  total: 5,
};

const report: ComplianceReport = {
  unitCode: 'H99.X01.MC',
  unitName: 'Một cửa xã Một',
  asOf: '2026-03-01',
  required: 4,
  posted: 4,
  compliant: 2,
  complianceRate: 50,
  stalePosted: [{ procedureCode: '1.000001.H99', name: 'Thủ tục đã bãi bỏ', postedVersion: 1, state: 'ABOLISHED' }],
  missing: [{ procedureCode: '1.000002.H99', name: 'Thủ tục chưa niêm yết', version: 1 }],
  outdated: [
    { procedureCode: '1.001193.000.00.00.H99', name: 'Đăng ký khai sinh', postedVersion: 1, versionInForce: 2 },
  ],
};

/** The API's paging envelope around `items`. */
const page = <T,>(items: T[], total = items.length, pageNo = 0, size = 20) => ({ items, page: pageNo, size, total });

/** Routes of the three compliance lists of a unit, paged by the server, from a report. */
const listRoutes = (unit: string, r: ComplianceReport) => ({
  [`/api/v1/procedures/compliance/${unit}/stale`]: () => json(page(r.stalePosted)),
  [`/api/v1/procedures/compliance/${unit}/missing`]: () => json(page(r.missing)),
  [`/api/v1/procedures/compliance/${unit}/outdated`]: () => json(page(r.outdated)),
});

/** The nearest element around a table that holds its pagination (antd renders it beside the table). */
const pagerOf = (el: HTMLElement): HTMLElement => {
  let n: HTMLElement | null = el;
  while (n && !n.querySelector('.ant-pagination')) n = n.parentElement;
  return n ?? el;
};

const calls = () => fetchMock.mock.calls.map(([u, init]) => `${init?.method ?? 'GET'} ${String(u)}`);

describe('PostingPage', () => {
  it('preselects the receiving point under the officer unit and acts on the compliance lists', async () => {
    const bodies: unknown[] = [];
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/postings/H99.X01.MC/items': (_u, init) => {
        if (!init?.method || init.method === 'GET')
          return json(
            page([
              {
                procedureCode: '1.001193.000.00.00.H99',
                name: 'Đăng ký khai sinh',
                version: 1,
                postedOn: '2025-07-02',
              },
            ]),
          );
        if (init?.body) bodies.push(JSON.parse(String(init.body)));
        return init?.method === 'DELETE' ? new Response(null, { status: 204 }) : json({}, 201);
      },
      '/api/v1/procedures/compliance/H99.X01.MC': () => json(report),
      ...listRoutes('H99.X01.MC', report),
    });
    renderPage(<PostingPage />, { path: '/niem-yet', auth: loggedIn('officer', ['officer'], 'H99.X01') });

    const list = await screen.findByTestId('posting-list');
    await waitFor(() => expect(within(list).getByText('Đăng ký khai sinh')).toBeTruthy());
    expect(within(list).getByText('02/07/2025')).toBeTruthy();
    expect(calls()).toContain('GET /api/v1/procedures/postings/H99.X01.MC/items?page=0&size=20');
    expect(calls()).toContain('GET /api/v1/procedures/compliance/H99.X01.MC');

    expect((await screen.findByTestId('compliance-rate')).textContent).toBe('50%');
    expect(within(screen.getByTestId('compliance-required')).getByText('4')).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByTestId('compliance-stale')).getByText('Thủ tục đã bãi bỏ')).toBeTruthy(),
    );
    expect(within(screen.getByTestId('compliance-stale')).getByText('Đã bãi bỏ')).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByTestId('compliance-missing')).getByTestId('post-missing')).toBeTruthy(),
    );
    await waitFor(() =>
      expect(within(screen.getByTestId('compliance-outdated')).getByTestId('update-outdated')).toBeTruthy(),
    );

    // post a missing one (with its version in force)
    fireEvent.click(within(screen.getByTestId('compliance-missing')).getByTestId('post-missing'));
    await waitFor(() => expect(bodies).toEqual([{ procedureCode: '1.000002.H99', version: 1 }]));

    // update an outdated one to the version in force
    const update = within(screen.getByTestId('compliance-outdated')).getByTestId('update-outdated');
    expect(update.textContent).toBe('Cập nhật lên phiên bản 2');
    fireEvent.click(update);
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ procedureCode: '1.001193.000.00.00.H99', version: 2 });

    // take a stale one down (after confirming)
    fireEvent.click(within(screen.getByTestId('compliance-stale')).getByTestId('take-down-stale'));
    fireEvent.click(await screen.findByRole('button', { name: /OK|Đồng ý/ }));
    await waitFor(() => expect(calls()).toContain('DELETE /api/v1/procedures/postings/H99.X01.MC/items/1.000001.H99'));

    // each change reloads the compliance report
    await waitFor(() =>
      expect(calls().filter((c) => c === 'GET /api/v1/procedures/compliance/H99.X01.MC').length).toBeGreaterThanOrEqual(
        2,
      ),
    );
  }, 60_000); // many antd tables on a loaded machine

  it('pages the posted list and the compliance lists on the server', async () => {
    const posted = Array.from({ length: 45 }, (_, i) => ({
      procedureCode: `1.${String(i).padStart(6, '0')}.H99`,
      name: `Thủ tục số ${i}`,
      version: 1,
      postedOn: '2025-07-02',
    }));
    const missing = Array.from({ length: 23 }, (_, i) => ({
      procedureCode: `2.${String(i).padStart(6, '0')}.H99`,
      name: `Thủ tục thiếu ${i}`,
      version: 1,
    }));
    const slice = <T,>(all: T[], url: string) => {
      const q = new URL(url, 'http://x').searchParams;
      const p = Number(q.get('page')),
        size = Number(q.get('size'));
      return json(page(all.slice(p * size, p * size + size), all.length, p, size));
    };
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/postings/H99.X01.MC/items': (u) => slice(posted, u),
      '/api/v1/procedures/compliance/H99.X01.MC/missing': (u) => slice(missing, u),
      '/api/v1/procedures/compliance/H99.X01.MC/stale': () => json(page([])),
      '/api/v1/procedures/compliance/H99.X01.MC/outdated': () => json(page([])),
      '/api/v1/procedures/compliance/H99.X01.MC': () => json({ ...report, missing: missing.slice(0, 5) }),
    });
    renderPage(<PostingPage />, { path: '/niem-yet', auth: loggedIn('officer', ['officer'], 'H99.X01') });

    const list = await screen.findByTestId('posting-list');
    await waitFor(() => expect(within(list).getByText('Thủ tục số 0')).toBeTruthy());
    expect(within(list).queryByText('Thủ tục số 20')).toBeNull();
    expect(within(pagerOf(list)).getByText('Tổng số 45 mục')).toBeTruthy();
    // page 3 of the posted list: asked of the server, not cut from a full list
    fireEvent.click(within(pagerOf(list)).getByTitle('3'));
    await waitFor(() => expect(within(list).getByText('Thủ tục số 40')).toBeTruthy());
    expect(calls()).toContain('GET /api/v1/procedures/postings/H99.X01.MC/items?page=2&size=20');
    expect(within(list).queryByText('Thủ tục số 0')).toBeNull();

    // the missing list: its count is the server's total, its second page another request
    const missingTable = screen.getByTestId('compliance-missing');
    await waitFor(() => expect(within(missingTable).getByText('Thủ tục thiếu 0')).toBeTruthy());
    expect(screen.getByTestId('compliance-missing-count').textContent).toBe('23');
    fireEvent.click(within(pagerOf(missingTable)).getByTitle('2'));
    await waitFor(() => expect(within(missingTable).getByText('Thủ tục thiếu 22')).toBeTruthy());
    expect(calls()).toContain('GET /api/v1/procedures/compliance/H99.X01.MC/missing?page=1&size=20');
  }, 60_000); // many antd tables on a loaded machine

  it('shows a 403 from the compliance report with the ErrorAlert', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/postings/H99.X02.MC/items': () => json(page([])),
      '/api/v1/procedures/compliance/H99.X02.MC': () =>
        problem(403, 'Không có quyền', { detail: 'Ngoài đơn vị của bạn' }),
      '/api/v1/procedures/compliance/H99.TTPV': () => json({ ...report, unitCode: 'H99.TTPV' }),
      '/api/v1/procedures/postings/H99.TTPV/items': () => json(page([])),
    });
    renderPage(<PostingPage />, {
      path: '/niem-yet?unit=H99.X02.MC',
      auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV'),
    });
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Không có quyền');
    expect(alert.textContent).toContain('Ngoài đơn vị của bạn');
    expect(alert.textContent).toContain('403');
  });

  it('catalogue admins see the lists without the buttons', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/postings/H99.TTPV/items': () => json(page([])),
      '/api/v1/procedures/compliance/H99.TTPV': () => json({ ...report, unitCode: 'H99.TTPV' }),
      ...listRoutes('H99.TTPV', report),
    });
    renderPage(<PostingPage />, { path: '/niem-yet', auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
    await screen.findByTestId('compliance-rate');
    expect(calls()).toContain('GET /api/v1/procedures/compliance/H99.TTPV'); // first receiving point
    expect(screen.queryByTestId('post-missing')).toBeNull();
    expect(screen.queryByTestId('take-down-stale')).toBeNull();
  });
});

describe('ComplianceReportPage', () => {
  const overview: ComplianceOverview = {
    asOf: '2026-03-01',
    unitCode: 'H99.X01',
    totals: { units: 2, required: 10, posted: 9, compliant: 8, missing: 1, stale: 1, outdated: 0, complianceRate: 80 },
    units: [
      {
        unitCode: 'H99.X01.MC',
        unitName: 'Một cửa xã Một',
        required: 4,
        posted: 4,
        compliant: 2,
        missing: 1,
        stale: 1,
        outdated: 1,
        complianceRate: 50,
      },
      {
        unitCode: 'H99.X02.MC',
        unitName: 'Một cửa xã Hai',
        required: 6,
        posted: 6,
        compliant: 6,
        missing: 0,
        stale: 0,
        outdated: 0,
        complianceRate: 100,
      },
    ],
  };

  it("asks for the leader's unit and shows totals, the chart and a link per unit", async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/compliance': () => json(overview),
      '/api/v1/procedures/compliance/units': () => json(page(overview.units, 2, 0, 50)),
    });
    renderPage(<ComplianceReportPage />, {
      path: '/niem-yet/bao-cao',
      auth: loggedIn('leader', ['leader'], 'H99.X01'),
    });
    const table = await screen.findByTestId('report-units');
    await waitFor(() => expect(within(table).getByText('Một cửa xã Hai')).toBeTruthy());
    expect(calls()).toContain('GET /api/v1/procedures/compliance?unitCode=H99.X01');
    expect(calls()).toContain('GET /api/v1/procedures/compliance/units?unitCode=H99.X01&page=0&size=50');
    expect(screen.getByTestId('report-total-rate').textContent).toContain('80%');

    const chart = screen.getByTestId('rate-chart');
    const bars = chart.querySelectorAll('li');
    expect(bars).toHaveLength(2);
    expect(bars[0].getAttribute('data-percent')).toBe('50');
    expect(bars[0].textContent).toContain('50%');
    expect((bars[1].querySelector('.rate-bar-fill') as HTMLElement).style.width).toBe('100%');

    const links = within(table).getAllByTestId('report-detail-link');
    expect(links[0].getAttribute('href')).toBe('/niem-yet/bao-cao/H99.X01.MC');
  });

  it('pages the units of the report on the server', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...overview.units[0],
      unitCode: `H99.X${String(i).padStart(3, '0')}.MC`,
      unitName: `Một cửa số ${i}`,
    }));
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/compliance/units': (u) => {
        const q = new URL(u, 'http://x').searchParams;
        const p = Number(q.get('page')),
          size = Number(q.get('size'));
        return json(page(many.slice(p * size, p * size + size), many.length, p, size));
      },
      '/api/v1/procedures/compliance': () => json({ ...overview, unitCode: null, units: many }),
    });
    renderPage(<ComplianceReportPage />, {
      path: '/niem-yet/bao-cao',
      auth: loggedIn('inspector', ['inspector'], 'H99.SNV'),
    });
    const table = await screen.findByTestId('report-units');
    await waitFor(() => expect(within(table).getByText('Một cửa số 49')).toBeTruthy());
    expect(within(table).queryByText('Một cửa số 50')).toBeNull();
    fireEvent.click(within(pagerOf(table)).getByTitle('3'));
    await waitFor(() => expect(within(table).getByText('Một cửa số 100')).toBeTruthy());
    expect(calls()).toContain('GET /api/v1/procedures/compliance/units?page=2&size=50');
    expect(within(pagerOf(table)).getByText('Tổng số 120 mục')).toBeTruthy();
  }, 60_000); // many antd tables on a loaded machine

  it('covers the whole province for inspectors', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json(units),
      '/api/v1/procedures/compliance': () => json({ ...overview, unitCode: null }),
      '/api/v1/procedures/compliance/units': () => json(page(overview.units, 2, 0, 50)),
    });
    renderPage(<ComplianceReportPage />, {
      path: '/niem-yet/bao-cao',
      auth: loggedIn('inspector', ['inspector'], 'H99.SNV'),
    });
    await screen.findByTestId('report-units');
    await waitFor(() => expect(calls()).toContain('GET /api/v1/procedures/compliance'));
    expect(calls().some((c) => c.startsWith('GET /api/v1/procedures/compliance?unitCode='))).toBe(false);
  });
});
