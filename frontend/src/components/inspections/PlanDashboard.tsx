import { Progress, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { inspectionPath, remediationPercent, type DashboardRow } from '../../api/inspections';
import { formatDate } from '../../format/values';
import { InspectionStatusTag } from './InspectionStatusTag';

/** The plan's progress per inspected unit; units with overdue remediation or a late conclusion are red. */
export function PlanDashboard({ rows, loading }: { rows: readonly DashboardRow[]; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<DashboardRow>
      data-testid="plan-dashboard"
      size="small"
      rowKey="inspectionId"
      loading={loading}
      dataSource={[...rows]}
      pagination={false}
      rowClassName={(r) => (r.remediationOverdue > 0 || r.conclusionLate ? 'dossier-row-overdue' : '')}
      onRow={(r) =>
        ({
          'data-overdue': r.remediationOverdue > 0 ? 'true' : 'false',
          'data-unit': r.unitCode,
        }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: t('inspections.dashboard.empty') }}
      scroll={{ x: 1100 }}
      columns={[
        {
          key: 'unit',
          title: t('inspections.dashboard.unit'),
          render: (_, r) => (
            <Link to={inspectionPath(r.inspectionId)} data-testid="dashboard-unit-link">
              {r.unitName ?? r.unitCode}
            </Link>
          ),
        },
        {
          key: 'schedule',
          title: t('inspections.dashboard.schedule'),
          width: 190,
          render: (_, r) => `${formatDate(r.scheduledFrom)} – ${formatDate(r.scheduledTo)}`,
        },
        {
          key: 'status',
          title: t('inspections.dashboard.status'),
          width: 160,
          render: (_, r) => <InspectionStatusTag status={r.status} testId="dashboard-status" />,
        },
        {
          key: 'self',
          title: t('inspections.dashboard.selfReport'),
          width: 120,
          render: (_, r) => (
            <Tag color={r.selfReportSubmitted ? 'green' : 'default'} data-testid="dashboard-self-report">
              {r.selfReportSubmitted ? t('inspections.dashboard.submitted') : t('inspections.dashboard.notSubmitted')}
            </Tag>
          ),
        },
        {
          key: 'findings',
          title: t('inspections.dashboard.findings'),
          width: 140,
          render: (_, r) => (
            <Space orientation="vertical" size={0} data-testid="dashboard-findings">
              <span>{t('inspections.dashboard.strengths', { count: r.strengths })}</span>
              <span>{t('inspections.dashboard.weaknesses', { count: r.weaknesses })}</span>
            </Space>
          ),
        },
        {
          key: 'conclusion',
          title: t('inspections.dashboard.conclusion'),
          width: 180,
          render: (_, r) => (
            <Space orientation="vertical" size={0} data-testid="dashboard-conclusion">
              {r.conclusionIssued && <Tag color="green">{t('inspections.dashboard.issued')}</Tag>}
              {r.conclusionDue && (
                <Typography.Text type={r.conclusionLate ? 'danger' : 'secondary'}>
                  {t('inspections.dashboard.dueBy', { date: formatDate(r.conclusionDue) })}
                </Typography.Text>
              )}
              {r.conclusionLate && (
                <Tag color="red" data-testid="dashboard-conclusion-late">
                  {t('inspections.inspection.conclusionLate')}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'remediation',
          title: t('inspections.dashboard.remediation'),
          width: 200,
          render: (_, r) =>
            r.remediationTotal > 0 ? (
              <Space orientation="vertical" size={0} data-testid="dashboard-remediation">
                <Progress
                  aria-label={t('a11y.remediationProgress')}
                  percent={remediationPercent(r)}
                  size="small"
                  status={r.remediationOverdue > 0 ? 'exception' : undefined}
                />
                <span>
                  {t('inspections.dashboard.completedOf', { done: r.remediationCompleted, total: r.remediationTotal })}
                </span>
                {r.remediationOverdue > 0 && (
                  <Tag color="red" data-testid="dashboard-overdue">
                    {t('inspections.dashboard.overdue', { count: r.remediationOverdue })}
                  </Tag>
                )}
              </Space>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ]}
    />
  );
}
