import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type InspectionStatus } from '../../api/inspections';

/** An inspection's status as a coloured tag ("Đang kiểm tra"…). */
export function InspectionStatusTag({ status, testId = 'inspection-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status as InspectionStatus] ?? 'default'} data-testid={testId} data-status={status}>
      {t(`inspections.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
