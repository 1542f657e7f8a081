import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, formatVnd, ratePercent, todayIso } from './values';

// Intl puts a no-break space between the amount and the currency symbol.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('formatVnd', () => {
  it('formats đồng with Vietnamese grouping', () => {
    expect(plain(formatVnd(8000))).toBe('8.000 ₫');
    expect(plain(formatVnd(1250000))).toBe('1.250.000 ₫');
    expect(plain(formatVnd(0))).toBe('0 ₫');
  });

  it('formats in English and copes with missing amounts', () => {
    expect(plain(formatVnd(8000, 'en'))).toBe('₫8,000');
    expect(formatVnd(undefined)).toBe('—');
    expect(formatVnd(Number.NaN)).toBe('—');
  });
});

describe('formatDate', () => {
  it('shows ISO dates and timestamps as dd/MM/yyyy', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate('2025-07-01T08:30:00+07:00')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('hôm nay')).toBe('hôm nay');
  });

  it('gives today as yyyy-MM-dd', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('ratePercent / formatPercent', () => {
  it("takes the server's percentage", () => {
    expect(ratePercent({ compliant: 7, required: 8, complianceRate: 87.5 })).toBe(87.5);
    expect(ratePercent({ complianceRate: 66.67 })).toBe(66.7);
    expect(ratePercent({ complianceRate: 0.5, compliant: 1, required: 200 })).toBe(0.5);
    expect(ratePercent({ complianceRate: 100 })).toBe(100);
  });

  it('falls back to the counts', () => {
    expect(ratePercent({ compliant: 2, required: 3 })).toBe(66.7);
    expect(ratePercent({ compliant: 0, required: 0 })).toBe(100);
    expect(ratePercent({})).toBe(0);
  });

  it('formats with the language decimal separator', () => {
    expect(formatPercent(87.5)).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(100)).toBe('100%');
  });
});
