import { Button, Card, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatFigure,
  getEvidence,
  getLateDossiers,
  sourceKey,
  splitLate,
  type ChecklistGroup,
  type FigureView,
  type FindingView,
  type InspectionView,
  type LateDossierView,
} from '../../api/inspections';
import { formatDateTime } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { ErrorAlert } from '../ErrorAlert';
import { PullModal } from './PullModal';
import { useInspectionSession } from './useInspectionSession';
import { DateField } from '../dates/DateFields';

/** "Nguồn": the source topic's name (the raw topic when unknown). */
export function SourceName({ source }: { source?: string | null }) {
  const { t } = useTranslation();
  const key = sourceKey(source);
  return <>{key ? t(`inspections.evidence.sources.${key}`) : (source ?? '—')}</>;
}

/**
 * Live evidence of the inspected unit as of a date (default: the inspection date): the figures with
 * their source and as-of time, each with "Đưa vào phát hiện", and the late dossiers behind them,
 * with and without an apology or extension letter.
 */
export function EvidencePanel({
  inspection,
  findings,
  groups,
  canPull,
}: {
  inspection: InspectionView;
  findings: readonly FindingView[];
  groups: readonly ChecklistGroup[];
  canPull: boolean;
}) {
  const { t, i18n } = useTranslation();
  const s = useInspectionSession();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [pulling, setPulling] = useState<FigureView | null>(null);

  const evidence = useQuery({
    queryKey: ['inspections', 'evidence', inspection.id, asOf ?? null, s.username],
    queryFn: ({ signal }) => getEvidence(inspection.id, asOf, s.token, signal),
    enabled: s.ready,
  });
  const late = useQuery({
    queryKey: ['inspections', 'late', inspection.id, asOf ?? null, s.username],
    queryFn: ({ signal }) => getLateDossiers(inspection.id, asOf, s.token, signal),
    enabled: s.ready,
  });

  const e = evidence.data;
  const split = splitLate(late.data ?? []);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="evidence-panel">
      <Card
        size="small"
        title={t('inspections.evidence.title')}
        extra={
          <Space>
            <Typography.Text>{t('inspections.evidence.asOf')}</Typography.Text>
            <DateField
              data-testid="evidence-as-of"
              aria-label={t('inspections.evidence.asOf')}
              value={asOf ?? e?.asOf ?? inspection.scheduledFrom}
              onChange={(d) => setAsOf(d)}
              style={{ width: 170 }}
            />
          </Space>
        }
      >
        {e && (
          <Typography.Paragraph type="secondary" data-testid="evidence-period">
            {t('inspections.evidence.period', { from: formatDate(e.periodFrom), to: formatDate(e.periodTo) })}
          </Typography.Paragraph>
        )}
        {evidence.isError && <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} />}
        <Table<FigureView>
          data-testid="evidence-figures"
          size="small"
          rowKey="key"
          loading={evidence.isFetching}
          pagination={false}
          dataSource={e?.figures ?? []}
          locale={{ emptyText: t('inspections.evidence.empty') }}
          onRow={(f) => ({ 'data-key': f.key }) as React.HTMLAttributes<HTMLElement>}
          scroll={{ x: 900 }}
          columns={[
            { key: 'label', dataIndex: 'label', title: t('inspections.evidence.figure') },
            {
              key: 'value',
              title: t('inspections.evidence.value'),
              width: 140,
              align: 'right',
              render: (_, f) => (
                <Typography.Text strong data-testid="figure-value">
                  {formatFigure(f, i18n.language)}
                </Typography.Text>
              ),
            },
            {
              key: 'detail',
              dataIndex: 'detail',
              title: t('inspections.evidence.detail'),
              width: 200,
              render: (d?: string | null) => (d ? <Typography.Text type="secondary">{d}</Typography.Text> : null),
            },
            {
              key: 'source',
              title: t('inspections.evidence.source'),
              width: 200,
              render: (_, f) => (
                <span data-testid="figure-source">
                  <SourceName source={f.source} />
                </span>
              ),
            },
            {
              key: 'asOf',
              title: t('inspections.evidence.updatedAt'),
              width: 140,
              render: (_, f) => <span data-testid="figure-as-of">{formatDateTime(f.asOf)}</span>,
            },
            ...(canPull
              ? [
                  {
                    key: 'pull',
                    title: '',
                    width: 160,
                    render: (_: unknown, f: FigureView) => (
                      <Button size="small" type="primary" ghost data-testid="figure-pull" onClick={() => setPulling(f)}>
                        {t('inspections.evidence.pull')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('inspections.evidence.lateTitle')} data-testid="late-dossiers">
        {late.isError && <ErrorAlert error={late.error} onRetry={() => void late.refetch()} />}
        <Tabs
          items={[
            {
              key: 'without',
              label: (
                <span data-testid="late-without-tab">
                  {t('inspections.evidence.withoutApology', { count: split.withoutApology.length })}
                </span>
              ),
              children: <LateTable rows={split.withoutApology} testId="late-without" loading={late.isFetching} />,
            },
            {
              key: 'with',
              label: (
                <span data-testid="late-with-tab">
                  {t('inspections.evidence.withApology', { count: split.withApology.length })}
                </span>
              ),
              children: <LateTable rows={split.withApology} testId="late-with" loading={late.isFetching} apology />,
            },
          ]}
        />
      </Card>
      <PullModal
        inspection={inspection}
        figure={pulling}
        asOf={asOf}
        findings={findings}
        groups={groups}
        onClose={() => setPulling(null)}
      />
    </Space>
  );
}

function LateTable({
  rows,
  testId,
  loading,
  apology,
}: {
  rows: LateDossierView[];
  testId: string;
  loading: boolean;
  apology?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<LateDossierView>
      data-testid={testId}
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('inspections.evidence.noLate') }}
      scroll={{ x: 900 }}
      columns={[
        { key: 'code', dataIndex: 'code', title: t('inspections.evidence.code'), width: 200 },
        { key: 'procedure', dataIndex: 'procedureCode', title: t('inspections.evidence.procedure') },
        {
          key: 'receiving',
          dataIndex: 'receivingUnitCode',
          title: t('inspections.evidence.receivingUnit'),
          width: 130,
        },
        {
          key: 'receivedAt',
          dataIndex: 'receivedAt',
          title: t('inspections.evidence.receivedAt'),
          width: 130,
          render: formatDateTime,
        },
        {
          key: 'dueAt',
          dataIndex: 'dueAt',
          title: t('inspections.evidence.dueAt'),
          width: 130,
          render: formatDateTime,
        },
        ...(apology
          ? [
              {
                key: 'ext',
                dataIndex: 'extendedDueAt',
                title: t('inspections.evidence.extendedDueAt'),
                width: 130,
                render: formatDateTime,
              },
              {
                key: 'apology',
                title: t('inspections.evidence.apologyAt'),
                width: 170,
                render: (_: unknown, r: LateDossierView) => (
                  <Flex gap={4} wrap>
                    {formatDateTime(r.apologyAt)}
                    {r.apologyTimely != null && (
                      <Tag color={r.apologyTimely ? 'green' : 'orange'}>
                        {r.apologyTimely ? t('inspections.evidence.timely') : t('inspections.evidence.notTimely')}
                      </Tag>
                    )}
                  </Flex>
                ),
              },
            ]
          : []),
        {
          key: 'resolvedAt',
          dataIndex: 'resolvedAt',
          title: t('inspections.evidence.resolvedAt'),
          width: 130,
          render: formatDateTime,
        },
      ]}
    />
  );
}
