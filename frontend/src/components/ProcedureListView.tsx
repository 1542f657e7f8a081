import { Input, Space } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../api/client';
import type { Page, ProcedureSummary } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorAlert } from './ErrorAlert';
import { ProcedureTable } from './ProcedureTable';

export const PAGE_SIZE = 20;

export interface ProcedureListViewProps {
  /** e.g. `/api/v1/procedures` or `/api/v1/dossiers/catalogue`. */
  endpoint: string;
  searchable?: boolean;
  showState?: boolean;
  testId?: string;
}

function pageFrom(params: URLSearchParams): number {
  const n = Number.parseInt(params.get('page') ?? '0', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Fetches one page of procedures from `endpoint` (`?q=&page=&size=20`, bearer token when logged in)
 * and shows it with a search box and paging. Search text and page live in the URL.
 */
export function ProcedureListView({ endpoint, searchable = false, showState = false, testId }: ProcedureListViewProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = searchable ? (params.get('q') ?? '').trim() : '';
  const page = pageFrom(params);

  const query = useQuery({
    queryKey: [endpoint, { q, page, size: PAGE_SIZE, user: session.user?.username ?? null }],
    queryFn: ({ signal }) =>
      apiFetch<Page<ProcedureSummary>>(endpoint, {
        query: { q, page, size: PAGE_SIZE },
        token: session.token,
        signal,
      }),
    enabled: !session.isLoading,
    placeholderData: keepPreviousData,
  });

  const update = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) {
      if (next.q.trim()) p.set('q', next.q.trim());
      else p.delete('q');
    }
    if (next.page) p.set('page', String(next.page));
    else p.delete('page');
    setParams(p);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {searchable && (
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton={t('procedures.search')}
          placeholder={t('procedures.searchPlaceholder')}
          aria-label={t('procedures.search')}
          data-testid="procedure-search"
          onSearch={(value) => update({ q: value, page: 0 })}
          style={{ maxWidth: 560 }}
        />
      )}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {/* no "no data" table under the error: the list is unknown, not empty */}
      {!(query.isError && !query.data) && (
        <ProcedureTable
          data={query.data}
          loading={query.isFetching}
          showState={showState}
          testId={testId}
          onPageChange={(p) => update({ page: p })}
        />
      )}
    </Space>
  );
}
