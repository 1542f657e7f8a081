import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, statusOf } from '../../api/dossiers';

/** A dossier status as a coloured tag with its national portal name ("Đang xử lý"…). */
export function DossierStatusTag({
  status,
  statusCode,
  testId = 'dossier-status',
}: {
  status?: string | number | null;
  statusCode?: number | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const s = statusOf(status, statusCode);
  if (!s) return status ? <Tag data-testid={testId}>{String(status)}</Tag> : null;
  return (
    <Tag color={STATUS_COLORS[s]} data-testid={testId} data-status={s}>
      {t(`dossierStatus.${s}`)}
    </Tag>
  );
}
