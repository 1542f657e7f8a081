import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Page, ProcedureSummary } from '../api/types';
import { formatProcessingTime } from '../format/processingTime';

export interface ProcedureTableProps {
  data?: Page<ProcedureSummary>;
  loading?: boolean;
  /** Show the lifecycle state column (procedures service) – the dossiers copy has none. */
  showState?: boolean;
  /** Show the deciding agency column. */
  showAgency?: boolean;
  /** When given, the name links there and a click on the row opens it. */
  rowHref?: (row: ProcedureSummary) => string;
  /** Appended after the other columns (e.g. actions). */
  extraColumns?: ColumnsType<ProcedureSummary>;
  onPageChange?: (page: number) => void;
  testId?: string;
}

export const STATE_COLORS: Record<string, string> = {
  DRAFT: 'default',
  IN_FORCE: 'green',
  AMENDED: 'blue',
  ABOLISHED: 'red',
};

/** The state of a procedure as a coloured tag ("Đang hiệu lực", "Dự thảo"…). */
export function StateTag({ state, testId }: { state?: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <Tag color={STATE_COLORS[state] ?? 'orange'} data-testid={testId} data-state={state}>
      {t(`state.${state}`, { defaultValue: state })}
    </Tag>
  );
}

/** Levels of a row: `levels` (procedures service) or the single `level` (dossiers' copy). */
export function levelsOf(row: Pick<ProcedureSummary, 'levels' | 'level'>): string[] {
  if (row.levels && row.levels.length) return row.levels;
  return row.level ? [row.level] : [];
}

/** Table of procedures: code, name, field, level, processing time (and state), server-side paging. */
export function ProcedureTable({
  data,
  loading,
  showState,
  showAgency,
  rowHref,
  extraColumns,
  onPageChange,
  testId = 'procedure-table',
}: ProcedureTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const columns: ColumnsType<ProcedureSummary> = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('procedures.columns.code'),
      width: 210,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('procedures.columns.name'),
      render: (name: string, row) =>
        rowHref ? (
          <Link to={rowHref(row)} onClick={(e) => e.stopPropagation()} data-testid="procedure-link">
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { key: 'field', dataIndex: 'field', title: t('procedures.columns.field'), width: 160 },
    {
      key: 'level',
      title: t('procedures.columns.level'),
      width: 140,
      render: (_: unknown, row) =>
        levelsOf(row)
          .map((l) => t(`level.${l}`, { defaultValue: l }))
          .join(', '),
    },
  ];
  if (showAgency) {
    columns.push({
      key: 'agency',
      title: t('procedures.columns.agency'),
      width: 200,
      render: (_: unknown, row) => row.decidingAgencyName ?? row.decidingAgencyCode ?? '',
    });
  }
  columns.push({
    key: 'processingTime',
    dataIndex: 'processingTime',
    title: t('procedures.columns.processingTime'),
    width: 170,
    render: (_: unknown, row) => (
      <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>
    ),
  });
  if (showState) {
    columns.push({
      key: 'state',
      dataIndex: 'state',
      title: t('procedures.columns.state'),
      width: 160,
      render: (v?: string | null) => <StateTag state={v} />,
    });
  }
  if (extraColumns) columns.push(...extraColumns);

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
        scroll={{ x: 960 }}
        onRow={
          rowHref
            ? (row) => ({
                onClick: () => navigate(rowHref(row)),
                style: { cursor: 'pointer' },
              })
            : undefined
        }
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
