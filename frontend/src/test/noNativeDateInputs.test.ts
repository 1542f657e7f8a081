import { describe, expect, it } from 'vitest';

/**
 * Issue 17 §5: every date and time is picked with the antd pickers in Vietnamese (components/dates), never with the
 * browser's native <input type="date|datetime-local|time|month|week">, which follows the browser's language
 * (12/01/2026 on an English Chrome next to 01/12/2026 in the page).
 */
// every source file of src (tests and generated types aside), as text
const SOURCES = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../api/generated/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const NATIVE_DATE_INPUT =
  /\btype\s*[=:]\s*\{?\s*["'`](?:date|datetime-local|datetime|time|month|week)["'`]|\.type\s*=\s*["'`](?:date|datetime-local|time|month|week)["'`]/;

describe('no native date inputs', () => {
  it('recognises the native inputs it forbids, and not the pickers', () => {
    expect(NATIVE_DATE_INPUT.test('<Input type="date" data-testid="x" />')).toBe(true);
    expect(NATIVE_DATE_INPUT.test("<input type='datetime-local' />")).toBe(true);
    expect(NATIVE_DATE_INPUT.test('<Input type={"time"} />')).toBe(true);
    expect(NATIVE_DATE_INPUT.test("createElement('input', { type: 'month' })")).toBe(true);
    expect(NATIVE_DATE_INPUT.test("input.type = 'week'")).toBe(true);
    expect(NATIVE_DATE_INPUT.test('<DateField data-testid="x" />')).toBe(false);
    expect(NATIVE_DATE_INPUT.test('<Typography.Text type="secondary">')).toBe(false);
    expect(NATIVE_DATE_INPUT.test('<Input type="text" />')).toBe(false);
  });

  it('finds none in src', () => {
    const files = Object.entries(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    expect(files.some(([f]) => f.endsWith('/pages/dossiers/StatisticsPage.tsx'))).toBe(true);
    const found = files.flatMap(([f, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\*|\/\/)/.test(line) && NATIVE_DATE_INPUT.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
