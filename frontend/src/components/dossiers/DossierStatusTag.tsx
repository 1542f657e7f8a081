import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, statusOf } from '../../api/dossiers';

/**
 * A dossier status as a coloured tag with its national portal name ("Đang xử lý"…) and the server's national code
 * (`statusCode`, 1–10) as `data-code` and in the tooltip; the code is never derived here. Plain markup with antd's
 * tag classes (so that the colours of styles.css apply), without loading antd's Tag (issue 17: the tracking page).
 */
export function DossierStatusTag({
  status,
  statusCode,
  testId = 'dossier-status',
}: {
  status?: string | null;
  statusCode?: number | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const s = statusOf(status);
  const code = typeof statusCode === 'number' ? statusCode : undefined;
  if (!s)
    return status ? (
      <span className="tag" data-testid={testId} data-code={code}>
        {String(status)}
      </span>
    ) : null;
  const color = STATUS_COLORS[s];
  return (
    <span
      className={color === 'default' ? 'tag' : `tag tag-${color}`}
      data-testid={testId}
      data-status={s}
      data-code={code}
      title={code === undefined ? undefined : `${t('dossierStatusCode')} ${code}`}
    >
      {t(`dossierStatus.${s}`)}
    </span>
  );
}
