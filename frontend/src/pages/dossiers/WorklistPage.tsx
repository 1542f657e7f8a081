import { Button, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  applicantNameOf,
  dueRowClass,
  effectiveDueOf,
  listDossiers,
  WORKLIST_FILTER_KEYS,
  WORKLIST_PAGE_SIZE,
  worklistFiltersFrom,
  type DueFilter,
  type WorklistFilters,
} from '../../api/dossiers';
import { DOSSIER_STATUSES, type DossierSummary } from '../../api/dossierTypes';
import { useSession } from '../../auth/session';
import { ButtonLink } from '../../components/ButtonLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EllipsisCell } from '../../components/ProcedureTable';
import { DossierStatusTag } from '../../components/dossiers/DossierStatusTag';
import { formatDateTime } from '../../format/dateTime';
import { canSee, dossierPath, navItem, ROUTES } from '../../nav/navItems';

/** Widths of the columns added up (the procedure at its 240 px minimum): fits a 1280 px laptop without scrolling. */
export const WORKLIST_MIN_WIDTH = 190 + 240 + 150 + 160 + 120 + 130 + 230;

/**
 * Worklist (`/ho-so`): dossiers of the user's unit and below, soonest due first, with filters in the
 * URL (`q`, `status`, `due`, `page`). Overdue rows are red, those due soon amber; overdue dossiers
 * without an apology letter are flagged.
 */
export default function WorklistPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = worklistFiltersFrom(params);

  const list = useQuery({
    queryKey: ['dossiers', 'list', filters, session.user?.username ?? null],
    queryFn: ({ signal }) => listDossiers(filters, session.token, signal),
    enabled: !session.isLoading,
    placeholderData: keepPreviousData,
  });

  const update = (next: Partial<WorklistFilters>) => {
    const merged: WorklistFilters = { ...filters, page: 0, ...next };
    const p = new URLSearchParams(params);
    for (const k of WORKLIST_FILTER_KEYS) {
      const v = merged[k]?.toString().trim();
      if (v) p.set(k, v);
      else p.delete(k);
    }
    if (merged.page) p.set('page', String(merged.page));
    else p.delete('page');
    setParams(p);
  };

  const data = list.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Space wrap data-testid="worklist-filters">
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            placeholder={t('worklist.searchPlaceholder')}
            aria-label={t('worklist.search')}
            data-testid="worklist-search"
            enterButton={t('worklist.search')}
            onSearch={(q) => update({ q })}
            style={{ width: 360 }}
          />
          <Select
            allowClear
            data-testid="worklist-status"
            aria-label={t('worklist.status')}
            placeholder={t('worklist.status')}
            value={filters.status}
            onChange={(status?: string) => update({ status: status ?? '' })}
            options={DOSSIER_STATUSES.map((s) => ({ value: s, label: t(`dossierStatus.${s}`) }))}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            data-testid="worklist-due"
            aria-label={t('worklist.due')}
            placeholder={t('worklist.due')}
            value={filters.due || undefined}
            onChange={(due?: DueFilter) => update({ due: due ?? '' })}
            options={[
              { value: 'SOON', label: t('worklist.dueSoon') },
              { value: 'OVERDUE', label: t('worklist.overdue') },
              { value: 'OVERDUE_WITHOUT_APOLOGY', label: t('worklist.lateWithoutApology') },
            ]}
            style={{ width: 260 }}
          />
          {WORKLIST_FILTER_KEYS.some((k) => filters[k]) && (
            <Button data-testid="worklist-reset" onClick={() => setParams({})}>
              {t('worklist.reset')}
            </Button>
          )}
        </Space>
        {canSee(navItem('dossierReceive'), session.roles) && (
          <ButtonLink to={ROUTES.dossierReceive} type="primary" data-testid="worklist-receive">
            {t('worklist.receive')}
          </ButtonLink>
        )}
      </Flex>
      <Space size="small" wrap>
        <span className="legend-swatch dossier-row-due-soon" aria-hidden />
        <Typography.Text type="secondary">{t('worklist.dueSoon')}</Typography.Text>
        <span className="legend-swatch dossier-row-overdue" aria-hidden />
        <Typography.Text type="secondary">{t('worklist.overdue')}</Typography.Text>
      </Space>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {/* no "no dossiers" table under the error: the list is unknown, not empty */}
      {!(list.isError && !data) && (
        <Table<DossierSummary>
          data-testid="worklist-table"
          size="small"
          rowKey="code"
          loading={list.isFetching}
          dataSource={data?.items ?? []}
          rowClassName={(row) => dueRowClass(row)}
          onRow={(row) =>
            ({
              'data-overdue': row.overdue ? 'true' : 'false',
              'data-due-soon': row.dueSoon ? 'true' : 'false',
            }) as React.HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: t('worklist.empty') }}
          scroll={{ x: WORKLIST_MIN_WIDTH }}
          pagination={{
            current: (filters.page ?? 0) + 1,
            pageSize: WORKLIST_PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) =>
              data?.totalCapped ? t('worklist.totalAtLeast', { count: total }) : t('worklist.total', { count: total }),
            onChange: (page) => update({ ...filters, page: page - 1 }),
          }}
          columns={[
            {
              key: 'code',
              dataIndex: 'code',
              title: t('worklist.columns.code'),
              width: 190,
              render: (code: string) => (
                <Link to={dossierPath(code)} data-testid="dossier-link">
                  {code}
                </Link>
              ),
            },
            {
              key: 'procedure',
              title: t('worklist.columns.procedure'),
              minWidth: 240,
              ellipsis: { showTitle: false },
              render: (_, row) => <EllipsisCell text={row.procedureName ?? row.procedureCode} />,
            },
            {
              key: 'applicant',
              title: t('worklist.columns.applicant'),
              width: 150,
              ellipsis: { showTitle: false },
              render: (_, row) => <EllipsisCell text={applicantNameOf(row)} />,
            },
            {
              key: 'status',
              title: t('worklist.columns.status'),
              width: 160,
              render: (_, row) => (
                <DossierStatusTag status={row.status} statusCode={row.statusCode} testId="row-status" />
              ),
            },
            {
              key: 'receivedAt',
              title: t('worklist.columns.receivedAt'),
              width: 120,
              render: (_, row) => formatDateTime(row.receivedAt),
            },
            {
              key: 'due',
              title: t('worklist.columns.dueAt'),
              width: 130,
              render: (_, row) => {
                const due = effectiveDueOf(row);
                const extended = !!row.extendedDueAt && row.extendedDueAt !== row.dueAt;
                return (
                  <Tooltip
                    title={extended ? t('worklist.extendedFrom', { date: formatDateTime(row.dueAt) }) : undefined}
                  >
                    <span data-testid="row-due">{formatDateTime(due)}</span>
                    {extended && ' *'}
                  </Tooltip>
                );
              },
            },
            {
              key: 'flags',
              title: t('worklist.columns.flags'),
              width: 230,
              render: (_, row) => (
                <Space size={4} wrap>
                  {row.overdue && (
                    <Tag color="red" className="tag-wrap" data-testid="flag-overdue">
                      {t('worklist.overdue')}
                    </Tag>
                  )}
                  {!row.overdue && row.dueSoon && (
                    <Tag color="gold" className="tag-wrap" data-testid="flag-due-soon">
                      {t('worklist.dueSoon')}
                    </Tag>
                  )}
                  {row.lateWithoutApology && (
                    <Tag color="magenta" className="tag-wrap" data-testid="flag-late-without-apology">
                      {t('worklist.lateWithoutApology')}
                    </Tag>
                  )}
                  {(row.apology || row.hasApology) && (
                    <Tag color="blue" className="tag-wrap" data-testid="flag-apology">
                      {t('worklist.withApology')}
                    </Tag>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
