import { describe, expect, it } from 'vitest';
import { THEME } from './antdTheme';

/** [r, g, b] in 0–255 of "#rrggbb" or "rgba(r, g, b, a)" laid over white. */
function onWhite(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([0-9.]+)\)$/.exec(colour);
  if (!rgba) throw new Error(`not a colour this test reads: ${colour}`);
  const a = Number(rgba[4]);
  return [1, 2, 3].map((i) => Number(rgba[i]) * a + 255 * (1 - a)) as [number, number, number];
}

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrastOnWhite = (colour: string) => 1.05 / (luminance(onWhite(colour)) + 0.05);

describe('antd theme', () => {
  it('reads colours as WCAG does', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    // antd's defaults that axe refused
    expect(contrastOnWhite('#faad14')).toBeLessThan(2);
    expect(contrastOnWhite('rgba(0, 0, 0, 0.45)')).toBeLessThan(4.5);
  });

  it.each(Object.entries(THEME.token))('%s is at 4.5:1 or more on white', (_name, colour) => {
    expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('sets the text colours antd defaults too light', () => {
    expect(Object.keys(THEME.token)).toEqual(
      expect.arrayContaining(['colorTextDescription', 'colorError', 'colorSuccess', 'colorWarningText']),
    );
  });
});
