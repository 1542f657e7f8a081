import { Button, Card, Col, Empty, Flex, InputNumber, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/dossiers';
import {
  formatPct,
  exportRanking,
  formatChange,
  formatPoints,
  getRanking,
  LEVELS,
  RANK_GROUPS,
  rankingExportFileName,
  type RankingRow,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { resultPath } from '../../components/par-index/paths';
import { RankGroupTag } from '../../components/par-index/Tags';
import { RateBars } from '../../components/RateBars';
import { PageTitle } from '../../components/PageTitle';

/** Ranking parameters from the URL: `year` (default: last year), `level` (default: COMMUNE). */
export function rankingParams(params: URLSearchParams, today = new Date()): { year: number; level: string } {
  const y = params.get('year');
  const year = y && /^\d{4}$/.test(y) ? Number(y) : today.getFullYear() - 1;
  const level = params.get('level') && /^[A-Z_]{2,30}$/.test(params.get('level')!) ? params.get('level')! : 'COMMUNE';
  return { year, level };
}

/**
 * `/chi-so/xep-hang` — the ranking of a year and level: rank, unit, points, %, group (A ≥ 90 %,
 * B 80–90 %, C < 80 %), the previous year's % and the change; group counts, a bar chart, Excel export.
 */
export default function RankingPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const { year, level } = rankingParams(params);
  const ranking = useQuery({
    queryKey: ['parIndex', 'ranking', year, level],
    queryFn: ({ signal }) => getRanking(year, level, session.token, signal),
    enabled: !session.isLoading,
  });
  const exporter = useMutation({
    mutationFn: () => exportRanking(year, level, session.token),
    onSuccess: (blob) => saveBlob(blob, rankingExportFileName(year, level)),
  });
  const set = (next: Partial<{ year: number; level: string }>) => {
    const q = new URLSearchParams(params);
    q.set('year', String(next.year ?? year));
    q.set('level', next.level ?? level);
    setParams(q);
  };
  const rows = ranking.data?.rows ?? [];
  const counts = new Map((ranking.data?.groups ?? []).map((g) => [g.group, g.units]));
  const pct = (v?: number | null) => formatPct(v, lang);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="ranking-page">
      <ParIndexNav />
      <PageTitle style={{ margin: 0 }}>{t('parIndex.ranking.title')}</PageTitle>
      <Flex wrap gap="middle" align="end">
        <Space orientation="vertical" size={2}>
          <label htmlFor="ranking-year">{t('parIndex.common.year')}</label>
          <InputNumber
            id="ranking-year"
            data-testid="ranking-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && v >= 2000 && v <= 2100 && set({ year: Number(v) })}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="ranking-level">{t('parIndex.common.level')}</label>
          <Select
            id="ranking-level"
            data-testid="ranking-level"
            style={{ width: 260 }}
            value={level}
            onChange={(v: string) => set({ level: v })}
            options={[...LEVELS, ...((LEVELS as readonly string[]).includes(level) ? [] : [level])].map((l) => ({
              value: l,
              label: t(`parIndex.level.${l}`, { defaultValue: l }),
            }))}
          />
        </Space>
        <Button data-testid="ranking-export" loading={exporter.isPending} onClick={() => exporter.mutate()}>
          {t('parIndex.ranking.export')}
        </Button>
      </Flex>
      {exporter.isError && <ErrorAlert error={exporter.error} />}
      {ranking.isError && <ErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data?.includesUnpublished && (
        <Typography.Text type="warning">{t('parIndex.ranking.unpublished')}</Typography.Text>
      )}
      <Row gutter={[16, 16]} data-testid="ranking-groups">
        {RANK_GROUPS.map((g) => (
          <Col key={g} xs={24} sm={8}>
            <Card size="small" data-group={g}>
              <Statistic
                title={<RankGroupTag group={g} />}
                value={t('parIndex.ranking.unitsCount', {
                  count: counts.get(g) ?? rows.filter((r) => r.rankGroup === g).length,
                })}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<RankingRow>
        rowKey="assessmentId"
        size="small"
        data-testid="ranking-table"
        loading={ranking.isFetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('parIndex.ranking.empty') }}
        rowClassName={(r) => `rank-group-${r.rankGroup ?? 'none'}`}
        columns={[
          {
            title: t('parIndex.ranking.rank'),
            dataIndex: 'rank',
            width: 70,
            render: (v: number) => <span data-testid="rank">{v}</span>,
          },
          {
            title: t('parIndex.common.unit'),
            key: 'unit',
            render: (_, r) => (
              <Link to={resultPath(r.assessmentId)} data-testid="ranking-unit">
                {r.unitName ?? r.unitCode}
              </Link>
            ),
          },
          {
            title: t('parIndex.common.points'),
            key: 'points',
            align: 'right',
            render: (_, r) => `${formatPoints(r.totalPoints, lang)}/${formatPoints(r.maxPoints, lang)}`,
          },
          {
            title: t('parIndex.common.percent'),
            key: 'percent',
            align: 'right',
            render: (_, r) => <span data-testid="ranking-percent">{pct(r.percent)}</span>,
          },
          { title: t('parIndex.common.group'), key: 'group', render: (_, r) => <RankGroupTag group={r.rankGroup} /> },
          {
            title: t('parIndex.ranking.previous'),
            key: 'previous',
            align: 'right',
            render: (_, r) => pct(r.previousPercent),
          },
          {
            title: t('parIndex.ranking.change'),
            key: 'change',
            align: 'right',
            render: (_, r) => (
              <Typography.Text
                type={r.change && r.change > 0 ? 'success' : r.change && r.change < 0 ? 'danger' : undefined}
                data-testid="ranking-change"
              >
                {formatChange(r.change, lang)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Card size="small" title={t('parIndex.ranking.chart')}>
        {rows.length ? (
          <RateBars
            lang={lang}
            testId="ranking-chart"
            ariaLabel={t('parIndex.ranking.chart')}
            bars={rows.map((r) => ({
              key: r.unitCode + r.assessmentId,
              label: `${r.rank}. ${r.unitName ?? r.unitCode}`,
              percent: Number(r.percent ?? 0),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parIndex.common.noData')} />
        )}
      </Card>
    </Space>
  );
}
