import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentRetryWait, subscribeRetryWaits } from '../api/client';

/** While calls wait out a `Retry-After` (429/503), says so in the user's language instead of showing nothing. */
export function RetryNotice() {
  const { t } = useTranslation();
  const wait = useSyncExternalStore(subscribeRetryWaits, currentRetryWait, currentRetryWait);
  if (!wait) return null;
  return (
    <div role="status" className="app-alert app-alert-info app-retry-notice" data-testid="retry-notice">
      <span className="app-alert-message">{t('errors.waiting', { seconds: wait.seconds })}</span>
    </div>
  );
}
