import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendChart } from './TrendChart';
import { trendValue } from '../../pages/par-index/ServiceIndexPage';

const months = (values: (number | null)[]) =>
  values.map((value, i) => ({ key: `2026-${String(i + 1).padStart(2, '0')}`, label: `${i + 1}`, value }));

describe('TrendChart: months without data are gaps', () => {
  it('plots no point, no value and no line through a month without data', () => {
    const { container } = render(<TrendChart testId="t" points={months([50, null, null, 80, 90])} />);
    const points = container.querySelectorAll('[data-testid="trend-point"]');
    expect(points).toHaveLength(5);
    // a month without data has neither a dot nor a percentage
    for (const key of ['2026-02', '2026-03']) {
      const g = container.querySelector(`[data-key="${key}"]`)!;
      expect(g.getAttribute('data-value')).toBe('');
      expect(g.querySelector('circle')).toBeNull();
      expect(g.textContent).not.toMatch(/%/);
    }
    expect(container.querySelector('[data-key="2026-01"] circle')).not.toBeNull();
    // the line stops before the gap and starts again after it: two runs, none across February–March
    const lines = container.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute('points')!.trim().split(' ')).toHaveLength(1);
    expect(lines[1].getAttribute('points')!.trim().split(' ')).toHaveLength(2);
  });

  it('draws nothing at all for a year without data', () => {
    const { container } = render(<TrendChart testId="t" points={months([null, null, null])} />);
    expect(container.querySelectorAll('polyline')).toHaveLength(0);
    expect(container.querySelectorAll('circle')).toHaveLength(0);
  });
});

describe('trendValue (QĐ 766 trend)', () => {
  it('is null for a month without data, never 0 or a ratio of nothing', () => {
    expect(trendValue({ period: '2026-01' }, 'points')).toBeNull();
    expect(trendValue({ period: '2026-01', points: null, computableMax: null }, 'points')).toBeNull();
    expect(trendValue({ period: '2026-01', points: 0, computableMax: 0 }, 'points')).toBeNull();
    expect(trendValue({ period: '2026-01', points: 1, computableMax: 0 }, 'points')).toBeNull();
    expect(trendValue({ period: '2026-01', ratio21: null }, 'ratio21')).toBeNull();
    expect(trendValue({ period: '2026-01' }, 'ratio54')).toBeNull();
  });

  it('is the percentage of a month with data', () => {
    expect(trendValue({ period: '2026-09', points: 21.44, computableMax: 36 }, 'points')).toBe(59.6);
    expect(trendValue({ period: '2026-09', ratio21: 0.6585 }, 'ratio21')).toBe(65.9);
    expect(trendValue({ period: '2026-09', points: 0, computableMax: 36 }, 'points')).toBe(0);
  });
});
