/** Formatting of money, dates and rates for the procedure screens. */

const locale = (lang?: string) => (lang === 'en' ? 'en-US' : 'vi-VN');

/** 8000 → "8.000 ₫" (vi) / "₫8,000" (en). */
export function formatVnd(amount: number | null | undefined, lang = 'vi'): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** "2026-03-01" (or an ISO timestamp) → "01/03/2026"; anything else is returned as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Today in the local time zone as "yyyy-MM-dd". */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Compliance as a percentage 0–100, rounded to one decimal: the server's `complianceRate` (a
 * percentage, e.g. 87.50), or else compliant / required (nothing required = 100%).
 */
export function ratePercent(r: {
  complianceRate?: number | null;
  compliant?: number | null;
  required?: number | null;
}): number {
  const rate = r.complianceRate;
  if (typeof rate === 'number' && Number.isFinite(rate)) return Math.round(rate * 10) / 10;
  if (typeof r.required === 'number' && typeof r.compliant === 'number') {
    return r.required > 0 ? Math.round((r.compliant / r.required) * 1000) / 10 : 100;
  }
  return 0;
}

/** 87.5 → "87,5%" (vi) / "87.5%" (en). */
export function formatPercent(percent: number, lang = 'vi'): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(percent)}%`;
}

/** Rows with a stable `key` (their position), for antd tables of plain lists. */
export function keyed<T extends object>(rows: readonly T[] | null | undefined): (T & { key: number })[] {
  return (rows ?? []).map((r, i) => ({ ...r, key: i }));
}
