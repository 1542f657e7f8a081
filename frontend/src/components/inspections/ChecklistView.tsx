import { Badge, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntry, ChecklistGroup } from '../../api/inspections';

export const SELF_STATUS_COLORS: Record<string, string> = {
  DONE: 'green',
  PARTIAL: 'gold',
  NOT_DONE: 'red',
  NOT_APPLICABLE: 'default',
};

/** The plan's content groups with their items, the unit's self-assessment and the number of findings per item. */
export function ChecklistView({ groups }: { groups: readonly ChecklistGroup[] }) {
  const { t } = useTranslation();
  if (!groups.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.checklist.empty')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="checklist">
      {groups.map((g, gi) => (
        <Card
          key={g.code}
          size="small"
          title={`${gi + 1}. ${g.nameVi}`}
          data-testid="checklist-group"
          data-code={g.code}
        >
          <Table<ChecklistEntry>
            size="small"
            rowKey="itemId"
            pagination={false}
            dataSource={g.items}
            onRow={(i) => ({ 'data-item': i.code }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'no', title: '#', width: 56, render: (_, __, i) => `${gi + 1}.${i + 1}` },
              { key: 'text', dataIndex: 'textVi', title: t('inspections.checklist.item') },
              {
                key: 'self',
                title: t('inspections.checklist.selfReport'),
                width: 170,
                render: (_, i) =>
                  i.selfReport ? (
                    <Tag color={SELF_STATUS_COLORS[i.selfReport.status] ?? 'default'} data-testid="self-status">
                      {t(`inspections.selfStatus.${i.selfReport.status}`, { defaultValue: i.selfReport.status })}
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary">{t('inspections.checklist.noAnswer')}</Typography.Text>
                  ),
              },
              {
                key: 'note',
                title: t('inspections.checklist.note'),
                width: 260,
                render: (_, i) => <span style={{ whiteSpace: 'pre-wrap' }}>{i.selfReport?.note ?? ''}</span>,
              },
              {
                key: 'findings',
                title: t('inspections.checklist.findings'),
                width: 100,
                align: 'center',
                render: (_, i) => (
                  <Badge
                    count={i.findings}
                    showZero
                    color={i.findings ? 'volcano' : '#d9d9d9'}
                    data-testid="item-findings"
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
