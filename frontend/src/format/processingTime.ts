import type { TFunction } from 'i18next';
import type { ProcessingTime } from '../api/types';

const KNOWN_UNITS = new Set(['HOURS', 'DAYS', 'WORKING_DAYS', 'MONTHS']);

/**
 * Renders a processing time, e.g. `{value: 3, unit: 'WORKING_DAYS'}` → "3 ngày làm việc" (vi)
 * or "3 working days" (en). Pass a `t` bound to the wanted language (`i18n.getFixedT('en')`,
 * or the one from `useTranslation()`). Unknown units are shown as they come.
 */
export function formatProcessingTime(pt: ProcessingTime | null | undefined, t: TFunction): string {
  if (!pt || typeof pt.value !== 'number' || !Number.isFinite(pt.value)) {
    return t('processingTime.none');
  }
  if (!KNOWN_UNITS.has(pt.unit)) return `${pt.value} ${pt.unit ?? ''}`.trim();
  return t(`processingTime.${pt.unit}`, { count: pt.value });
}

export interface Reduction {
  /** Statutory minus in-force time, in the in-force time's unit. */
  value: number;
  unit: string;
  /** Share of the statutory time saved, 0–100. */
  percent: number;
}

/**
 * How much the in-force processing time cuts the statutory one (thời hạn theo quy định).
 * Only computed when both are in the same unit (units such as days vs. working days cannot be
 * compared exactly); `undefined` otherwise, or when there is no statutory time.
 */
export function reductionOf(
  processing: ProcessingTime | null | undefined,
  statutory: ProcessingTime | null | undefined,
): Reduction | undefined {
  if (!processing || !statutory || !(statutory.value > 0)) return undefined;
  if (processing.unit !== statutory.unit) return undefined;
  const value = Math.round((statutory.value - processing.value) * 100) / 100;
  return { value, unit: processing.unit, percent: (value / statutory.value) * 100 };
}

/**
 * "Giảm 2 ngày làm việc (40%)", "Không cắt giảm", or `undefined` when it cannot be said
 * (no statutory time, different units).
 */
export function formatReduction(
  processing: ProcessingTime | null | undefined,
  statutory: ProcessingTime | null | undefined,
  t: TFunction,
  lang = 'vi',
): string | undefined {
  const r = reductionOf(processing, statutory);
  if (!r) return undefined;
  if (r.value <= 0) return r.value === 0 ? t('reduction.none') : t('reduction.longer');
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 1 }).format(
    r.percent,
  );
  return t('reduction.by', { time: formatProcessingTime({ value: r.value, unit: r.unit }, t), percent });
}

/** Sum of internal step durations (rounded to 2 decimals, as the server's values are). */
export function sumDurations(
  steps: readonly ({ duration?: number | null } | null | undefined)[] | null | undefined,
): number {
  const sum = (steps ?? []).reduce(
    (acc, s) => acc + (typeof s?.duration === 'number' && Number.isFinite(s.duration) ? s.duration : 0),
    0,
  );
  return Math.round(sum * 100) / 100;
}
