import { Card, Col, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  formatPct,
  formatChange,
  formatPoints,
  getResult,
  getUnitHistory,
  type FieldResult,
  type HistoryRow,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { AssessmentStatusTag, RankGroupTag } from '../../components/par-index/Tags';
import { RateBars } from '../../components/RateBars';
import { PageTitle } from '../../components/PageTitle';

const pct = (v: number | null | undefined, lang: string) => formatPct(v, lang);

/**
 * `/chi-so/danh-gia/:id/ket-qua` — one assessment's result: points and percentage per field (lĩnh
 * vực) and in total, the ranking group, and the unit's published results of earlier years.
 */
export default function AssessmentResultPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const result = useQuery({
    queryKey: ['parIndex', 'result', id],
    queryFn: ({ signal }) => getResult(id!, session.token, signal),
    enabled: !!id && !session.isLoading,
  });
  const unit = result.data?.unitCode;
  const history = useQuery({
    queryKey: ['parIndex', 'history', unit],
    queryFn: ({ signal }) => getUnitHistory(unit!, session.token, signal),
    enabled: !!unit,
  });
  if (result.isLoading) return <Spin />;
  const r = result.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="result-page">
      <ParIndexNav />
      {result.isError && <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />}
      {r && (
        <>
          <Space wrap align="center">
            <PageTitle style={{ margin: 0 }}>
              {t('parIndex.result.title', { unit: r.unitName ?? r.unitCode, year: r.year })}
            </PageTitle>
            <AssessmentStatusTag status={r.status} />
          </Space>
          {!r.finalResult && (
            <Typography.Text type="warning" data-testid="result-provisional">
              {t('parIndex.result.provisional')}
            </Typography.Text>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic
                  title={t('parIndex.common.points')}
                  value={`${formatPoints(r.totalPoints, lang)}/${formatPoints(r.maxPoints, lang)}`}
                  data-testid="result-points"
                />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic
                  title={t('parIndex.common.percent')}
                  value={pct(r.percent, lang)}
                  data-testid="result-percent"
                />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Typography.Text type="secondary">{t('parIndex.result.rankGroup')}</Typography.Text>
                <div style={{ marginTop: 8 }}>
                  <RankGroupTag group={r.rankGroup} />
                </div>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('parIndex.result.byField')}>
            <Table<FieldResult>
              rowKey="code"
              size="small"
              pagination={false}
              data-testid="result-fields"
              dataSource={r.fields}
              columns={[
                { title: t('parIndex.result.field'), key: 'name', render: (_, f) => `${f.code}. ${f.name}` },
                {
                  title: t('parIndex.common.points'),
                  key: 'points',
                  align: 'right',
                  render: (_, f) => formatPoints(f.points, lang),
                },
                {
                  title: t('parIndex.common.maxPoints'),
                  key: 'max',
                  align: 'right',
                  render: (_, f) => formatPoints(f.maxPoints, lang),
                },
                {
                  title: t('parIndex.common.percent'),
                  key: 'percent',
                  align: 'right',
                  render: (_, f) => pct(f.percent, lang),
                },
              ]}
              summary={() => (
                <Table.Summary.Row data-testid="result-total">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('parIndex.common.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Typography.Text strong>{formatPoints(r.totalPoints, lang)}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {formatPoints(r.maxPoints, lang)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <Typography.Text strong>{pct(r.percent, lang)}</Typography.Text>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
            {r.fields.length > 0 && (
              <div style={{ marginTop: 12 }}>
                <RateBars
                  lang={lang}
                  testId="result-fields-chart"
                  ariaLabel={t('parIndex.result.byField')}
                  bars={r.fields.map((f) => ({
                    key: f.code,
                    label: `${f.code}. ${f.name}`,
                    percent: Number(f.percent ?? 0),
                  }))}
                />
              </div>
            )}
          </Card>
          <Card size="small" title={t('parIndex.result.history')}>
            {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
            <Table<HistoryRow>
              rowKey="year"
              size="small"
              pagination={false}
              data-testid="result-history"
              loading={history.isFetching}
              dataSource={history.data ?? []}
              locale={{ emptyText: t('parIndex.common.noData') }}
              columns={[
                { title: t('parIndex.common.year'), dataIndex: 'year' },
                {
                  title: t('parIndex.common.points'),
                  key: 'points',
                  align: 'right',
                  render: (_, h) => `${formatPoints(h.totalPoints, lang)}/${formatPoints(h.maxPoints, lang)}`,
                },
                {
                  title: t('parIndex.common.percent'),
                  key: 'percent',
                  align: 'right',
                  render: (_, h) => pct(h.percent, lang),
                },
                {
                  title: t('parIndex.common.group'),
                  key: 'group',
                  render: (_, h) => <RankGroupTag group={h.rankGroup} />,
                },
                {
                  title: t('parIndex.result.change'),
                  key: 'change',
                  align: 'right',
                  render: (_, h) => formatChange(h.changeFromPreviousYear, lang),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
