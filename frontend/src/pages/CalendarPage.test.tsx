import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import type { WorkingCalendar } from '../api/dossierTypes';
import { json, loggedIn, renderPage, routeFetch } from '../test/render';
import CalendarPage, { dayClass, indexDays } from './CalendarPage';
import { pickDate } from '../test/dates';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const calendar: WorkingCalendar = {
  year: 2026,
  province: 'H99',
  hasDecision: true,
  rules: {
    tetDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    nationalDayAdjacent: '2026-09-03',
    tet: 'Tết Âm lịch (5 ngày): ngày cuối năm âm lịch và mùng 1 đến mùng 4 tháng Giêng.',
    nationalDay: 'Quốc khánh: 2/9 và một ngày liền kề.',
    compensation: 'Ngày nghỉ lễ, tết trùng thứ Bảy hoặc Chủ nhật được nghỉ bù (BLLĐ 2019 Điều 111.3).',
    decisions: 'Quyết định chính thức đã lưu thay thế mặc định trên từng ngày mà quyết định nêu.',
  },
  days: [
    { date: '2026-01-01', kind: 'HOLIDAY', note: 'Tết Dương lịch', source: 'LAW', inForce: true },
    {
      id: 7,
      date: '2026-01-02',
      kind: 'COMPENSATORY_OFF',
      note: 'Nghỉ bù',
      source: 'DECISION',
      decidedBy: 'H99',
      inForce: true,
    },
    {
      date: '2026-01-03',
      kind: 'SWAPPED_WORKDAY',
      note: 'Làm bù cho ngày 02/01',
      source: 'DECISION',
      decidedBy: 'VN',
      inForce: true,
    },
    { date: '2026-04-27', kind: 'COMPENSATORY_OFF', note: 'Nghỉ bù Giỗ Tổ', source: 'COMPENSATION', inForce: true },
    { date: '2026-09-03', kind: 'HOLIDAY', note: 'Quốc khánh (ngày liền kề sau 2/9)', source: 'LAW', inForce: false },
    {
      id: 9,
      date: '2026-09-03',
      kind: 'SWAPPED_WORKDAY',
      note: 'TB 9441: 3/9 làm việc',
      source: 'DECISION',
      decidedBy: 'VN',
      inForce: true,
    },
  ],
};

describe('dayClass / indexDays', () => {
  it('classifies holidays, days off, worked weekend days, weekends and working days', () => {
    expect(dayClass('2026-01-01', { kind: 'HOLIDAY' })).toBe('cal-holiday');
    expect(dayClass('2026-01-02', { kind: 'COMPENSATORY_OFF' })).toBe('cal-off');
    expect(dayClass('2026-01-03', { kind: 'SWAPPED_WORKDAY' })).toBe('cal-swapped'); // a Saturday worked
    expect(dayClass('2026-01-04', undefined)).toBe('cal-weekend'); // Sunday
    expect(dayClass('2026-01-05', undefined)).toBe('cal-workday'); // Monday
  });

  it('lets an official decision override the statutory entry of the same day', () => {
    const map = indexDays([
      { date: '2026-04-30', kind: 'HOLIDAY', source: 'DECISION', note: 'QĐ' },
      { date: '2026-04-30', kind: 'HOLIDAY', source: 'LAW', note: 'BLLĐ' },
    ]);
    expect(map.get('2026-04-30')?.source).toBe('DECISION');
  });

  it('keeps the entry the server marks in force and never a replaced one', () => {
    const map = indexDays(calendar.days);
    expect(map.get('2026-09-03')?.kind).toBe('SWAPPED_WORKDAY');
    expect(map.get('2026-09-03')?.source).toBe('DECISION');
    expect(map.get('2026-04-27')?.source).toBe('COMPENSATION');
  });
});

describe('CalendarPage', () => {
  it('shows the month grid and lets an admin add and remove official entries', async () => {
    const writes: { method: string; url: string; body?: unknown }[] = [];
    routeFetch(fetchMock, {
      '/api/v1/dossiers/calendar/2026/entries': (url, init) => {
        writes.push({
          method: init?.method ?? 'GET',
          url,
          body: init?.body ? JSON.parse(String(init.body)) : undefined,
        });
        return init?.method === 'DELETE' ? new Response(null, { status: 204 }) : json({}, 201);
      },
      '/api/v1/dossiers/calendar/2026': () => json(calendar),
    });
    renderPage(<CalendarPage />, {
      path: '/quan-tri/lich-lam-viec?year=2026',
      auth: loggedIn('admin', ['admin'], 'H99'),
    });

    const grid = await screen.findByTestId('calendar-grid');
    await waitFor(() => expect(grid.querySelector('td[data-date="2026-01-01"]')!.className).toBe('cal-holiday'));
    expect(within(grid).getAllByTestId('calendar-month')).toHaveLength(12);
    expect(grid.querySelector('td[data-date="2026-01-02"]')!.className).toBe('cal-off');
    expect(grid.querySelector('td[data-date="2026-01-03"]')!.className).toBe('cal-swapped');
    expect(grid.querySelector('td[data-date="2026-01-04"]')!.className).toBe('cal-weekend');
    expect(grid.querySelector('td[data-date="2026-01-05"]')!.className).toBe('cal-workday');
    // January 2026 starts on a Thursday: 3 empty cells before the 1st
    const firstWeek = grid.querySelector('[data-month="1"] tbody tr')!;
    // the day number is the cell's first text, the source label (sup) follows it
    expect([...firstWeek.querySelectorAll('td')].map((td) => td.childNodes[0]?.textContent ?? '')).toEqual([
      '',
      '',
      '',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(grid.querySelectorAll('[data-month="2"] td[data-date]')).toHaveLength(28);

    const entries = screen.getByTestId('calendar-entries');
    expect(within(entries).getByText('Tết Dương lịch')).toBeTruthy();
    expect(within(entries).getAllByText('Theo Bộ luật Lao động (mặc định)')).toHaveLength(2);
    expect(within(entries).getByText('Nghỉ bù (Điều 111.3 BLLĐ)')).toBeTruthy();
    expect(within(entries).getAllByText('Theo quyết định đã lưu')).toHaveLength(3);
    expect(within(entries).getAllByTestId('calendar-not-in-force')).toHaveLength(1); // the default 03/9, replaced
    expect(within(entries).getAllByTestId('calendar-remove')).toHaveLength(3); // decisions only

    // add
    const form = screen.getByTestId('calendar-add');
    pickDate(within(form).getByTestId('calendar-add-date'), '01/09/2026');
    fireEvent.change(within(form).getByTestId('calendar-add-note'), {
      target: { value: 'Nghỉ Quốc khánh theo QĐ 01/QĐ-UBND' },
    });
    fireEvent.click(within(form).getByTestId('calendar-add-submit'));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      method: 'POST',
      url: '/api/v1/dossiers/calendar/2026/entries',
      body: { date: '2026-09-01', kind: 'HOLIDAY', note: 'Nghỉ Quốc khánh theo QĐ 01/QĐ-UBND' },
    });

    // each day of the grid says where it comes from: L (law), B (nghỉ bù), QĐ (decision); a legend explains it
    const legend = screen.getByTestId('calendar-source-legend');
    expect(legend.textContent).toContain('L Theo Bộ luật Lao động (mặc định)');
    expect(legend.textContent).toContain('B Nghỉ bù (Điều 111.3 BLLĐ)');
    expect(legend.textContent).toContain('QĐ Theo quyết định đã lưu');
    const jan1 = grid.querySelector('td[data-date="2026-01-01"]')!;
    expect(jan1.getAttribute('data-source')).toBe('LAW');
    expect(jan1.querySelector('sup')!.textContent).toBe('L');
    expect(grid.querySelector('td[data-date="2026-01-02"] sup')!.textContent).toBe('QĐ');
    expect(grid.querySelector('td[data-date="2026-04-27"]')!.className).toBe('cal-off');
    expect(grid.querySelector('td[data-date="2026-04-27"] sup')!.textContent).toBe('B');
    const sep3 = grid.querySelector('td[data-date="2026-09-03"]')!;
    expect(sep3.className).toBe('cal-swapped'); // the decision, not the replaced default holiday
    expect(sep3.getAttribute('data-source')).toBe('DECISION');
    expect(grid.querySelector('td[data-date="2026-01-05"] sup')).toBeNull(); // an ordinary day has no label
    // the year's decision status and the default rules
    expect(screen.getByTestId('calendar-has-decision').textContent).toContain('Năm 2026 có quyết định chính thức');
    expect(screen.getByTestId('calendar-rules').textContent).toContain('Điều 111.3');

    // remove (after confirming): by id when the entry has one…
    fireEvent.click(within(entries).getAllByTestId('calendar-remove')[0]);
    fireEvent.click(await screen.findByRole('button', { name: /OK|Đồng ý/ }));
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes[1]).toEqual({ method: 'DELETE', url: '/api/v1/dossiers/calendar/2026/entries/7', body: undefined });

    // …else by date and kind
    fireEvent.click(within(entries).getAllByTestId('calendar-remove')[1]);
    const oks = await screen.findAllByRole('button', { name: /OK|Đồng ý/ });
    fireEvent.click(oks[oks.length - 1]);
    await waitFor(() => expect(writes).toHaveLength(3));
    expect(writes[2]).toEqual({
      method: 'DELETE',
      url: '/api/v1/dossiers/calendar/2026/entries?date=2026-01-03&kind=SWAPPED_WORKDAY',
      body: { date: '2026-01-03', kind: 'SWAPPED_WORKDAY' },
    });
  });

  it('is read-only for other staff', async () => {
    routeFetch(fetchMock, { '/api/v1/dossiers/calendar/2026': () => json(calendar) });
    renderPage(<CalendarPage />, {
      path: '/quan-tri/lich-lam-viec?year=2026',
      auth: loggedIn('officer', ['officer'], 'H99.X01'),
    });
    expect((await screen.findByTestId('calendar-read-only')).textContent).toContain('Chỉ quản trị hệ thống');
    await waitFor(() =>
      expect(within(screen.getByTestId('calendar-entries')).getByText('Tết Dương lịch')).toBeTruthy(),
    );
    expect(screen.queryByTestId('calendar-add')).toBeNull();
    expect(screen.queryByTestId('calendar-remove')).toBeNull();
  });
});
