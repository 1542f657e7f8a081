import { Card, Col, Empty, Flex, Progress, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAdministrations, useReceivingPoints, useUnitNames } from '../api/hooks';
import {
  defaultReceivingPoint,
  getComplianceOverview,
  listComplianceUnits,
  listPostingItems,
  unitsInScope,
} from '../api/procedures';
import type { ComplianceSummary, PostingItem } from '../api/types';
import { useSession } from '../auth/session';
import { ComplianceDetail } from '../components/ComplianceDetail';
import { ErrorAlert } from '../components/ErrorAlert';
import { RateBars, rateColor } from '../components/RateBars';
import { RequireRoles } from '../components/RequireRoles';
import { serverPagination, useServerPage } from '../components/serverPaging';
import { formatDate, formatPercent, ratePercent } from '../format/values';
import {
  canSee,
  complianceUnitPath,
  hasAnyRole,
  navItem,
  POSTING_EDITOR_ROLES,
  PROVINCE_WIDE_ROLES,
  procedurePath,
  ROUTES,
} from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

/** "Niêm yết" (officer, leader; admin and catalogue-admin view): a receiving point's posted list and compliance. */
export default function PostingPage() {
  return (
    <RequireRoles item={navItem('posting')}>
      <PostingView />
    </RequireRoles>
  );
}

function PostingView() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const points = useReceivingPoints();
  const provinceWide = hasAnyRole(session.roles, PROVINCE_WIDE_ROLES);
  const options = unitsInScope(points.units, session.user?.unit, provinceWide);
  const unit = params.get('unit') || defaultReceivingPoint(options, session.user?.unit);
  const canEdit = hasAnyRole(session.roles, POSTING_EDITOR_ROLES);

  // one page at a time from the server (GET /postings/{unit}/items), back to the first page for another unit
  const [postedPage, setPostedPage] = useServerPage(unit ?? '');
  const posting = useQuery({
    queryKey: ['posting', unit, 'items', postedPage.page, postedPage.size],
    queryFn: ({ signal }) => listPostingItems(unit!, postedPage.page, postedPage.size, session.token, signal),
    enabled: !!unit,
    placeholderData: keepPreviousData,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <PageTitle style={{ margin: 0 }}>{t('posting.title')}</PageTitle>
        <Link to={ROUTES.complianceReport}>{t('posting.report')} →</Link>
      </Flex>
      <Space wrap>
        <label htmlFor="posting-unit">{t('posting.point')}</label>
        <Select
          id="posting-unit"
          data-testid="posting-unit"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('posting.choosePoint')}
          loading={points.isLoading}
          value={unit}
          onChange={(v: string) => setParams({ unit: v })}
          options={options.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          style={{ width: 360, maxWidth: '100%' }}
        />
      </Space>
      {points.isError && <ErrorAlert error={points.error} onRetry={() => void points.refetch()} />}
      {!points.isLoading && !unit && <Empty description={t('posting.noPoints')} />}
      {unit && (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('posting.compliance')}
            </Typography.Title>
            <ComplianceDetail unitCode={unit} canEdit={canEdit} />
          </Col>
          <Col xs={24}>
            <Card title={t('posting.posted')} size="small">
              {posting.isError && <ErrorAlert error={posting.error} onRetry={() => void posting.refetch()} />}
              <Table<PostingItem>
                data-testid="posting-list"
                size="small"
                rowKey="procedureCode"
                loading={posting.isFetching}
                dataSource={posting.data?.items ?? []}
                pagination={serverPagination(postedPage, posting.data, setPostedPage, {
                  showTotal: (total) => t('paging.total', { count: total }),
                })}
                locale={{ emptyText: t('posting.nothing') }}
                columns={[
                  {
                    key: 'code',
                    dataIndex: 'procedureCode',
                    title: t('procedure.code'),
                    width: 190,
                    render: (c: string) => <Link to={procedurePath(c)}>{c}</Link>,
                  },
                  { key: 'name', dataIndex: 'name', title: t('procedure.name') },
                  { key: 'version', dataIndex: 'version', title: t('procedure.version'), width: 90 },
                  {
                    key: 'postedOn',
                    dataIndex: 'postedOn',
                    title: t('posting.postedOn'),
                    width: 120,
                    render: formatDate,
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}

/** "Báo cáo niêm yết": totals and per-unit compliance for the user's unit (province for inspectors, admins). */
export function ComplianceReportPage() {
  return (
    <RequireRoles item={navItem('complianceReport')}>
      <ComplianceReportView />
    </RequireRoles>
  );
}

function ComplianceReportView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const provinceWide = hasAnyRole(session.roles, PROVINCE_WIDE_ROLES);
  const administrations = useAdministrations();
  const scopes = unitsInScope(administrations.units, session.user?.unit, provinceWide);
  // unit=… in the URL; without it the user's unit, or the whole province for province-wide roles
  const unit = params.has('unit') ? params.get('unit') || undefined : provinceWide ? undefined : session.user?.unit;

  const overview = useQuery({
    queryKey: ['compliance', 'overview', unit ?? null, session.user?.username ?? null],
    queryFn: ({ signal }) => getComplianceOverview(unit, session.token, signal),
    enabled: !session.isLoading,
  });
  // the table pages on the server (GET /compliance/units); totals and the chart come from the overview
  const [unitsPage, setUnitsPage] = useServerPage(unit ?? '', 50);
  const rows = useQuery({
    queryKey: ['compliance', 'units', unit ?? null, session.user?.username ?? null, unitsPage.page, unitsPage.size],
    queryFn: ({ signal }) => listComplianceUnits(unit, unitsPage.page, unitsPage.size, session.token, signal),
    enabled: !session.isLoading,
    placeholderData: keepPreviousData,
  });
  const data = overview.data;
  const units = data?.units ?? [];
  const totals = data?.totals ?? {};
  const totalPercent = ratePercent(totals);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle style={{ margin: 0 }}>{t('report.title')}</PageTitle>
      <Space wrap>
        <label htmlFor="report-scope">{t('report.scope')}</label>
        <Select
          id="report-scope"
          data-testid="report-scope"
          showSearch={{ optionFilterProp: 'label' }}
          loading={administrations.isLoading}
          value={unit ?? ''}
          onChange={(v: string) => setParams({ unit: v })}
          options={[
            ...(provinceWide ? [{ value: '', label: t('report.wholeProvince') }] : []),
            ...scopes.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
            ...(unit && !scopes.some((s) => s.code === unit) ? [{ value: unit, label: unit }] : []),
          ]}
          style={{ minWidth: 320 }}
        />
        {data && (
          <Typography.Text type="secondary">{t('report.asOf', { date: formatDate(data.asOf) })}</Typography.Text>
        )}
      </Space>
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {rows.isError && !overview.isError && <ErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />}
      <Card loading={overview.isLoading} size="small" data-testid="report-totals">
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <Statistic title={t('report.units')} value={totals.units ?? units.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('posting.required')} value={totals.required ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('posting.compliant')} value={totals.compliant ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('posting.missing')} value={totals.missing ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('posting.stale')} value={totals.stale ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t('posting.rate')}
              value={formatPercent(totalPercent, lang)}
              data-testid="report-total-rate"
            />
          </Col>
        </Row>
      </Card>
      <Card title={t('report.chart')} size="small">
        {units.length ? (
          <RateBars
            lang={lang}
            ariaLabel={t('report.chart')}
            bars={units.map((u) => ({ key: u.unitCode, label: u.unitName, percent: ratePercent(u) }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.empty')} />
        )}
      </Card>
      <Table<ComplianceSummary>
        data-testid="report-units"
        size="small"
        rowKey="unitCode"
        loading={rows.isFetching}
        dataSource={rows.data?.items ?? []}
        pagination={serverPagination(unitsPage, rows.data, setUnitsPage, {
          showTotal: (total) => t('paging.total', { count: total }),
        })}
        locale={{ emptyText: t('report.empty') }}
        scroll={{ x: 900 }}
        columns={[
          {
            key: 'unitName',
            dataIndex: 'unitName',
            title: t('report.unitName'),
            render: (name: string, u) => <Link to={complianceUnitPath(u.unitCode)}>{name}</Link>,
          },
          { key: 'unitCode', dataIndex: 'unitCode', title: t('report.unitCode'), width: 130 },
          { key: 'required', dataIndex: 'required', title: t('posting.required'), width: 110 },
          { key: 'posted', dataIndex: 'posted', title: t('posting.postedCount'), width: 110 },
          { key: 'compliant', dataIndex: 'compliant', title: t('posting.compliant'), width: 110 },
          { key: 'missing', dataIndex: 'missing', title: t('posting.missing'), width: 130 },
          { key: 'stale', dataIndex: 'stale', title: t('posting.stale'), width: 130 },
          { key: 'outdated', dataIndex: 'outdated', title: t('posting.outdated'), width: 110 },
          {
            key: 'rate',
            title: t('posting.rate'),
            width: 170,
            sorter: (a, b) => ratePercent(a) - ratePercent(b),
            render: (_, u) => {
              const p = ratePercent(u);
              return (
                <Progress
                  aria-label={t('a11y.postingRate')}
                  size="small"
                  percent={p}
                  strokeColor={rateColor(p)}
                  format={() => formatPercent(p, lang)}
                />
              );
            },
          },
          {
            key: 'detail',
            width: 100,
            render: (_, u) => (
              <Link to={complianceUnitPath(u.unitCode)} data-testid="report-detail-link">
                {t('report.detail')}
              </Link>
            ),
          },
        ]}
      />
    </Space>
  );
}

/** `/niem-yet/bao-cao/:unitCode`: one receiving point's compliance, from the report. */
export function ComplianceUnitPage() {
  return (
    <RequireRoles item={navItem('complianceReport')}>
      <ComplianceUnitView />
    </RequireRoles>
  );
}

function ComplianceUnitView() {
  const { t } = useTranslation();
  const { unitCode = '' } = useParams<{ unitCode: string }>();
  const session = useSession();
  const names = useUnitNames();
  const canEdit = hasAnyRole(session.roles, POSTING_EDITOR_ROLES);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={ROUTES.complianceReport}>← {t('report.back')}</Link>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <PageTitle style={{ margin: 0 }} data-testid="compliance-unit-title">
          {t('report.detailTitle')}: {names.get(unitCode) ?? unitCode}
        </PageTitle>
        {canSee(navItem('posting'), session.roles) && (
          <Link to={`${ROUTES.posting}?unit=${encodeURIComponent(unitCode)}`}>{t('posting.openPosting')} →</Link>
        )}
      </Flex>
      <ComplianceDetail unitCode={unitCode} canEdit={canEdit} />
    </Space>
  );
}
