import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, statusOf } from '../../api/dossiers';

/**
 * A dossier status as a coloured tag with its national portal name ("Đang xử lý"…) and the server's national code
 * (`statusCode`, 1–10) as `data-code` and in the tooltip; the code is never derived here.
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
      <Tag data-testid={testId} data-code={code}>
        {String(status)}
      </Tag>
    ) : null;
  return (
    <Tag
      color={STATUS_COLORS[s]}
      data-testid={testId}
      data-status={s}
      data-code={code}
      title={code === undefined ? undefined : `${t('dossierStatusCode')} ${code}`}
    >
      {t(`dossierStatus.${s}`)}
    </Tag>
  );
}
