import { useTranslation } from 'react-i18next';
import { acceptLanguage, ApiError } from '../api/client';

/**
 * Shows an API error: problem+json title and detail, or a network error. Plain markup (`role="alert"`), so that
 * the public pages that show it do not load antd's Alert (issue 17).
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let title = t('errors.title');
  let description: string | undefined;
  if (
    error instanceof ApiError &&
    (error.status === 429 || error.status === 503) &&
    !error.language?.startsWith(acceptLanguage())
  ) {
    // the gateway's own answers (rate limit, a service down) may come in another language than the UI's (no
    // Content-Language in it): the page says it in the user's language instead
    title = t(error.status === 429 ? 'errors.tooMany' : 'errors.unavailable');
    description = error.retryAfter ? t('errors.tryAgainIn', { seconds: error.retryAfter }) : t('errors.tryAgainLater');
  } else if (error instanceof ApiError) {
    title = error.status === 0 ? t('errors.network') : error.title;
    description = [error.detail, error.status ? t('errors.status', { status: error.status }) : undefined]
      .filter(Boolean)
      .join(' · ');
  } else if (error instanceof Error) {
    description = error.message;
  }
  return (
    <div role="alert" className="app-alert app-alert-error" data-testid="api-error">
      <span className="app-alert-icon" aria-hidden>
        !
      </span>
      <div className="app-alert-message">
        <div className="app-alert-title">{title}</div>
        {description && <div className="app-alert-description">{description}</div>}
      </div>
      {onRetry && (
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
