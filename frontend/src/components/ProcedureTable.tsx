import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Page, ProcedureSummary } from '../api/types';
import { formatProcessingTime } from '../format/processingTime';
import { Pager } from './plain/Pager';
import { TableView, type PlainColumn } from './plain/PlainTable';
import { useIsPhone } from './responsive';

/** A column of {@link ProcedureTable} added by a page (e.g. the catalogue admin's actions). */
export interface ProcedureColumn {
  key: string;
  title: string;
  /** Fixed width in px (desktop table). */
  width?: number;
  render: (row: ProcedureSummary) => ReactNode;
}

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
  extraColumns?: ProcedureColumn[];
  onPageChange?: (page: number) => void;
  testId?: string;
}

/** The tag colour (styles.css `.tag-<colour>`) of each state. */
export const STATE_COLORS: Record<string, string> = {
  DRAFT: 'default',
  IN_FORCE: 'green',
  AMENDED: 'blue',
  ABOLISHED: 'red',
};

/** The state of a procedure as a coloured tag ("Đang hiệu lực", "Dự thảo"…); plain markup (no antd). */
export function StateTag({ state, testId }: { state?: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  const color = STATE_COLORS[state] ?? 'orange';
  return (
    <span className={color === 'default' ? 'tag' : `tag tag-${color}`} data-testid={testId} data-state={state}>
      {t(`state.${state}`, { defaultValue: state })}
    </span>
  );
}

/** Levels of a row: `levels` (procedures service) or the single `level` (dossiers' copy). */
export function levelsOf(row: Pick<ProcedureSummary, 'levels' | 'level'>): string[] {
  if (row.levels && row.levels.length) return row.levels;
  return row.level ? [row.level] : [];
}

/**
 * A cell cut to one line with "…", its whole text in the native tooltip (`title`) and to screen readers (the text is
 * all there, only clipped): long names in narrow columns.
 */
export function EllipsisCell({ text, testId }: { text?: string | null; testId?: string }) {
  if (!text) return <>—</>;
  return (
    <span className="ellipsis-cell" title={text} data-testid={testId}>
      {text}
    </span>
  );
}

/** The smallest width of the name column: below it the table scrolls inside its box instead of squeezing names. */
export const NAME_MIN_WIDTH = 280;

type Column = PlainColumn<ProcedureSummary>;

/**
 * Procedures: on phones (< 768 px) a list of cards (name, code, field, level, processing time, state); otherwise a
 * table with fixed widths for the short columns, the name taking the rest but never less than
 * {@link NAME_MIN_WIDTH} px, long field and agency names cut with a tooltip. Server-side paging. Plain markup: the
 * public catalogue loads no antd (issue 17: ≤ 150 KB of script a public page).
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

  const levelText = (row: ProcedureSummary) =>
    levelsOf(row)
      .map((l) => t(`level.${l}`, { defaultValue: l }))
      .join(', ');
  const columns: Column[] = [
    { key: 'code', title: t('procedures.columns.code'), width: 180, render: (row) => <code>{row.code}</code> },
    {
      key: 'name',
      title: t('procedures.columns.name'),
      render: (row) =>
        rowHref ? (
          <Link to={rowHref(row)} onClick={(e) => e.stopPropagation()} data-testid="procedure-link">
            {row.name}
          </Link>
        ) : (
          row.name
        ),
    },
    {
      key: 'field',
      title: t('procedures.columns.field'),
      width: 130,
      className: 'cell-ellipsis',
      render: (row) => <EllipsisCell text={row.field} />,
    },
    { key: 'level', title: t('procedures.columns.level'), width: 100, render: levelText },
  ];
  if (showAgency) {
    columns.push({
      key: 'agency',
      title: t('procedures.columns.agency'),
      width: 170,
      className: 'cell-ellipsis',
      render: (row) => <EllipsisCell text={row.decidingAgencyName ?? row.decidingAgencyCode} />,
    });
  }
  columns.push({
    key: 'processingTime',
    title: t('procedures.columns.processingTime'),
    width: 120,
    render: (row) => <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>,
  });
  if (showState) {
    columns.push({
      key: 'state',
      title: t('procedures.columns.state'),
      width: 120,
      render: (row) => <StateTag state={row.state} />,
    });
  }
  if (extraColumns) columns.push(...extraColumns);

  const items = data?.items ?? [];
  const page = data?.page ?? 0;
  const size = data?.size || 20;
  const total = data?.total ?? 0;
  const totalText = (
    <span className="table-total text-secondary" data-testid="procedure-total">
      {t('procedures.total', { count: total })}
    </span>
  );
  const pager = <Pager page={page} size={size} total={total} compact={phone} onChange={(p) => onPageChange?.(p)} />;

  if (phone) {
    return (
      <div data-testid={testId} data-layout="cards" aria-busy={loading || undefined}>
        {totalText}
        {items.length === 0 && !loading && <p>{t('procedures.empty')}</p>}
        <ul className="card-list" style={{ marginTop: 8, opacity: loading ? 0.6 : 1 }}>
          {items.map((row) => {
            const levels = levelText(row);
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
                  <code>{row.code}</code>
                  {showState && <StateTag state={row.state} />}
                </div>
                <div className="card-list-meta">
                  {row.field && <span>{row.field}</span>}
                  {levels && <span>{levels}</span>}
                  <span data-testid="processing-time">{formatProcessingTime(row.processingTime, t)}</span>
                </div>
                {extraColumns?.map((c) => (
                  <div className="card-list-meta" key={c.key}>
                    {c.render(row)}
                  </div>
                ))}
              </li>
            );
          })}
        </ul>
        {pager}
      </div>
    );
  }

  const fixedWidth = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  return (
    <div data-testid={testId} className="plain-table-box" aria-busy={loading || undefined}>
      <TableView
        columns={columns}
        rows={items}
        rowKey={(row) => row.code}
        empty={loading ? t('a11y.loading') : t('procedures.empty')}
        className="plain-table-fixed"
        style={{ minWidth: fixedWidth + NAME_MIN_WIDTH, opacity: loading ? 0.6 : 1 }}
        rowProps={rowHref ? (row) => ({ className: 'row-link', onClick: () => navigate(rowHref(row)) }) : undefined}
      />
      <div className="plain-table-footer">
        {totalText}
        {pager}
      </div>
    </div>
  );
}
