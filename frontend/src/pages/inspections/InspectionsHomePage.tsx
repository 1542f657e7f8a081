import { Button, Card, Flex, Select, Space, Table, type TablePaginationConfig, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CONCLUSION_FILTERS,
  conclusionFilterFrom,
  INSPECTION_STATUSES,
  inspectionPath,
  listInspectionsPage,
  listPlansPage,
  listRemediationPage,
  NEW_PLAN_PATH,
  planPath,
  type InspectionView,
  type PlanSummary,
} from '../../api/inspections';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContentGroupsAdmin } from '../../components/inspections/ContentGroupsAdmin';
import { RemediationTable } from '../../components/inspections/RemediationTable';
import { InspectionStatusTag } from '../../components/inspections/InspectionStatusTag';
import { useInspectionSession } from '../../components/inspections/useInspectionSession';
import { serverPagination, useServerPage } from '../../components/serverPaging';
import { formatDate } from '../../format/values';
import { PageTitle } from '../../components/PageTitle';
import { ButtonLink } from '../../components/ButtonLink';

/** Years offered by the plan filter: this year ± a few. */
export function yearOptions(now = new Date().getFullYear()): number[] {
  return Array.from({ length: 7 }, (_, i) => now + 1 - i);
}

/**
 * `/kiem-tra`: the inspector's plans (by year, in the URL) and inspections (by `status` and `conclusion`, in the URL);
 * the leader's inspections of their unit; with `?remediation=overdue` the overdue remediation items of every
 * inspection the user sees (the home page's count links here); the admin's content groups and checklist items
 * (editable, see ContentGroupsAdmin).
 */
export default function InspectionsHomePage() {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [params, setParams] = useSearchParams();
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : undefined;
  const status = params.get('status') ?? undefined;
  const conclusion = conclusionFilterFrom(params);
  const remediationOverdue = params.get('remediation') === 'overdue';
  const showInspections = s.rights.manage || s.rights.unit;

  // both tables page on the server (?page=&size=), back to the first page when their filter changes
  const [plansPage, setPlansPage] = useServerPage(String(year ?? ''));
  const [inspectionsPage, setInspectionsPage] = useServerPage(`${status ?? ''}|${conclusion ?? ''}`);
  const [remediationPage, setRemediationPage] = useServerPage('remediation-overdue');
  const plans = useQuery({
    queryKey: ['inspections', 'plans', year ?? null, s.username, plansPage.page, plansPage.size],
    queryFn: ({ signal }) => listPlansPage(year, plansPage.page, plansPage.size, s.token, signal),
    enabled: s.ready && s.rights.manage,
    placeholderData: keepPreviousData,
  });
  const inspections = useQuery({
    queryKey: [
      'inspections',
      'list',
      status ?? null,
      conclusion ?? null,
      s.username,
      inspectionsPage.page,
      inspectionsPage.size,
    ],
    queryFn: ({ signal }) =>
      listInspectionsPage({ status, conclusion }, inspectionsPage.page, inspectionsPage.size, s.token, signal),
    enabled: s.ready && showInspections,
    placeholderData: keepPreviousData,
  });
  const remediation = useQuery({
    queryKey: ['inspections', 'remediation', 'overdue', s.username, remediationPage.page, remediationPage.size],
    queryFn: ({ signal }) => listRemediationPage(true, remediationPage.page, remediationPage.size, s.token, signal),
    enabled: s.ready && showInspections && remediationOverdue,
    placeholderData: keepPreviousData,
  });
  const showTotal = (total: number) => t('paging.total', { count: total });

  const set = (k: string, v?: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="inspections-home">
      <PageTitle style={{ margin: 0 }}>{t('inspections.heading')}</PageTitle>
      {showInspections && remediationOverdue && (
        <Card
          size="small"
          title={t('inspections.remediationOverdue.title')}
          data-testid="remediation-overdue-list"
          extra={
            <Button size="small" data-testid="remediation-overdue-list-close" onClick={() => set('remediation')}>
              {t('inspections.remediationOverdue.close')}
            </Button>
          }
        >
          {remediation.isError && <ErrorAlert error={remediation.error} onRetry={() => void remediation.refetch()} />}
          <RemediationTable
            rows={remediation.data?.items ?? []}
            loading={remediation.isFetching}
            showUnit
            pagination={serverPagination(remediationPage, remediation.data, setRemediationPage, { showTotal })}
          />
        </Card>
      )}
      {s.rights.manage && (
        <Card
          size="small"
          title={t('inspections.plans.title')}
          extra={
            <Space wrap>
              <Select
                allowClear
                data-testid="plans-year"
                aria-label={t('inspections.plans.year')}
                placeholder={t('inspections.plans.allYears')}
                value={year}
                onChange={(y?: number) => set('year', y ? String(y) : undefined)}
                options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 150 }}
              />
              <ButtonLink to={NEW_PLAN_PATH} type="primary" data-testid="plan-create">
                {t('inspections.plans.create')}
              </ButtonLink>
            </Space>
          }
        >
          {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
          <Table<PlanSummary>
            data-testid="plans-table"
            size="small"
            rowKey="id"
            loading={plans.isFetching}
            dataSource={plans.data?.items ?? []}
            pagination={serverPagination(plansPage, plans.data, setPlansPage, { showTotal })}
            locale={{ emptyText: t('inspections.plans.empty') }}
            columns={[
              {
                key: 'number',
                title: t('inspections.plans.number'),
                render: (_, p) => (
                  <Link to={planPath(p.id)} data-testid="plan-link">
                    {p.number}
                  </Link>
                ),
              },
              {
                key: 'date',
                title: t('inspections.plans.planDate'),
                width: 130,
                render: (_, p) => formatDate(p.planDate),
              },
              { key: 'issuer', dataIndex: 'issuer', title: t('inspections.plans.issuer') },
              { key: 'year', dataIndex: 'year', title: t('inspections.plans.year'), width: 80 },
              {
                key: 'count',
                dataIndex: 'inspections',
                title: t('inspections.plans.inspections'),
                width: 170,
                align: 'right',
              },
            ]}
          />
        </Card>
      )}
      {showInspections && (
        <Card
          size="small"
          title={s.rights.manage ? t('inspections.list.title') : t('inspections.list.mine')}
          extra={
            <Space wrap>
              <Select
                allowClear
                data-testid="inspections-conclusion"
                aria-label={t('inspections.list.conclusionFilter')}
                placeholder={t('inspections.list.conclusionFilter')}
                value={conclusion}
                onChange={(v?: string) => set('conclusion', v)}
                options={CONCLUSION_FILTERS.map((c) => ({ value: c, label: t(`inspections.list.conclusion.${c}`) }))}
                style={{ width: 220 }}
              />
              <Select
                allowClear
                data-testid="inspections-status"
                aria-label={t('inspections.list.statusFilter')}
                placeholder={t('inspections.list.statusFilter')}
                value={status}
                onChange={(v?: string) => set('status', v)}
                options={INSPECTION_STATUSES.map((st) => ({ value: st, label: t(`inspections.status.${st}`) }))}
                style={{ width: 220 }}
              />
            </Space>
          }
        >
          {inspections.isError && <ErrorAlert error={inspections.error} onRetry={() => void inspections.refetch()} />}
          <InspectionsTable
            rows={inspections.data?.items ?? []}
            loading={inspections.isFetching}
            pagination={serverPagination(inspectionsPage, inspections.data, setInspectionsPage, { showTotal })}
          />
        </Card>
      )}
      {s.rights.admin && (
        <Card size="small" title={t('inspections.contentGroups.title')}>
          <ContentGroupsAdmin />
        </Card>
      )}
    </Space>
  );
}

/** Inspections with unit, plan, visit, status and the conclusion due date (late in red). */
export function InspectionsTable({
  rows,
  loading,
  showPlan = true,
  pagination,
}: {
  rows: readonly InspectionView[];
  loading?: boolean;
  showPlan?: boolean;
  /** Paging driven by the server; without it the rows given are all there is (a plan's visits). */
  pagination?: TablePaginationConfig;
}) {
  const { t } = useTranslation();
  return (
    <Table<InspectionView>
      data-testid="inspections-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...rows]}
      pagination={pagination ?? (rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false)}
      rowClassName={(r) => (r.conclusionLate ? 'dossier-row-overdue' : '')}
      locale={{ emptyText: t('inspections.list.empty') }}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'unit',
          title: t('inspections.list.unit'),
          render: (_, r) => (
            <Link to={inspectionPath(r.id)} data-testid="inspection-link">
              {r.unitName ?? r.unitCode}
            </Link>
          ),
        },
        ...(showPlan
          ? [
              {
                key: 'plan',
                title: t('inspections.list.plan'),
                width: 170,
                render: (_: unknown, r: InspectionView) => `${r.planNumber} (${r.year})`,
              },
            ]
          : []),
        {
          key: 'schedule',
          title: t('inspections.list.schedule'),
          width: 190,
          render: (_, r) => `${formatDate(r.scheduledFrom)} – ${formatDate(r.scheduledTo)}`,
        },
        {
          key: 'status',
          title: t('inspections.list.status'),
          width: 170,
          render: (_, r) => <InspectionStatusTag status={r.status} testId="row-status" />,
        },
        {
          key: 'due',
          title: t('inspections.list.conclusionDue'),
          width: 200,
          render: (_, r) => (
            <Flex gap={4} wrap>
              {formatDate(r.conclusionDue)}
              {r.conclusionLate && (
                <Tag color="red" data-testid="row-conclusion-late">
                  {t('inspections.inspection.conclusionLate')}
                </Tag>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
