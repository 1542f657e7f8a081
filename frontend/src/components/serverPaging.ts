import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { Page } from '../api/types';

/** Where a server-paged table is: `page` from 0 (as the API counts) and the page size. */
export interface PageState {
  page: number;
  size: number;
}

/**
 * The page of a server-paged table (`?page=&size=` of the API, docs/adr/0011-api-conventions.md), back to the first
 * page whenever `scope` (the list's filters: a unit, a year…) changes.
 */
export function useServerPage(scope: string, size = 20): [PageState, (page: number, size: number) => void] {
  const [state, setState] = useState({ scope, page: 0, size });
  const current = state.scope === scope ? state : { scope, page: 0, size: state.size };
  return [
    { page: current.page, size: current.size },
    (page, newSize) => setState({ scope, page: newSize !== current.size ? 0 : page, size: newSize }),
  ];
}

/**
 * antd Table pagination driven by the server's envelope: the current page and size, the server's `total`, and
 * `onChange` asking for another page (antd counts pages from 1, the API from 0).
 */
export function serverPagination(
  state: PageState,
  data: Pick<Page<unknown>, 'total'> | undefined,
  onChange: (page: number, size: number) => void,
  opts: { showTotal?: (total: number) => string; sizes?: number[] } = {},
): TablePaginationConfig {
  return {
    current: state.page + 1,
    pageSize: state.size,
    total: data?.total ?? 0,
    hideOnSinglePage: !opts.sizes,
    showSizeChanger: !!opts.sizes,
    pageSizeOptions: opts.sizes,
    showTotal: opts.showTotal,
    onChange: (page, size) => onChange(page - 1, size),
  };
}
