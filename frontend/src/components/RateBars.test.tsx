import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RateBars } from './RateBars';

describe('RateBars', () => {
  it('labels each bar with the full name of its unit, so names sharing a long prefix stay distinguishable', () => {
    const names = [
      'Bộ phận Một cửa Ủy ban nhân dân xã An Phú',
      'Bộ phận Một cửa Ủy ban nhân dân xã An Bình',
      'Bộ phận Một cửa Ủy ban nhân dân xã An Hòa',
    ];
    render(<RateBars bars={names.map((label, i) => ({ key: `X0${i}`, label, percent: 50 + i }))} />);
    const labels = screen.getAllByTestId('rate-bar-label');
    expect(labels.map((l) => l.textContent)).toEqual(names);
    // no ellipsis: the whole name is the visible text (it wraps instead of being cut to the shared prefix)
    for (const l of labels) {
      expect(l.className).not.toMatch(/ellipsis/);
      expect(l.closest('[class*="ellipsis"]')).toBeNull();
    }
    expect(new Set(labels.map((l) => l.textContent)).size).toBe(3);
    expect(screen.getAllByRole('meter').map((m) => m.getAttribute('aria-label'))).toEqual(
      names.map((n, i) => `${n}: ${50 + i}%`),
    );
  });
});
