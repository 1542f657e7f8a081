import type { TFunction } from 'i18next';
import type { ProcessingTime } from '../api/types';

const KNOWN_UNITS = new Set(['HOURS', 'DAYS', 'WORKING_DAYS', 'MONTHS']);

/**
 * Renders a processing time, e.g. `{value: 3, unit: 'WORKING_DAYS'}` → "3 ngày làm việc" (vi)
 * or "3 working days" (en). Pass a `t` bound to the wanted language (`i18n.getFixedT('en')`,
 * or the one from `useTranslation()`). Unknown units are shown as they come.
 */
export function formatProcessingTime(
  pt: ProcessingTime | null | undefined,
  t: TFunction,
): string {
  if (!pt || typeof pt.value !== 'number' || !Number.isFinite(pt.value)) {
    return t('processingTime.none');
  }
  if (!KNOWN_UNITS.has(pt.unit)) return `${pt.value} ${pt.unit ?? ''}`.trim();
  return t(`processingTime.${pt.unit}`, { count: pt.value });
}
