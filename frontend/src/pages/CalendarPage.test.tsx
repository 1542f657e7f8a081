import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import type { WorkingCalendar } from '../api/dossierTypes';
import { json, loggedIn, renderPage, routeFetch } from '../test/render';
import CalendarPage, { dayClass, indexDays } from './CalendarPage';

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
  days: [
    { date: '2026-01-01', kind: 'HOLIDAY', note: 'Tết Dương lịch', source: 'STATUTORY' },
    { id: 7, date: '2026-01-02', kind: 'COMPENSATORY_OFF', note: 'Nghỉ bù', source: 'OFFICIAL' },
    { date: '2026-01-03', kind: 'SWAPPED_WORKDAY', note: 'Làm bù cho ngày 02/01', source: 'OFFICIAL' },
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
      { date: '2026-04-30', kind: 'HOLIDAY', source: 'OFFICIAL', note: 'QĐ' },
      { date: '2026-04-30', kind: 'HOLIDAY', source: 'STATUTORY', note: 'BLLĐ' },
    ]);
    expect(map.get('2026-04-30')?.source).toBe('OFFICIAL');
  });
});

describe('CalendarPage', () => {
  it('shows the month grid and lets an admin add and remove official entries', async () => {
    const writes: { method: string; url: string; body?: unknown }[] = [];
    routeFetch(fetchMock, {
      '/api/v1/dossiers/calendar/2026/entries': (url, init) => {
        writes.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
        return init?.method === 'DELETE' ? new Response(null, { status: 204 }) : json({}, 201);
      },
      '/api/v1/dossiers/calendar/2026': () => json(calendar),
    });
    renderPage(<CalendarPage />, { path: '/quan-tri/lich-lam-viec?year=2026', auth: loggedIn('admin', ['admin'], 'H99') });

    const grid = await screen.findByTestId('calendar-grid');
    await waitFor(() => expect(grid.querySelector('td[data-date="2026-01-01"]')!.className).toBe('cal-holiday'));
    expect(within(grid).getAllByTestId('calendar-month')).toHaveLength(12);
    expect(grid.querySelector('td[data-date="2026-01-02"]')!.className).toBe('cal-off');
    expect(grid.querySelector('td[data-date="2026-01-03"]')!.className).toBe('cal-swapped');
    expect(grid.querySelector('td[data-date="2026-01-04"]')!.className).toBe('cal-weekend');
    expect(grid.querySelector('td[data-date="2026-01-05"]')!.className).toBe('cal-workday');
    // January 2026 starts on a Thursday: 3 empty cells before the 1st
    const firstWeek = grid.querySelector('[data-month="1"] tbody tr')!;
    expect([...firstWeek.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['', '', '', '1', '2', '3', '4']);
    expect(grid.querySelectorAll('[data-month="2"] td[data-date]')).toHaveLength(28);

    const entries = screen.getByTestId('calendar-entries');
    expect(within(entries).getByText('Tết Dương lịch')).toBeTruthy();
    expect(within(entries).getByText('Theo Bộ luật Lao động')).toBeTruthy();
    expect(within(entries).getAllByTestId('calendar-remove')).toHaveLength(2); // official entries only

    // add
    const form = screen.getByTestId('calendar-add');
    fireEvent.change(within(form).getByTestId('calendar-add-date'), { target: { value: '2026-09-01' } });
    fireEvent.change(within(form).getByTestId('calendar-add-note'), { target: { value: 'Nghỉ Quốc khánh theo QĐ 01/QĐ-UBND' } });
    fireEvent.click(within(form).getByTestId('calendar-add-submit'));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      method: 'POST',
      url: '/api/v1/dossiers/calendar/2026/entries',
      body: { date: '2026-09-01', kind: 'HOLIDAY', note: 'Nghỉ Quốc khánh theo QĐ 01/QĐ-UBND' },
    });

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
    renderPage(<CalendarPage />, { path: '/quan-tri/lich-lam-viec?year=2026', auth: loggedIn('officer', ['officer'], 'H99.X01') });
    expect((await screen.findByTestId('calendar-read-only')).textContent).toContain('Chỉ quản trị hệ thống');
    await waitFor(() => expect(within(screen.getByTestId('calendar-entries')).getByText('Tết Dương lịch')).toBeTruthy());
    expect(screen.queryByTestId('calendar-add')).toBeNull();
    expect(screen.queryByTestId('calendar-remove')).toBeNull();
  });
});
