import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { PeriodRow } from '../../api/dossierTypes';
import { json, loggedIn, renderPage, routeFetch } from '../../test/render';
import StatisticsPage, { exportFileName, reportParamsFrom } from './StatisticsPage';

const fetchMock = vi.fn<typeof fetch>();
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:xlsx');
  URL.revokeObjectURL = vi.fn();
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

const zero: Omit<PeriodRow, 'key'> = {
  carriedOver: 0,
  received: 0,
  receivedOnline: 0,
  receivedDirect: 0,
  receivedPostal: 0,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgress: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  lateWithApology: 0,
  lateWithoutApology: 0,
  refused: 0,
  withdrawn: 0,
  stopped: 0,
};

const x01: PeriodRow = {
  ...zero,
  key: 'H99.X01',
  name: 'UBND xã Một',
  carriedOver: 4,
  received: 20,
  receivedOnline: 8,
  receivedDirect: 10,
  receivedPostal: 2,
  resolved: 16,
  resolvedEarly: 10,
  resolvedOnTime: 2,
  resolvedLate: 4,
  inProgress: 7,
  inProgressWithinTime: 6,
  inProgressOverdue: 1,
  lateWithApology: 3,
  lateWithoutApology: 2,
  refused: 1,
  onTimeRate: 75,
};
const x02: PeriodRow = {
  ...zero,
  key: 'H99.X02',
  name: 'UBND xã Hai',
  received: 4,
  receivedDirect: 4,
  resolved: 4,
  resolvedLate: 4,
  lateWithoutApology: 4,
  withdrawn: 1,
  stopped: 1,
  onTimeRate: 0,
};

/** The total row as the server sends it (dossiers `PeriodReport.total`: counts summed, rate recomputed there). */
const serverTotal: PeriodRow = {
  ...zero,
  key: 'TOTAL',
  name: 'Tổng cộng',
  carriedOver: 4,
  received: 24,
  receivedOnline: 8,
  receivedDirect: 14,
  receivedPostal: 2,
  resolved: 20,
  resolvedEarly: 10,
  resolvedOnTime: 2,
  resolvedLate: 8,
  inProgress: 7,
  inProgressWithinTime: 6,
  inProgressOverdue: 1,
  lateWithApology: 3,
  lateWithoutApology: 6,
  refused: 1,
  withdrawn: 1,
  stopped: 1,
  onTimeRate: 60,
};

describe('reportParamsFrom', () => {
  it('defaults to this month, the user unit (all for province-wide roles) and grouping by unit', () => {
    expect(reportParamsFrom(new URLSearchParams(), 'H99.X01', false, '2026-03-17')).toEqual({
      from: '2026-03-01',
      to: '2026-03-17',
      unit: 'H99.X01',
      groupBy: 'UNIT',
    });
    expect(reportParamsFrom(new URLSearchParams(), 'H99.SNV', true, '2026-03-17').unit).toBeUndefined();
    expect(
      reportParamsFrom(new URLSearchParams('from=2026-01-01&to=2026-01-31&unit=&groupBy=FIELD'), 'H99.X01', false),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      unit: undefined,
      groupBy: 'FIELD',
    });
    expect(reportParamsFrom(new URLSearchParams('groupBy=NOPE&from=x'), 'H99.X01', false, '2026-03-17').groupBy).toBe(
      'UNIT',
    );
    expect(exportFileName({ from: '2026-03-01', to: '2026-03-31', unit: 'H99.X01', groupBy: 'UNIT' })).toBe(
      'bao-cao-giai-quyet-tthc_H99.X01_2026-03-01_2026-03-31.xlsx',
    );
  });
});

describe('StatisticsPage', () => {
  it('shows the grouped report with its total row, the charts, a 6-month trend and exports to Excel', async () => {
    const calls: URLSearchParams[] = [];
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      '/api/v1/dossiers/reports/period': (url) => {
        const q = new URL(url, 'http://x').searchParams;
        calls.push(q);
        if (q.get('format') === 'xlsx')
          return new Response(new Uint8Array([80, 75]), { headers: { 'content-type': 'application/octet-stream' } });
        if (q.get('from') === '2026-03-01' && q.get('to') === '2026-03-31')
          return json({ unit: 'H99', rows: [x01, x02], total: serverTotal }); // the server's total
        // trend months: one total per month
        const month = Number(q.get('from')!.slice(5, 7));
        return json({
          rows: [],
          total: { ...zero, key: 'TOTAL', resolved: 10, resolvedOnTime: month, onTimeRate: month * 5 },
        });
      },
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(<StatisticsPage />, {
      path: '/ho-so/thong-ke?from=2026-03-01&to=2026-03-31&unit=H99&groupBy=UNIT',
      auth: loggedIn('leader', ['leader'], 'H99'),
    });

    const table = await screen.findByTestId('period-report');
    await waitFor(() => expect(within(table).getByText('UBND xã Một')).toBeTruthy());
    // grouped headers of §3.8
    for (const h of [
      'Số hồ sơ nhận giải quyết',
      'Mới tiếp nhận',
      'Kết quả giải quyết',
      'Đã giải quyết',
      'Đang giải quyết',
      'Hồ sơ quá hạn',
      'Đã có thư xin lỗi',
      'Chưa có thư xin lỗi',
      'Trả lại, rút, dừng',
      'Tỷ lệ đúng hạn',
    ]) {
      expect(within(table).getAllByText(h).length).toBeGreaterThan(0);
    }
    const cell = (root: Element, leaf: string) => root.querySelector(`[data-leaf="${leaf}"]`)!.textContent;
    const rowX01 = table.querySelector('tr[data-row-key="H99.X01"]')!;
    expect(cell(rowX01, 'toHandle')).toBe('24');
    expect(cell(rowX01, 'onTimeRate')).toBe('75%');

    const total = screen.getByTestId('period-report-total');
    expect(total.textContent).toContain('Tổng cộng');
    expect(cell(total, 'toHandle')).toBe('28');
    expect(cell(total, 'received')).toBe('24');
    expect(cell(total, 'receivedDirect')).toBe('14');
    expect(cell(total, 'resolved')).toBe('20');
    expect(cell(total, 'resolvedLate')).toBe('8');
    expect(cell(total, 'lateWithApology')).toBe('3');
    expect(cell(total, 'lateWithoutApology')).toBe('6');
    expect(cell(total, 'withdrawn')).toBe('1');
    expect(cell(total, 'onTimeRate')).toBe('60%'); // the server's rate, shown as sent

    const onTime = screen.getByTestId('stats-on-time-chart');
    expect(
      [...onTime.querySelectorAll('li')].map((li) => [li.getAttribute('data-key'), li.getAttribute('data-percent')]),
    ).toEqual([
      ['H99.X01', '75'],
      ['H99.X02', '0'],
    ]);
    const late = screen.getByTestId('stats-late-chart');
    expect([...late.querySelectorAll('li')].map((li) => li.getAttribute('data-value'))).toEqual(['2', '4']);

    // trend: the 6 months up to the end of the period, by unit
    await waitFor(() =>
      expect(screen.getAllByTestId('trend-point').map((p) => p.getAttribute('data-value'))).toEqual([
        '50',
        '55',
        '60',
        '5',
        '10',
        '60',
      ]),
    ); // March: the main report's summed total
    expect(screen.getAllByTestId('trend-point').map((p) => p.getAttribute('data-key'))).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const trendCalls = calls.filter((q) => q.get('to') !== '2026-03-31' || q.get('from') !== '2026-03-01');
    expect(trendCalls.map((q) => `${q.get('from')}..${q.get('to')} ${q.get('groupBy')} ${q.get('unitCode')}`)).toEqual([
      '2025-10-01..2025-10-31 UNIT H99',
      '2025-11-01..2025-11-30 UNIT H99',
      '2025-12-01..2025-12-31 UNIT H99',
      '2026-01-01..2026-01-31 UNIT H99',
      '2026-02-01..2026-02-28 UNIT H99',
    ]); // March is the main report (same key)

    fireEvent.click(screen.getByTestId('stats-export'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const xlsx = calls.find((q) => q.get('format') === 'xlsx')!;
    expect(Object.fromEntries(xlsx)).toEqual({
      unitCode: 'H99',
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'UNIT',
      format: 'xlsx',
    });
    const a = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(a.download).toBe('bao-cao-giai-quyet-tthc_H99_2026-03-01_2026-03-31.xlsx');
    const xlsxCall = fetchMock.mock.calls.find(([u]) => String(u).includes('format=xlsx'))!;
    expect((xlsxCall[1]?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
  });

  it('is refused to officers', async () => {
    renderPage(<StatisticsPage />, { path: '/ho-so/thong-ke', auth: loggedIn('officer', ['officer'], 'H99.X01') });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
