import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { RANK_GROUP_COLORS, STATUS_COLORS } from '../../api/parIndex';

/** Status of an assessment (Đang tự chấm, Đã gửi thẩm định, …). */
export function AssessmentStatusTag({ status, testId = 'assessment-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid={testId} data-status={status}>
      {t(`parIndex.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Status of a criteria set (Dự thảo, Đang áp dụng, Ngừng áp dụng). */
export function SetStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="set-status" data-status={status}>
      {t(`parIndex.setStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Ranking group A/B/C. */
export function RankGroupTag({ group }: { group?: string | null }) {
  const { t } = useTranslation();
  if (!group) return <>—</>;
  return (
    <Tag color={RANK_GROUP_COLORS[group] ?? 'default'} data-testid="rank-group" data-group={group}>
      {t(`parIndex.ranking.groupLabel.${group}`, { defaultValue: group })}
    </Tag>
  );
}

/** "Mẫu" marker of a node whose official points are unknown. */
export function SampleTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('parIndex.common.sampleHint')}>
      <Tag color="purple" data-testid="sample-tag">
        {t('parIndex.common.sample')}
      </Tag>
    </Tooltip>
  );
}
