import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Page, ProcedureSummary } from '../api/types';
import { formatProcessingTime } from '../format/processingTime';

export interface ProcedureTableProps {
  data?: Page<ProcedureSummary>;
  loading?: boolean;
  /** Show the lifecycle state column (procedures service) – the dossiers copy has none. */
  showState?: boolean;
  onPageChange?: (page: number) => void;
  testId?: string;
}

/** Table of procedures: code, name, field, level, processing time (and state), server-side paging. */
export function ProcedureTable({ data, loading, showState, onPageChange, testId = 'procedure-table' }: ProcedureTableProps) {
  const { t } = useTranslation();
  const translated = (prefix: string, v?: string | null) => (v ? t(`${prefix}.${v}`, { defaultValue: v }) : '');

  const columns: ColumnsType<ProcedureSummary> = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('procedures.columns.code'),
      width: 150,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { key: 'name', dataIndex: 'name', title: t('procedures.columns.name') },
    { key: 'field', dataIndex: 'field', title: t('procedures.columns.field'), width: 160 },
    {
      key: 'level',
      dataIndex: 'level',
      title: t('procedures.columns.level'),
      width: 140,
      render: (v?: string | null) => translated('level', v),
    },
    {
      key: 'processingTime',
      dataIndex: 'processingTime',
      title: t('procedures.columns.processingTime'),
      width: 170,
      render: (_: unknown, row) => <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>,
    },
  ];
  if (showState) {
    columns.push({
      key: 'state',
      dataIndex: 'state',
      title: t('procedures.columns.state'),
      width: 140,
      render: (v?: string | null) =>
        v ? <Tag color={v === 'IN_FORCE' ? 'green' : v === 'DRAFT' ? 'default' : 'orange'}>{translated('state', v)}</Tag> : null,
    });
  }

  const page = data?.page ?? 0;
  const size = data?.size || 20;
  return (
    <div data-testid={testId}>
      <Table<ProcedureSummary>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('procedures.empty') }}
        scroll={{ x: 800 }}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: false,
          showTotal: (total) => <span data-testid="procedure-total">{t('procedures.total', { count: total })}</span>,
          onChange: (p) => onPageChange?.(p - 1),
        }}
      />
    </div>
  );
}
