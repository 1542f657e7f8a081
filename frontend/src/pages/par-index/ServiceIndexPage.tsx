import {
  Alert,
  Card,
  Flex,
  InputNumber,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/hooks';
import {
  formatPct,
  formatPoints,
  getServiceIndex,
  getServiceIndexTrend,
  parsePeriod,
  periodParam,
  type Indicator766,
  type PeriodKind,
  type TrendPoint766,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TrendChart } from '../../components/dossiers/TrendChart';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { hasAnyRole } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

/** Roles that may look at any unit of the province (others: their own unit and below). */
export const PROVINCE_ROLES: readonly string[] = ['appraiser', 'admin'];
const STATE_COLORS: Record<string, string> = { COMPUTED: 'green', NO_DATA: 'default', NOT_COMPUTABLE: 'red' };
type Series = 'points' | 'ratio21' | 'ratio54';

/** The period of the URL (`?period=2026-05`), else the current month. */
export function periodFrom(params: URLSearchParams, today = new Date()) {
  return (
    parsePeriod(params.get('period')) ?? {
      kind: 'month' as PeriodKind,
      year: today.getFullYear(),
      part: today.getMonth() + 1,
    }
  );
}

/** One trend point as a percentage of the chosen series, or null. */
export function trendValue(p: TrendPoint766, series: Series): number | null {
  if (series === 'points') {
    return p.points === null || p.points === undefined || !p.computableMax
      ? null
      : Math.round((Number(p.points) / Number(p.computableMax)) * 1000) / 10;
  }
  const r = p[series];
  return r === null || r === undefined ? null : Math.round(Number(r) * 1000) / 10;
}

/**
 * `/chi-so/chi-so-phuc-vu` — the QĐ 766 service index of a unit for a month, quarter or year: groups
 * and indicators with numerator, denominator, ratio and points (NOT_COMPUTABLE marked and left out of
 * the totals), and the twelve months of the year as a trend.
 */
export default function ServiceIndexPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const provinceWide = hasAnyRole(session.roles, PROVINCE_ROLES);
  const unit = params.get('unit') || session.user?.unit || '';
  const p = periodFrom(params);
  const period = periodParam(p.kind, p.year, p.part);
  const [series, setSeries] = useState<Series>('points');
  const units = useUnits();

  const index = useQuery({
    queryKey: ['parIndex', 'serviceIndex', unit, period],
    queryFn: ({ signal }) => getServiceIndex(unit, period, session.token, signal),
    enabled: !!unit && !session.isLoading,
  });
  const trend = useQuery({
    queryKey: ['parIndex', 'serviceIndexTrend', unit, p.year],
    queryFn: ({ signal }) => getServiceIndexTrend(unit, p.year, session.token, signal),
    enabled: !!unit && !session.isLoading,
  });

  const set = (next: { unit?: string; kind?: PeriodKind; year?: number; part?: number }) => {
    const kind = next.kind ?? p.kind;
    const part = next.part ?? (next.kind && next.kind !== p.kind ? 1 : p.part);
    const q = new URLSearchParams(params);
    q.set('unit', next.unit ?? unit);
    q.set('period', periodParam(kind, next.year ?? p.year, part));
    setParams(q);
  };
  const unitOptions = (units.data ?? [])
    .filter(
      (u) =>
        provinceWide ||
        !session.user?.unit ||
        u.code === session.user.unit ||
        u.code.startsWith(`${session.user.unit}.`),
    )
    .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
  if (unit && !unitOptions.some((o) => o.value === unit)) unitOptions.unshift({ value: unit, label: unit });

  const v = index.data;
  const ratio = (r?: number | null) =>
    r === null || r === undefined ? '—' : formatPct(Math.round(Number(r) * 10000) / 100, lang);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="service-index-page">
      <ParIndexNav />
      <PageTitle style={{ margin: 0 }}>{t('parIndex.serviceIndex.title')}</PageTitle>
      <Flex wrap gap="middle" align="end">
        <Space orientation="vertical" size={2}>
          <label htmlFor="si-unit">{t('parIndex.common.unit')}</label>
          <Select
            id="si-unit"
            data-testid="si-unit"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 300 }}
            loading={units.isLoading}
            value={unit || undefined}
            onChange={(u: string) => set({ unit: u })}
            options={unitOptions}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <span>{t('parIndex.serviceIndex.period')}</span>
          <Segmented<PeriodKind>
            data-testid="si-kind"
            value={p.kind}
            onChange={(k) => set({ kind: k })}
            options={(['month', 'quarter', 'year'] as const).map((k) => ({
              value: k,
              label: t(`parIndex.serviceIndex.periodKind.${k}`),
            }))}
          />
        </Space>
        {p.kind !== 'year' && (
          <Space orientation="vertical" size={2}>
            <label htmlFor="si-part">{t(`parIndex.serviceIndex.periodKind.${p.kind}`)}</label>
            <Select
              id="si-part"
              data-testid="si-part"
              style={{ width: 130 }}
              value={p.part}
              onChange={(part: number) => set({ part })}
              options={Array.from({ length: p.kind === 'month' ? 12 : 4 }, (_, i) => ({
                value: i + 1,
                label:
                  p.kind === 'month'
                    ? t('parIndex.serviceIndex.month', { month: i + 1 })
                    : t('parIndex.serviceIndex.quarter', { quarter: i + 1 }),
              }))}
            />
          </Space>
        )}
        <Space orientation="vertical" size={2}>
          <label htmlFor="si-year">{t('parIndex.common.year')}</label>
          <InputNumber
            id="si-year"
            data-testid="si-year"
            min={2000}
            max={2100}
            value={p.year}
            onChange={(y) => y && y >= 2000 && y <= 2100 && set({ year: Number(y) })}
          />
        </Space>
      </Flex>
      {index.isError && <ErrorAlert error={index.error} onRetry={() => void index.refetch()} />}
      {v && (
        <>
          <Card size="small" data-testid="si-totals">
            <Statistic
              title={`${v.unitName ?? v.unitCode} · ${v.period}`}
              value={t('parIndex.serviceIndex.totals', {
                points: formatPoints(v.points, lang),
                computableMax: formatPoints(v.computableMax, lang),
                max: formatPoints(v.maxPoints, lang),
              })}
              styles={{ content: { fontSize: 18 } }}
            />
          </Card>
          {v.groups.length === 0 ? (
            <Alert type="warning" showIcon data-testid="si-none" title={t('parIndex.serviceIndex.noFigures')} />
          ) : (
            <Alert
              type="info"
              showIcon
              data-testid="si-source"
              title={t('parIndex.serviceIndex.notComputableHint')}
              description={
                v.computedAt
                  ? t('parIndex.serviceIndex.computedBy', {
                      at: new Date(v.computedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', {
                        timeZone: 'Asia/Ho_Chi_Minh',
                      }),
                    })
                  : undefined
              }
            />
          )}
          {v.groups.map((g) => (
            <Card
              key={g.id}
              size="small"
              data-testid="si-group"
              data-group={g.id}
              title={`${g.id}. ${g.name}`}
              extra={
                <Typography.Text data-testid="si-group-points">
                  {t('parIndex.serviceIndex.groupTotals', {
                    points: formatPoints(g.computablePoints, lang),
                    computableMax: formatPoints(g.computableMax, lang),
                    max: formatPoints(g.maxPoints, lang),
                  })}
                </Typography.Text>
              }
            >
              <Table<Indicator766>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={g.indicators}
                rowClassName={(i) => (i.state === 'NOT_COMPUTABLE' ? 'si-not-computable' : '')}
                onRow={(i) =>
                  ({
                    'data-state': i.state,
                    // 60 % black: still 4.5:1 on white (axe color-contrast; #8c8c8c was 3.4:1)
                    style: i.state === 'NOT_COMPUTABLE' ? { color: 'rgba(0, 0, 0, 0.6)' } : undefined,
                  }) as React.HTMLAttributes<HTMLElement>
                }
                columns={[
                  { title: t('parIndex.serviceIndex.indicator'), key: 'name', render: (_, i) => `${i.id}. ${i.name}` },
                  {
                    title: t('parIndex.common.status'),
                    key: 'state',
                    width: 150,
                    render: (_, i) => (
                      <Tooltip title={i.rule}>
                        <Tag color={STATE_COLORS[i.state] ?? 'default'} data-testid="si-state" data-state={i.state}>
                          {t(`parIndex.serviceIndex.state.${i.state}`, { defaultValue: i.state })}
                        </Tag>
                      </Tooltip>
                    ),
                  },
                  {
                    title: t('parIndex.serviceIndex.numerator'),
                    key: 'num',
                    align: 'right',
                    width: 90,
                    render: (_, i) => i.numerator ?? '—',
                  },
                  {
                    title: t('parIndex.serviceIndex.denominator'),
                    key: 'den',
                    align: 'right',
                    width: 90,
                    render: (_, i) => i.denominator ?? '—',
                  },
                  {
                    title: t('parIndex.serviceIndex.ratio'),
                    key: 'ratio',
                    align: 'right',
                    width: 90,
                    render: (_, i) => ratio(i.ratio),
                  },
                  {
                    title: t('parIndex.common.points'),
                    key: 'points',
                    align: 'right',
                    width: 110,
                    render: (_, i) => (
                      <span data-testid="si-points">{`${formatPoints(i.points, lang)}/${formatPoints(i.maxPoints, lang)}`}</span>
                    ),
                  },
                  {
                    title: t('parIndex.serviceIndex.rule'),
                    key: 'rule',
                    render: (_, i) => <Typography.Text type="secondary">{i.rule}</Typography.Text>,
                  },
                ]}
              />
            </Card>
          ))}
        </>
      )}
      <Card
        size="small"
        title={t('parIndex.serviceIndex.trend', { year: p.year })}
        extra={
          <Segmented<Series>
            size="small"
            data-testid="si-series"
            value={series}
            onChange={setSeries}
            options={(['points', 'ratio21', 'ratio54'] as const).map((s) => ({
              value: s,
              label: t(`parIndex.serviceIndex.series.${s}`),
            }))}
          />
        }
      >
        {trend.isError && <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} />}
        <TrendChart
          lang={lang}
          testId="si-trend"
          ariaLabel={t('parIndex.serviceIndex.trend', { year: p.year })}
          points={(trend.data ?? []).map((pt) => ({
            key: pt.period,
            label: `${pt.period.slice(5)}/${pt.period.slice(2, 4)}`,
            value: trendValue(pt, series),
          }))}
        />
      </Card>
    </Space>
  );
}
