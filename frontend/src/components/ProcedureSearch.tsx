import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgencies, useFields } from '../api/hooks';
import { filtersFromParams, filtersToParams, searchProcedures, type ProcedureFilters } from '../api/procedures';
import { useSession } from '../auth/session';
import { procedurePath } from '../nav/navItems';
import { ErrorAlert } from './ErrorAlert';
import { ProcedureTable, type ProcedureColumn } from './ProcedureTable';
import { useIsPhone } from './responsive';

/** Levels offered by the search (data may still hold DISTRICT for history before 1/7/2025). */
export const SEARCH_LEVELS = ['PROVINCE', 'COMMUNE'] as const;
export const STATES = ['DRAFT', 'IN_FORCE', 'AMENDED', 'ABOLISHED'] as const;

export interface ProcedureSearchProps {
  /** Catalogue staff: offer the state filter (the server shows them drafts and abolished ones). */
  staff?: boolean;
  extraColumns?: ProcedureColumn[];
  testId?: string;
}

/** A native select with its label; an empty value is "any". */
function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
  testId,
  busy,
}: {
  id: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  onChange: (v?: string) => void;
  testId: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  // a value from the URL that the list does not (yet) hold stays selectable
  const known = !value || options.some((o) => o.value === value);
  return (
    <label className="filter" htmlFor={id}>
      <span className="filter-label">{label}</span>
      <select
        id={id}
        className="input select"
        data-testid={testId}
        value={value ?? ''}
        aria-busy={busy || undefined}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{t('procedures.filters.any')}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Catalogue search: text (diacritics-insensitive on the server), lĩnh vực, cấp thực hiện, cơ quan thực hiện and
 * (staff) state, with a server-paged table. Filters and page live in the URL; a row opens the procedure page. Plain
 * markup with native controls (issue 17: the public catalogue loads no antd); phones fold the filters behind a
 * "Bộ lọc" button so the results start near the top.
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update({ q: String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '') });
  };
  const hasFilters = !!(filters.q || filters.field || filters.level || filters.agency || filters.state);
  const activeFilters = [filters.field, filters.level, filters.agency, filters.state].filter(Boolean).length;
  const phone = useIsPhone();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showSelects = !phone || filtersOpen;

  return (
    <div className="page-stack page-stack-full">
      <div className={phone ? 'filter-bar filter-bar-phone' : 'filter-bar'} data-testid="procedure-filters">
        <form role="search" className="search-box" onSubmit={submit}>
          {/* uncontrolled, re-created when the URL's text changes (back/forward, "Xoá bộ lọc") */}
          <input
            key={filters.q ?? ''}
            type="search"
            name="q"
            className="input"
            defaultValue={filters.q}
            maxLength={200}
            placeholder={t('procedures.searchPlaceholder')}
            aria-label={t('procedures.searchPlaceholder')}
            data-testid="procedure-search"
          />
          <button type="submit" className="btn btn-primary" data-testid="procedure-search-submit">
            {t('procedures.search')}
          </button>
        </form>
        {phone && (
          <button
            type="button"
            className="btn"
            data-testid="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="procedure-filter-selects"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {activeFilters
              ? t('procedures.filters.toggleActive', { count: activeFilters })
              : t('procedures.filters.toggle')}
          </button>
        )}
        <div id="procedure-filter-selects" className="filter-selects" hidden={!showSelects}>
          <FilterSelect
            id="filter-field"
            label={t('procedures.filters.field')}
            testId="filter-field"
            value={filters.field}
            busy={fields.isLoading}
            onChange={(v) => update({ field: v })}
            options={(fields.data ?? []).map((f) => ({
              value: f.field,
              label: t('procedures.filters.fieldOption', { field: f.field, count: f.count }),
            }))}
          />
          <FilterSelect
            id="filter-level"
            label={t('procedures.filters.level')}
            testId="filter-level"
            value={filters.level}
            onChange={(v) => update({ level: v })}
            options={SEARCH_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          />
          <FilterSelect
            id="filter-agency"
            label={t('procedures.filters.agency')}
            testId="filter-agency"
            value={filters.agency}
            busy={agencies.isLoading}
            onChange={(v) => update({ agency: v })}
            options={agencies.units.map((u) => ({ value: u.code, label: u.name }))}
          />
          {staff && (
            <FilterSelect
              id="filter-state"
              label={t('procedures.filters.state')}
              testId="filter-state"
              value={filters.state}
              onChange={(v) => update({ state: v })}
              options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
            />
          )}
          {hasFilters && (
            <button
              type="button"
              className="btn filter-reset"
              data-testid="filter-reset"
              onClick={() =>
                update({ q: undefined, field: undefined, level: undefined, agency: undefined, state: undefined })
              }
            >
              {t('procedures.filters.reset')}
            </button>
          )}
        </div>
      </div>
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
    </div>
  );
}
