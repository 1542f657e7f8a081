import { render } from '@testing-library/react';
import { ConfigProvider, Tag, Typography, theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { THEME } from './antdTheme';

type Rgb = [number, number, number];

/** [r, g, b] in 0–255 of "#rrggbb" or "rgba(r, g, b, a)" laid over {@code under}. */
function over(colour: string, under: Rgb = [255, 255, 255]): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgba = /^rgba\((\d+), ?(\d+), ?(\d+), ?([0-9.]+)\)$/.exec(colour);
  if (!rgba) throw new Error(`not a colour this test reads: ${colour}`);
  const a = Number(rgba[4]);
  return [0, 1, 2].map((i) => Number(rgba[i + 1]) * a + under[i] * (1 - a)) as Rgb;
}

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.1 contrast ratio of a text colour on a background colour (both laid over white). */
function contrast(text: string, background = '#ffffff'): number {
  const bg = over(background);
  const [a, b] = [luminance(over(text, bg)), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Every token antd uses, derived from the SPA's theme as the running SPA derives them. */
const token = theme.getDesignToken(THEME) as unknown as Record<string, string>;

describe('antd theme', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff')).toBeCloseTo(1, 5);
    // antd's defaults that axe refused
    expect(contrast('#faad14')).toBeLessThan(2);
    expect(contrast('rgba(0, 0, 0, 0.45)')).toBeLessThan(4.5);
    expect(contrast('#faad14', '#fffbe6')).toBeLessThan(2);
  });

  // texts on the page: body, secondary, placeholders, links, primary and danger buttons' text, Typography types
  it.each([
    'colorText',
    'colorTextSecondary',
    'colorTextDescription',
    'colorTextTertiary',
    'colorTextPlaceholder',
    'colorPrimary',
    'colorLink',
    'colorError',
    'colorErrorText',
    'colorSuccessText',
    'colorWarningText',
    'colorInfoText',
  ])('%s is at 4.5:1 or more on white', (name) => {
    expect(contrast(token[name]), `${name} ${token[name]}`).toBeGreaterThanOrEqual(4.5);
  });

  // status tags (Tag color="warning" | "error" | "success" | "processing") and alerts' texts
  it.each([
    ['colorWarning', 'colorWarningBg'],
    ['colorError', 'colorErrorBg'],
    ['colorSuccess', 'colorSuccessBg'],
    ['colorInfo', 'colorInfoBg'],
    ['colorText', 'colorWarningBg'],
    ['colorText', 'colorErrorBg'],
    ['colorText', 'colorSuccessBg'],
    ['colorText', 'colorInfoBg'],
  ])('%s on %s is at 4.5:1 or more', (text, background) => {
    expect(contrast(token[text], token[background]), `${token[text]} on ${token[background]}`).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('is what antd writes into the page', () => {
    render(
      <ConfigProvider theme={THEME}>
        <Tag color="success">xong</Tag>
        <Tag color="warning">thiếu</Tag>
        <Typography.Text type="warning">tạm tính</Typography.Text>
      </ConfigProvider>,
    );
    const css = Array.from(document.querySelectorAll('style'))
      .map((s) => s.textContent ?? '')
      .join('\n')
      .toLowerCase();
    const cssVar = (name: string) => new RegExp(`--ant-${name}:(#[0-9a-f]{6})[;}]`).exec(css)?.[1];
    // the variables the status tags' and texts' rules use (.ant-tag-warning: color var(--ant-color-warning), …)
    expect(cssVar('color-success')).toBe('#237804');
    expect(cssVar('color-success-bg')).toBe('#f6ffed'); // not the #adb8a5 antd derives from #237804
    expect(cssVar('color-warning')).toBe('#874d00'); // antd's #faad14 is 1.9:1
    expect(cssVar('color-warning-text')).toBe('#874d00');
    expect(cssVar('color-warning-bg')).toBe('#fffbe6');
  });
});
