import { Pagination, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Page, ProcedureSummary } from '../api/types';
import { formatProcessingTime } from '../format/processingTime';
import { useIsPhone } from './responsive';

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

/** A cell cut to one line with "…", its whole text in a tooltip (long names in narrow columns). */
export function EllipsisCell({ text, testId }: { text?: string | null; testId?: string }) {
  if (!text) return <>—</>;
  return (
    <Tooltip title={text} placement="topLeft">
      <span className="ellipsis-cell" data-testid={testId}>
        {text}
      </span>
    </Tooltip>
  );
}

/** The smallest width of the name column: below it the table scrolls inside its box instead of squeezing names. */
export const NAME_MIN_WIDTH = 280;

/**
 * Procedures: on phones (< 768 px) a list of cards (name, code, field, level, processing time, state); otherwise a
 * table with fixed widths for the short columns, the name taking the rest but never less than
 * {@link NAME_MIN_WIDTH} px, long field and agency names cut with a tooltip. Server-side paging.
 */
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
  const phone = useIsPhone();

  const columns: ColumnsType<ProcedureSummary> = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('procedures.columns.code'),
      width: 180,
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
    {
      key: 'field',
      dataIndex: 'field',
      title: t('procedures.columns.field'),
      width: 130,
      ellipsis: { showTitle: false },
      render: (field?: string | null) => <EllipsisCell text={field} />,
    },
    {
      key: 'level',
      title: t('procedures.columns.level'),
      width: 100,
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
      width: 170,
      ellipsis: { showTitle: false },
      render: (_: unknown, row) => <EllipsisCell text={row.decidingAgencyName ?? row.decidingAgencyCode} />,
    });
  }
  columns.push({
    key: 'processingTime',
    dataIndex: 'processingTime',
    title: t('procedures.columns.processingTime'),
    width: 120,
    render: (_: unknown, row) => (
      <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>
    ),
  });
  if (showState) {
    columns.push({
      key: 'state',
      dataIndex: 'state',
      title: t('procedures.columns.state'),
      width: 120,
      render: (v?: string | null) => <StateTag state={v} />,
    });
  }
  if (extraColumns) columns.push(...extraColumns);

  const page = data?.page ?? 0;
  const size = data?.size || 20;
  const showTotal = (total: number) => (
    <span data-testid="procedure-total">{t('procedures.total', { count: total })}</span>
  );

  if (phone) {
    return (
      <ProcedureCards
        data={data}
        loading={loading}
        showState={showState}
        rowHref={rowHref}
        extra={extraColumns}
        testId={testId}
        total={showTotal(data?.total ?? 0)}
        onPageChange={onPageChange}
      />
    );
  }

  const fixedWidth = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);
  return (
    <div data-testid={testId}>
      <Table<ProcedureSummary>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('procedures.empty') }}
        scroll={{ x: fixedWidth + NAME_MIN_WIDTH }}
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
          showTotal,
          onChange: (p) => onPageChange?.(p - 1),
        }}
      />
    </div>
  );
}

/** The phone form of {@link ProcedureTable}: one card a procedure, the same paging. */
function ProcedureCards({
  data,
  loading,
  showState,
  rowHref,
  extra,
  testId,
  total,
  onPageChange,
}: {
  data?: Page<ProcedureSummary>;
  loading?: boolean;
  showState?: boolean;
  rowHref?: (row: ProcedureSummary) => string;
  extra?: ColumnsType<ProcedureSummary>;
  testId: string;
  total: ReactNode;
  onPageChange?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const items = data?.items ?? [];
  const page = data?.page ?? 0;
  const size = data?.size || 20;
  return (
    <div data-testid={testId} data-layout="cards" aria-busy={loading || undefined}>
      <Typography.Text type="secondary" className="card-list-total">
        {total}
      </Typography.Text>
      {items.length === 0 && !loading && <Typography.Paragraph>{t('procedures.empty')}</Typography.Paragraph>}
      <ul className="card-list" style={{ marginTop: 8, opacity: loading ? 0.6 : 1 }}>
        {items.map((row, index) => {
          const levels = levelsOf(row)
            .map((l) => t(`level.${l}`, { defaultValue: l }))
            .join(', ');
          return (
            <li key={row.code} data-row-key={row.code} data-testid="procedure-card">
              {rowHref ? (
                <Link to={rowHref(row)} className="card-list-title" data-testid="procedure-link">
                  {row.name}
                </Link>
              ) : (
                <span className="card-list-title">{row.name}</span>
              )}
              <div className="card-list-meta">
                <Typography.Text code>{row.code}</Typography.Text>
                {showState && <StateTag state={row.state} />}
              </div>
              <div className="card-list-meta">
                {row.field && <span>{row.field}</span>}
                {levels && <span>{levels}</span>}
                <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>
              </div>
              {extra?.map((c) => (
                <div className="card-list-meta" key={String(c.key)}>
                  {(c as { render?: (v: unknown, r: ProcedureSummary, i: number) => ReactNode }).render?.(
                    undefined,
                    row,
                    index,
                  )}
                </div>
              ))}
            </li>
          );
        })}
      </ul>
      {(data?.total ?? 0) > size && (
        <Pagination
          className="card-list-pagination"
          simple
          current={page + 1}
          pageSize={size}
          total={data?.total ?? 0}
          showSizeChanger={false}
          onChange={(p) => onPageChange?.(p - 1)}
        />
      )}
    </div>
  );
}
