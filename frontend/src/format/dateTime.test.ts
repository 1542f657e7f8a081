import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDateTime,
  isoToVnLocal,
  isoWeekday,
  lastMonths,
  monthStart,
  vnLocalToIso,
  vnToday,
} from './dateTime';

describe('Vietnam date-times', () => {
  it('shows instants in Vietnam time whatever their offset', () => {
    expect(formatDateTime('2026-03-02T01:30:00Z')).toBe('02/03/2026 08:30');
    expect(formatDateTime('2026-03-02T08:30:00+07:00')).toBe('02/03/2026 08:30');
    expect(formatDateTime('2026-03-02T20:15:00-05:00')).toBe('03/03/2026 08:15');
    expect(formatDateTime('2026-03-02')).toBe('02/03/2026 00:00');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('round-trips datetime-local values as Vietnam time', () => {
    expect(vnLocalToIso('2026-03-10T16:00')).toBe('2026-03-10T16:00:00+07:00');
    expect(vnLocalToIso('')).toBeUndefined();
    expect(vnLocalToIso('10/03/2026')).toBeUndefined();
    expect(isoToVnLocal('2026-03-10T09:00:00Z')).toBe('2026-03-10T16:00');
    expect(isoToVnLocal(vnLocalToIso('2026-12-31T23:59'))).toBe('2026-12-31T23:59');
  });

  it('knows today in Vietnam, months and weekdays', () => {
    expect(vnToday(new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-02');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(monthStart('2026-03-17')).toBe('2026-03-01');
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2026-03-08')).toBe(7); // Sunday
  });

  it('lists the last months up to a date, across a year boundary', () => {
    expect(lastMonths('2026-02-10', 3)).toEqual([
      { month: '2025-12', from: '2025-12-01', to: '2025-12-31' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-10' },
    ]);
    expect(lastMonths('2026-06-30', 6).map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });
});
