import type { ReactNode } from 'react';

export type NoticeType = 'info' | 'warning' | 'error' | 'success';

/**
 * A message box in plain markup, for the public pages that load no antd (issue 17): styles.css `.app-alert`. Errors
 * and warnings are announced (`role="alert"`), information and success politely (`role="status"`).
 */
export function Notice({
  type,
  testId,
  title,
  children,
}: {
  type: NoticeType;
  testId?: string;
  /** A bold first line, the children below it. */
  title?: ReactNode;
  children?: ReactNode;
}) {
  const urgent = type === 'error' || type === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'} className={`app-alert app-alert-${type}`} data-testid={testId}>
      <span className="app-alert-icon" aria-hidden>
        {type === 'success' ? '✓' : type === 'info' ? 'i' : '!'}
      </span>
      <div className="app-alert-message">
        {title !== undefined && <div className="app-alert-title">{title}</div>}
        {title !== undefined ? children && <div className="app-alert-description">{children}</div> : children}
      </div>
    </div>
  );
}
