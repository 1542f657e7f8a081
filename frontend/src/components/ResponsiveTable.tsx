import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from './responsive';

type Column<T> = {
  key?: React.Key;
  title?: ReactNode;
  dataIndex?: string | number | readonly (string | number)[];
  render?: (value: unknown, record: T, index: number) => ReactNode;
};

function valueAt(row: unknown, dataIndex: Column<unknown>['dataIndex']): unknown {
  if (dataIndex === undefined) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k as string]), row);
}

export type ResponsiveTableProps<T> = TableProps<T> & {
  /** Phones: the column whose value heads each card (default: the first column). */
  cardTitleKey?: string;
  /** Phones: shown under the cards (e.g. the total that the table shows in its summary row). */
  cardFooter?: ReactNode;
  'data-testid'?: string;
};

/**
 * An antd table on larger screens; on phones (< 768 px) a list of cards, one per row: the title column first,
 * then every other column as "title: value". For small tables (no paging) on pages that citizens read.
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const phone = useIsPhone();
  const { cardTitleKey, cardFooter, ...tableProps } = props;
  if (!phone) return <Table<T> {...tableProps} />;

  const columns = (props.columns ?? []) as Column<T>[];
  const rows = (props.dataSource ?? []) as readonly T[];
  const keyOf = (row: T, i: number): React.Key => {
    const rk = props.rowKey;
    if (typeof rk === 'function') return rk(row, i) as React.Key;
    if (typeof rk === 'string') return (row as Record<string, React.Key>)[rk];
    return i;
  };
  const cell = (c: Column<T>, row: T, i: number): ReactNode => {
    const v = valueAt(row, c.dataIndex);
    return c.render ? c.render(v, row, i) : (v as ReactNode);
  };
  const titleCol = columns.find((c) => c.key === cardTitleKey) ?? columns[0];
  const empty = props.locale?.emptyText;
  return (
    <div data-testid={props['data-testid']} data-layout="cards">
      {rows.length === 0 && !props.loading ? (
        <div className="card-list-empty">{typeof empty === 'function' ? empty() : empty}</div>
      ) : (
        <ul className="card-list">
          {rows.map((row, i) => (
            <li key={keyOf(row, i)} data-row-key={keyOf(row, i)}>
              {titleCol && <div className="card-list-title">{cell(titleCol, row, i)}</div>}
              <dl className="card-list-fields">
                {columns
                  .filter((c) => c !== titleCol)
                  .map((c, ci) => (
                    <div key={String(c.key ?? ci)}>
                      <dt>{c.title}</dt>
                      <dd>{cell(c, row, i)}</dd>
                    </div>
                  ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {cardFooter}
    </div>
  );
}
