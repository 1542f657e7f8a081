import { Button, Flex, Input, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgencies, useFields } from '../api/hooks';
import { filtersFromParams, filtersToParams, searchProcedures, type ProcedureFilters } from '../api/procedures';
import type { ProcedureSummary } from '../api/types';
import { useSession } from '../auth/session';
import { procedurePath } from '../nav/navItems';
import { ErrorAlert } from './ErrorAlert';
import { ProcedureTable } from './ProcedureTable';
import { useIsPhone } from './responsive';

/** Levels offered by the search (data may still hold DISTRICT for history before 1/7/2025). */
export const SEARCH_LEVELS = ['PROVINCE', 'COMMUNE'] as const;
export const STATES = ['DRAFT', 'IN_FORCE', 'AMENDED', 'ABOLISHED'] as const;

export interface ProcedureSearchProps {
  /** Catalogue staff: offer the state filter (the server shows them drafts and abolished ones). */
  staff?: boolean;
  extraColumns?: ColumnsType<ProcedureSummary>;
  testId?: string;
}

/**
 * Catalogue search: text (diacritics-insensitive on the server), lĩnh vực, cấp thực hiện, cơ quan
 * thực hiện and (staff) state, with a server-paged table. Filters and page live in the URL; a row
 * opens the procedure page.
 */
export function ProcedureSearch({ staff = false, extraColumns, testId }: ProcedureSearchProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params, { allowState: staff });
  const fields = useFields();
  const agencies = useAgencies();

  const query = useQuery({
    queryKey: ['procedures', 'search', filters, session.user?.username ?? null],
    queryFn: ({ signal }) => searchProcedures(filters, session.token, signal),
    enabled: !session.isLoading,
    placeholderData: keepPreviousData,
  });

  const update = (next: Partial<ProcedureFilters>) => {
    // any filter change goes back to the first page
    const merged = { ...filters, page: 0, ...next };
    setParams(filtersToParams(merged, params));
  };
  const hasFilters = !!(filters.q || filters.field || filters.level || filters.agency || filters.state);
  const activeFilters = [filters.field, filters.level, filters.agency, filters.state].filter(Boolean).length;
  // phones: the selects fold behind a "Bộ lọc" button so the results start near the top
  const phone = useIsPhone();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showSelects = !phone || filtersOpen;
  const selectWidth = (min: number) => (phone ? { width: '100%' } : { minWidth: min });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex wrap gap="small" align="center" data-testid="procedure-filters">
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          enterButton={t('procedures.search')}
          placeholder={t('procedures.searchPlaceholder')}
          aria-label={t('procedures.search')}
          data-testid="procedure-search"
          onSearch={(value) => update({ q: value })}
          style={phone ? { width: '100%' } : { maxWidth: 520, flex: '1 1 320px' }}
        />
        {phone && (
          <Button
            data-testid="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="procedure-filter-selects"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {activeFilters
              ? t('procedures.filters.toggleActive', { count: activeFilters })
              : t('procedures.filters.toggle')}
          </Button>
        )}
        <div
          id="procedure-filter-selects"
          style={
            phone
              ? { display: showSelects ? 'flex' : 'none', flexDirection: 'column', gap: 8, width: '100%' }
              : { display: 'contents' }
          }
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('procedures.filters.field')}
            aria-label={t('procedures.filters.field')}
            data-testid="filter-field"
            value={filters.field}
            loading={fields.isLoading}
            onChange={(v?: string) => update({ field: v })}
            options={(fields.data ?? []).map((f) => ({
              value: f.field,
              label: t('procedures.filters.fieldOption', { field: f.field, count: f.count }),
            }))}
            style={selectWidth(200)}
          />
          <Select
            allowClear
            placeholder={t('procedures.filters.level')}
            aria-label={t('procedures.filters.level')}
            data-testid="filter-level"
            value={filters.level}
            onChange={(v?: string) => update({ level: v })}
            options={SEARCH_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            style={selectWidth(140)}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('procedures.filters.agency')}
            aria-label={t('procedures.filters.agency')}
            data-testid="filter-agency"
            value={filters.agency}
            loading={agencies.isLoading}
            onChange={(v?: string) => update({ agency: v })}
            options={agencies.units.map((u) => ({ value: u.code, label: u.name }))}
            style={selectWidth(240)}
          />
          {staff && (
            <Select
              allowClear
              placeholder={t('procedures.filters.state')}
              aria-label={t('procedures.filters.state')}
              data-testid="filter-state"
              value={filters.state}
              onChange={(v?: string) => update({ state: v })}
              options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
              style={selectWidth(180)}
            />
          )}
          {hasFilters && (
            <Button
              data-testid="filter-reset"
              onClick={() =>
                update({ q: undefined, field: undefined, level: undefined, agency: undefined, state: undefined })
              }
            >
              {t('procedures.filters.reset')}
            </Button>
          )}
        </div>
      </Flex>
      {fields.isError && <ErrorAlert error={fields.error} onRetry={() => void fields.refetch()} />}
      {agencies.isError && !fields.isError && (
        <ErrorAlert error={agencies.error} onRetry={() => void agencies.refetch()} />
      )}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {/* no "no data" table under the error: the list is unknown, not empty */}
      {!(query.isError && !query.data) && (
        <ProcedureTable
          data={query.data}
          loading={query.isFetching}
          showState
          showAgency
          rowHref={(row) => procedurePath(row.code)}
          extraColumns={extraColumns}
          testId={testId}
          onPageChange={(p) => update({ page: p })}
        />
      )}
    </Space>
  );
}
