import { useTranslation } from 'react-i18next';

/** The page numbers offered around the current one (0-based pages; `null` marks a gap "…"). */
export function pagerItems(page: number, pages: number, around = 1): (number | null)[] {
  if (pages <= 0) return [];
  const shown = new Set<number>([0, pages - 1]);
  for (let p = page - around; p <= page + around; p++) if (p >= 0 && p < pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/**
 * Server-side paging in plain markup (the public pages load no antd: issue 17): previous, page numbers around the
 * current one with the first and last, next. Pages are 0-based as the API's; the buttons show them 1-based. Nothing
 * renders when everything fits on one page. `compact` (phones): previous, "2 / 9", next.
 */
export function Pager({
  page,
  size,
  total,
  onChange,
  compact = false,
  testId = 'pager',
}: {
  page: number;
  size: number;
  total: number;
  onChange: (page: number) => void;
  compact?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / Math.max(size, 1));
  if (pages <= 1) return null;
  const go = (p: number) => {
    if (p >= 0 && p < pages && p !== page) onChange(p);
  };
  return (
    <nav className="pager" aria-label={t('pager.label')} data-testid={testId}>
      <button
        type="button"
        className="btn btn-sm"
        disabled={page <= 0}
        aria-label={t('pager.previous')}
        onClick={() => go(page - 1)}
        data-testid="pager-previous"
      >
        ‹
      </button>
      {compact ? (
        <span className="pager-position" aria-live="polite">
          {t('pager.position', { page: page + 1, pages })}
        </span>
      ) : (
        pagerItems(page, pages).map((p, i) =>
          p === null ? (
            <span key={`gap-${i}`} className="pager-gap" aria-hidden>
              …
            </span>
          ) : (
            <button
              key={p}
              type="button"
              className={p === page ? 'btn btn-sm btn-primary' : 'btn btn-sm'}
              aria-current={p === page ? 'page' : undefined}
              aria-label={t('pager.page', { page: p + 1 })}
              onClick={() => go(p)}
              data-testid={`pager-page-${p + 1}`}
            >
              {p + 1}
            </button>
          ),
        )
      )}
      <button
        type="button"
        className="btn btn-sm"
        disabled={page >= pages - 1}
        aria-label={t('pager.next')}
        onClick={() => go(page + 1)}
        data-testid="pager-next"
      >
        ›
      </button>
    </nav>
  );
}
