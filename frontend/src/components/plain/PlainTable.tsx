import type { CSSProperties, HTMLAttributes, Key, ReactNode } from 'react';
import { useIsPhone } from '../responsive';

export interface PlainColumn<T> {
  key: string;
  title: ReactNode;
  /** Fixed width in px on larger screens. */
  width?: number;
  align?: 'start' | 'end';
  /** Of each cell (e.g. `cell-ellipsis`). */
  className?: string;
  render: (row: T, index: number) => ReactNode;
}

export interface PlainTableProps<T> {
  columns: PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  /** Shown instead of the rows when there are none (and not loading). */
  empty: ReactNode;
  loading?: boolean;
  testId?: string;
  /** Phones: the column whose value heads each card (default: the first). */
  cardTitleKey?: string;
  /** A total: a last row (the label across every column but the last, the value under the last); on phones a line under the cards. */
  footer?: { label: ReactNode; value: ReactNode };
  /** Extra attributes of each row (`<tr>` or card `<li>`), e.g. a click handler and a test id. */
  rowProps?: (row: T) => HTMLAttributes<HTMLElement> & { 'data-testid'?: string };
}

/**
 * A small table of a public page in plain markup (issue 17: no antd on the public pages): a `<table>` on larger
 * screens; on phones (< 768 px) a list of cards, one per row, the title column first, then every other column as
 * "title: value". No paging (short lists: a procedure's components, fees, steps, versions).
 */
export function PlainTable<T>({
  columns,
  rows,
  rowKey,
  empty,
  loading,
  testId,
  cardTitleKey,
  footer,
  rowProps,
}: PlainTableProps<T>) {
  const phone = useIsPhone();
  const busy = loading || undefined;
  if (phone) {
    const titleCol = columns.find((c) => c.key === cardTitleKey) ?? columns[0];
    return (
      <div data-testid={testId} data-layout="cards" aria-busy={busy}>
        {rows.length === 0 && !loading ? (
          <div className="card-list-empty">{empty}</div>
        ) : (
          <ul className="card-list">
            {rows.map((row, i) => (
              <li key={rowKey(row, i)} data-row-key={rowKey(row, i)} {...rowProps?.(row)}>
                <div className="card-list-title">{titleCol.render(row, i)}</div>
                <dl className="card-list-fields">
                  {columns
                    .filter((c) => c !== titleCol)
                    .map((c) => (
                      <div key={c.key}>
                        <dt>{c.title}</dt>
                        <dd>{c.render(row, i)}</dd>
                      </div>
                    ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
        {footer && rows.length > 0 && (
          <p className="card-list-footer">
            <strong>
              {footer.label}: {footer.value}
            </strong>
          </p>
        )}
      </div>
    );
  }
  return (
    <TableView
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      empty={empty}
      loading={loading}
      testId={testId}
      footer={footer}
      rowProps={rowProps}
    />
  );
}

export interface TableViewProps<T> extends Omit<PlainTableProps<T>, 'cardTitleKey'> {
  className?: string;
  style?: CSSProperties;
}

/** The `<table>` of {@link PlainTable} alone, on every screen (a page that draws its own phone cards uses it). */
export function TableView<T>({
  columns,
  rows,
  rowKey,
  empty,
  loading,
  testId,
  footer,
  rowProps,
  className,
  style,
}: TableViewProps<T>) {
  const busy = loading || undefined;
  return (
    <div className="plain-table-scroll" data-scroll-region data-testid={testId} aria-busy={busy}>
      <table className={className ? `plain-table ${className}` : 'plain-table'} style={style}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={c.align === 'end' ? { textAlign: 'end' } : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} data-row-key={rowKey(row, i)} {...rowProps?.(row)}>
              {columns.map((c) => (
                <td key={c.key} className={c.className} style={c.align === 'end' ? { textAlign: 'end' } : undefined}>
                  {c.render(row, i)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="plain-table-empty">
                {loading ? <span className="spinner spinner-sm" aria-hidden /> : empty}
              </td>
            </tr>
          )}
        </tbody>
        {footer && rows.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={columns.length - 1}>
                {footer.label}
              </th>
              <td>
                <strong>{footer.value}</strong>
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
