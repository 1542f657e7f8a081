import { Button, Card, Col, Empty, Flex, Row, Select, Space, Typography } from 'antd';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  exportPeriodReport,
  getPeriodReport,
  rateOf,
  reportTotal,
  saveBlob,
  type ReportParams,
} from '../../api/dossiers';
import type { GroupBy, PeriodRow } from '../../api/dossierTypes';
import { useAgencies } from '../../api/hooks';
import { unitsInScope } from '../../api/procedures';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RateBars } from '../../components/RateBars';
import { CountBars } from '../../components/dossiers/CountBars';
import { PeriodReportTable } from '../../components/dossiers/PeriodReportTable';
import { TrendChart } from '../../components/dossiers/TrendChart';
import { RequireRoles } from '../../components/RequireRoles';
import { DateRangeField } from '../../components/dates/DateFields';
import { lastMonths, monthStart, vnToday } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { hasAnyRole, navItem, STATS_PROVINCE_WIDE_ROLES } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

export const GROUP_BYS: readonly GroupBy[] = ['UNIT', 'FIELD', 'PROCEDURE', 'CHANNEL'];
export const TREND_MONTHS = 6;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Report parameters from the URL; defaults: this month up to today, the user's unit (province-wide roles: all), by unit. */
export function reportParamsFrom(
  params: URLSearchParams,
  userUnit: string | undefined,
  provinceWide: boolean,
  today = vnToday(),
): ReportParams {
  const to = ISO_DATE.test(params.get('to') ?? '') ? params.get('to')! : today;
  const from = ISO_DATE.test(params.get('from') ?? '') ? params.get('from')! : monthStart(to);
  const groupBy = (GROUP_BYS as readonly string[]).includes(params.get('groupBy') ?? '')
    ? (params.get('groupBy') as GroupBy)
    : 'UNIT';
  const unit = params.has('unit') ? params.get('unit') || undefined : provinceWide ? undefined : userUnit;
  return { from, to, unit, groupBy };
}

/** File name of the Excel export. */
export const exportFileName = (p: ReportParams) =>
  `bao-cao-giai-quyet-tthc_${p.unit ?? 'toan-tinh'}_${p.from}_${p.to}.xlsx`;

/** `/ho-so/thong-ke` (leader, inspector, admin, specialist): period report, charts, trend, Excel export. */
export default function StatisticsPage() {
  return (
    <RequireRoles item={navItem('dossierStats')}>
      <StatisticsView />
    </RequireRoles>
  );
}

function StatisticsView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const provinceWide = hasAnyRole(session.roles, STATS_PROVINCE_WIDE_ROLES);
  const p = reportParamsFrom(params, session.user?.unit, provinceWide);
  const agencies = useAgencies();
  const scopes = unitsInScope(agencies.units, session.user?.unit, provinceWide);
  const user = session.user?.username ?? null;

  const set = (next: Partial<ReportParams>) => {
    const merged = { ...p, ...next };
    const q = new URLSearchParams();
    q.set('from', merged.from);
    q.set('to', merged.to);
    q.set('unit', merged.unit ?? '');
    q.set('groupBy', merged.groupBy);
    setParams(q);
  };

  const validRange = p.from <= p.to;
  const report = useQuery({
    queryKey: ['dossiers', 'report', p, user],
    queryFn: ({ signal }) => getPeriodReport(p, session.token, signal),
    enabled: !session.isLoading && validRange,
  });
  const months = lastMonths(p.to, TREND_MONTHS);
  const trend = useQueries({
    queries: months.map((m) => ({
      queryKey: ['dossiers', 'report', { unit: p.unit, from: m.from, to: m.to, groupBy: 'UNIT' }, user],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getPeriodReport({ unit: p.unit, from: m.from, to: m.to, groupBy: 'UNIT' }, session.token, signal),
      enabled: !session.isLoading,
      staleTime: 60_000,
    })),
  });
  const exporter = useMutation({
    mutationFn: () => exportPeriodReport(p, session.token),
    onSuccess: (blob) => saveBlob(blob, exportFileName(p)),
  });

  const rowName = (r: PeriodRow) => {
    if (r.name && r.name !== r.key) return r.name;
    if (p.groupBy === 'CHANNEL') return t(`channel.${r.key}`, { defaultValue: r.key });
    return r.name ?? r.key;
  };
  const rows = report.data?.rows ?? [];
  const total = report.data ? reportTotal(report.data) : null;
  const rated = rows.filter((r) => rateOf(r) !== null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="stats-page">
      <PageTitle style={{ margin: 0 }}>{t('stats.title')}</PageTitle>
      <Flex wrap gap="middle" align="end" data-testid="stats-filters">
        <Space orientation="vertical" size={2}>
          <label htmlFor="stats-range">{t('stats.range')}</label>
          <DateRangeField
            id="stats-range"
            data-testid="stats-range"
            allowClear={false}
            value={[p.from, p.to]}
            onChange={(range) => range && set({ from: range[0], to: range[1] })}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="stats-unit">{t('stats.unit')}</label>
          <Select
            id="stats-unit"
            data-testid="stats-unit"
            showSearch={{ optionFilterProp: 'label' }}
            loading={agencies.isLoading}
            value={p.unit ?? ''}
            onChange={(v: string) => set({ unit: v || undefined })}
            options={[
              ...(provinceWide ? [{ value: '', label: t('stats.wholeProvince') }] : []),
              ...scopes.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
              ...(p.unit && !scopes.some((s) => s.code === p.unit) ? [{ value: p.unit, label: p.unit }] : []),
            ]}
            style={{ minWidth: 300 }}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="stats-group">{t('stats.groupBy')}</label>
          <Select
            id="stats-group"
            data-testid="stats-group-by"
            value={p.groupBy}
            onChange={(g: GroupBy) => set({ groupBy: g })}
            options={GROUP_BYS.map((g) => ({ value: g, label: t(`stats.group.${g}`) }))}
            style={{ width: 180 }}
          />
        </Space>
        <Button
          data-testid="stats-export"
          loading={exporter.isPending}
          disabled={!validRange}
          onClick={() => exporter.mutate()}
        >
          {t('stats.export')}
        </Button>
      </Flex>
      {!validRange && <ErrorAlert error={new Error(t('stats.badRange'))} />}
      {exporter.isError && <ErrorAlert error={exporter.error} />}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      <Typography.Text type="secondary">
        {t('stats.period', { from: formatDate(p.from), to: formatDate(p.to) })}
      </Typography.Text>
      <PeriodReportTable
        rows={rows}
        total={total}
        nameTitle={t(`stats.group.${p.groupBy}`)}
        rowName={rowName}
        loading={report.isFetching}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('stats.onTimeChart')}>
            {rated.length ? (
              <RateBars
                lang={lang}
                testId="stats-on-time-chart"
                ariaLabel={t('stats.onTimeChart')}
                bars={rated.map((r) => ({ key: r.key, label: rowName(r), percent: rateOf(r) ?? 0 }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('stats.lateWithoutApologyChart')}>
            {rows.length ? (
              <CountBars
                testId="stats-late-chart"
                ariaLabel={t('stats.lateWithoutApologyChart')}
                bars={rows.map((r) => ({ key: r.key, label: rowName(r), value: r.lateWithoutApology ?? 0 }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('stats.trend', { months: TREND_MONTHS })}>
            {trend.some((q) => q.isError) && <ErrorAlert error={trend.find((q) => q.isError)?.error} />}
            <TrendChart
              lang={lang}
              ariaLabel={t('stats.trend', { months: TREND_MONTHS })}
              points={months.map((m, i) => {
                const data = trend[i]?.data;
                return {
                  key: m.month,
                  label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
                  value: data ? rateOf(reportTotal(data)) : null,
                };
              })}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
