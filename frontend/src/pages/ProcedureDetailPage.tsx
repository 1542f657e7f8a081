import { Alert, Button, Card, Descriptions, Empty, Flex, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useUnitNames } from '../api/hooks';
import { getHistory, getProcedure, getVersion } from '../api/procedures';
import type { DecisionRef, ProcedureView, VersionSummary } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { useIsPhone } from '../components/responsive';
import { PageTitle } from '../components/PageTitle';
import { levelsOf, StateTag } from '../components/ProcedureTable';
import { formatProcessingTime, formatReduction, sumDurations } from '../format/processingTime';
import { formatDate, formatVnd, keyed } from '../format/values';
import { procedurePath, ROUTES } from '../nav/navItems';
import { DateField } from '../components/dates/DateFields';
import { withAntd } from '../components/AntdRoot';

function versionFrom(params: URLSearchParams): number | undefined {
  const n = Number.parseInt(params.get('version') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One procedure (public): every field of the version in force today, on `?asOf=yyyy-MM-dd`, or of
 * `?version=n`; its state; and the history of versions and publication decisions.
 */
function ProcedureDetailPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams<{ code: string }>();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const version = versionFrom(params);
  const asOfParam = params.get('asOf') ?? '';
  const asOf = ISO_DATE.test(asOfParam) ? asOfParam : undefined;
  const user = session.user?.username ?? null;

  const view = useQuery({
    queryKey: ['procedures', 'view', code, { version, asOf, user }],
    queryFn: ({ signal }) =>
      version !== undefined
        ? getVersion(code, version, session.token, signal)
        : getProcedure(code, asOf, session.token, signal),
    enabled: !!code && !session.isLoading,
  });
  const history = useQuery({
    queryKey: ['procedures', 'history', code, user],
    queryFn: ({ signal }) => getHistory(code, session.token, signal),
    enabled: !!code && !session.isLoading,
  });

  const setView = (next: { asOf?: string; version?: number }) => {
    const p = new URLSearchParams();
    if (next.asOf) p.set('asOf', next.asOf);
    if (next.version !== undefined) p.set('version', String(next.version));
    setParams(p);
  };

  const p = view.data;
  const notFound = view.error instanceof ApiError && view.error.status === 404;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="procedure-page">
      <Link to={ROUTES.procedures}>← {t('procedure.back')}</Link>
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <div>
          <PageTitle data-testid="procedure-name">{p?.name ?? code}</PageTitle>
          <Space wrap>
            <Typography.Text code data-testid="procedure-code">
              {p?.code ?? code}
            </Typography.Text>
            {p && <StateTag state={p.draft ? 'DRAFT' : p.state} testId="procedure-state" />}
            {p && (
              <Tag data-testid="procedure-version">
                {t('procedure.version')} {p.version}
              </Tag>
            )}
          </Space>
        </div>
        <Space wrap>
          <label htmlFor="procedure-as-of">{t('procedure.asOf')}</label>
          <DateField
            id="procedure-as-of"
            data-testid="as-of"
            value={asOf}
            onChange={(d) => setView({ asOf: d && ISO_DATE.test(d) ? d : undefined })}
            style={{ width: 170 }}
          />
          {(asOf || version !== undefined) && (
            <Button data-testid="view-current" onClick={() => setView({})}>
              {t('procedure.viewCurrent')}
            </Button>
          )}
        </Space>
      </Flex>

      {view.isLoading && <Spin />}
      {notFound && (
        <Result
          status="404"
          title={t('procedure.notFound')}
          subTitle={asOf ? t('procedure.notInForce', { date: formatDate(asOf) }) : undefined}
          data-testid="procedure-not-found"
        />
      )}
      {view.isError && !notFound && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {p && <ProcedureBody p={p} asOf={asOf} viewingVersion={version} lang={i18n.resolvedLanguage ?? 'vi'} />}

      <Card title={t('procedure.history')} data-testid="procedure-history">
        {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
        <HistoryTables
          versions={history.data?.versions ?? []}
          decisions={history.data?.decisions ?? []}
          loading={history.isLoading}
          current={p?.version}
          onOpenVersion={(n) => setView({ version: n })}
        />
      </Card>
    </Space>
  );
}

function ProcedureBody({
  p,
  asOf,
  viewingVersion,
  lang,
}: {
  p: ProcedureView;
  asOf?: string;
  viewingVersion?: number;
  lang: string;
}) {
  const { t } = useTranslation();
  const unitNames = useUnitNames();
  const yesNo = (v?: boolean | null) => (v ? t('procedure.yes') : t('procedure.no'));
  const text = (v?: string | null) => (v && v.trim() ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : '—');
  const reduction = formatReduction(p.processingTime, p.statutoryTime, t, lang);
  const phone = useIsPhone();

  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('procedure.code'), children: <Typography.Text code>{p.code}</Typography.Text> },
    { key: 'field', label: t('procedure.field'), children: <span data-testid="procedure-field">{p.field}</span> },
    {
      key: 'levels',
      label: t('procedure.levels'),
      children: levelsOf(p)
        .map((l) => t(`level.${l}`, { defaultValue: l }))
        .join(', '),
    },
    {
      key: 'agency',
      label: t('procedure.agency'),
      children:
        p.decidingAgencyName ??
        (p.decidingAgencyCode ? (unitNames.get(p.decidingAgencyCode) ?? p.decidingAgencyCode) : '—'),
    },
    {
      key: 'receivingPoints',
      label: t('procedure.receivingPoints'),
      children: p.receivingPoints?.length ? (
        <Flex wrap gap={4} data-testid="procedure-receiving-points">
          {p.receivingPoints.map((c) => (
            <Tag key={c} title={c}>
              {unitNames.get(c) ?? c}
            </Tag>
          ))}
        </Flex>
      ) : (
        '—'
      ),
    },
    {
      key: 'channels',
      label: t('procedure.channels'),
      children: (p.channels ?? []).map((c) => t(`channel.${c}`, { defaultValue: c })).join(', ') || '—',
    },
    {
      key: 'onlineLevel',
      label: t('procedure.onlineLevel'),
      children: p.onlineLevel ? t(`onlineLevel.${p.onlineLevel}`, { defaultValue: p.onlineLevel }) : '—',
    },
    {
      key: 'fullOnlineEligible',
      label: t('procedure.fullOnlineEligible'),
      children: (
        <Tag color={p.fullOnlineEligible ? 'green' : 'default'} data-testid="procedure-full-online">
          {yesNo(p.fullOnlineEligible)}
        </Tag>
      ),
    },
    {
      key: 'processingTime',
      label: t('procedure.processingTime'),
      children: (
        <Typography.Text strong data-testid="procedure-processing-time">
          {formatProcessingTime(p.processingTime, t)}
        </Typography.Text>
      ),
    },
    {
      key: 'statutoryTime',
      label: t('procedure.statutoryTime'),
      children: <span data-testid="procedure-statutory-time">{formatProcessingTime(p.statutoryTime, t)}</span>,
    },
    {
      key: 'reduction',
      label: t('procedure.reduction'),
      children: <span data-testid="procedure-reduction">{reduction ?? '—'}</span>,
    },
    {
      key: 'afternoonCutoff',
      label: t('procedure.afternoonCutoff'),
      children: p.afternoonCutoff ? (
        <span data-testid="procedure-cutoff">
          {p.afternoonCutoff}{' '}
          <Typography.Text type="secondary">
            ({t('procedure.afternoonCutoffHint', { time: p.afternoonCutoff })})
          </Typography.Text>
        </span>
      ) : (
        '—'
      ),
    },
    { key: 'applicants', label: t('procedure.applicants'), children: text(p.applicants) },
    { key: 'resultType', label: t('procedure.resultType'), children: text(p.resultType) },
    { key: 'paperResultRequired', label: t('procedure.paperResultRequired'), children: yesNo(p.paperResultRequired) },
    { key: 'conditions', label: t('procedure.conditions'), children: text(p.conditions) },
    {
      key: 'validity',
      label: `${t('procedure.validFrom')} – ${t('procedure.validTo')}`,
      children: `${formatDate(p.validFrom)} – ${p.validTo ? formatDate(p.validTo) : '…'}`,
    },
    {
      key: 'decision',
      label: t('procedure.decision'),
      children: p.decision ? <DecisionText d={p.decision} /> : '—',
    },
  ];
  if (p.replacedBy) {
    items.push({
      key: 'replacedBy',
      label: t('procedure.replacedBy'),
      children: <Link to={procedurePath(p.replacedBy)}>{p.replacedBy}</Link>,
    });
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {p.draft && (
        <Alert
          type="warning"
          showIcon
          title={t('procedure.draftBanner', { version: p.version })}
          data-testid="draft-banner"
        />
      )}
      {!p.draft && p.hasDraft && <Alert type="info" showIcon title={t('procedure.hasDraft')} />}
      {p.abolishedOn && (
        <Alert
          type="error"
          showIcon
          title={t('procedure.abolished', { date: formatDate(p.abolishedOn) })}
          data-testid="abolished-banner"
        />
      )}
      {viewingVersion !== undefined && (
        <Alert type="info" showIcon title={t('procedure.viewingVersion', { version: viewingVersion })} />
      )}
      {viewingVersion === undefined && asOf && (
        <Alert
          type="info"
          showIcon
          title={t('procedure.viewingAsOf', { date: formatDate(asOf) })}
          data-testid="as-of-banner"
        />
      )}

      <Descriptions
        bordered
        size="small"
        layout={phone ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 1, md: 2 }}
        items={items}
        data-testid="procedure-fields"
      />

      <Card title={t('procedure.steps')} size="small">
        {p.steps?.length ? (
          <ol className="procedure-steps" data-testid="procedure-steps">
            {p.steps.map((s, i) => (
              <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {s}
              </li>
            ))}
          </ol>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('procedure.none')} />
        )}
      </Card>

      <Card title={t('procedure.components')} size="small">
        <ResponsiveTable
          cardTitleKey="name"
          data-testid="procedure-components"
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={keyed(p.components)}
          locale={{ emptyText: t('procedure.none') }}
          columns={[
            { key: 'no', title: '#', width: 48, render: (_, __, i) => i + 1 },
            { key: 'name', dataIndex: 'name', title: t('procedure.componentName') },
            { key: 'copies', dataIndex: 'copies', title: t('procedure.copies'), width: 100 },
            {
              key: 'required',
              dataIndex: 'required',
              title: t('procedure.required'),
              width: 140,
              render: (r: boolean) =>
                r ? <Tag color="red">{t('procedure.required')}</Tag> : <Tag>{t('procedure.optional')}</Tag>,
            },
            {
              key: 'form',
              dataIndex: 'form',
              title: t('procedure.form'),
              width: 200,
              render: (f?: string | null) => f || '—',
            },
          ]}
        />
      </Card>

      <Card title={t('procedure.fees')} size="small">
        <ResponsiveTable
          data-testid="procedure-fees"
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={keyed(p.fees)}
          locale={{ emptyText: t('procedure.noFees') }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('procedure.feeName') },
            {
              key: 'amount',
              dataIndex: 'amount',
              title: t('procedure.amount'),
              width: 180,
              align: 'right',
              render: (a: number) => (a === 0 ? t('procedure.free') : formatVnd(a, lang)),
            },
            { key: 'note', dataIndex: 'note', title: t('procedure.note'), render: (n?: string | null) => n || '' },
          ]}
        />
      </Card>

      <Card title={t('procedure.legalBasis')} size="small">
        {p.legalBasis?.length ? (
          <ul data-testid="procedure-legal-basis">
            {p.legalBasis.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('procedure.none')} />
        )}
      </Card>

      <Card title={t('procedure.internalSteps')} size="small">
        <ResponsiveTable
          cardTitleKey="name"
          cardFooter={
            p.internalSteps?.length ? (
              <Typography.Paragraph strong style={{ marginTop: 8 }}>
                {t('procedure.total')}:{' '}
                {formatProcessingTime(
                  { value: sumDurations(keyed(p.internalSteps)), unit: p.processingTime?.unit ?? '' },
                  t,
                )}
              </Typography.Paragraph>
            ) : undefined
          }
          data-testid="procedure-internal-steps"
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={keyed(p.internalSteps)}
          locale={{ emptyText: t('procedure.none') }}
          columns={[
            { key: 'no', title: t('procedure.stepNo'), width: 70, render: (_, __, i) => i + 1 },
            { key: 'name', dataIndex: 'name', title: t('procedure.stepName') },
            { key: 'actor', dataIndex: 'actor', title: t('procedure.actor'), width: 240 },
            {
              key: 'duration',
              dataIndex: 'duration',
              title: t('procedure.duration'),
              width: 170,
              render: (d: number) => formatProcessingTime({ value: d, unit: p.processingTime?.unit ?? '' }, t),
            },
          ]}
          summary={(rows) =>
            rows.length ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('procedure.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3}>
                  <Typography.Text strong data-testid="internal-steps-total">
                    {formatProcessingTime({ value: sumDurations(rows), unit: p.processingTime?.unit ?? '' }, t)}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </Space>
  );
}

function DecisionText({ d }: { d: DecisionRef }) {
  const { t } = useTranslation();
  return (
    <span>
      {d.number} · {t('procedure.decisionDate')} {formatDate(d.decisionDate)} · {t('procedure.effectiveDate')}{' '}
      {formatDate(d.effectiveDate)}
      {d.action ? ` · ${t(`action.${d.action}`, { defaultValue: d.action })}` : ''}
    </span>
  );
}

function HistoryTables({
  versions,
  decisions,
  loading,
  current,
  onOpenVersion,
}: {
  versions: VersionSummary[];
  decisions: DecisionRef[];
  loading: boolean;
  current?: number;
  onOpenVersion: (n: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('procedure.versions')}</Typography.Title>
      <ResponsiveTable<VersionSummary>
        data-testid="procedure-versions"
        size="small"
        loading={loading}
        pagination={false}
        rowKey="version"
        dataSource={versions}
        locale={{ emptyText: t('procedure.none') }}
        onRow={(row) => ({
          onClick: () => onOpenVersion(row.version),
          style: { cursor: 'pointer' },
          'data-testid': `version-row-${row.version}`,
        })}
        columns={[
          {
            key: 'version',
            dataIndex: 'version',
            title: t('procedure.version'),
            width: 110,
            render: (v: number, row) => (
              <Space size={4}>
                <Button
                  type="link"
                  size="small"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpenVersion(v);
                  }}
                >
                  {v}
                </Button>
                {row.draft && <Tag>{t('procedure.draftVersion')}</Tag>}
                {current === v && <Tag color="processing">{t('procedure.current')}</Tag>}
              </Space>
            ),
          },
          { key: 'name', dataIndex: 'name', title: t('procedure.name') },
          {
            key: 'processingTime',
            title: t('procedure.processingTime'),
            width: 160,
            render: (_, row) => formatProcessingTime(row.processingTime, t),
          },
          { key: 'validFrom', dataIndex: 'validFrom', title: t('procedure.validFrom'), width: 120, render: formatDate },
          {
            key: 'validTo',
            dataIndex: 'validTo',
            title: t('procedure.validTo'),
            width: 120,
            render: (v?: string | null) => (v ? formatDate(v) : '…'),
          },
          {
            key: 'decision',
            title: t('procedure.decision'),
            render: (_, row) =>
              row.decision
                ? `${row.decision.number}${row.decision.action ? ` (${t(`action.${row.decision.action}`, { defaultValue: row.decision.action })})` : ''}`
                : '—',
          },
        ]}
      />
      <Typography.Title level={5}>{t('procedure.decisions')}</Typography.Title>
      <ResponsiveTable<DecisionRef>
        data-testid="procedure-decisions"
        size="small"
        loading={loading}
        pagination={false}
        rowKey={(d) => `${d.id}-${d.action ?? ''}`}
        dataSource={decisions}
        locale={{ emptyText: t('procedure.none') }}
        columns={[
          { key: 'number', dataIndex: 'number', title: t('procedure.decisionNumber') },
          {
            key: 'decisionDate',
            dataIndex: 'decisionDate',
            title: t('procedure.decisionDate'),
            width: 140,
            render: formatDate,
          },
          {
            key: 'effectiveDate',
            dataIndex: 'effectiveDate',
            title: t('procedure.effectiveDate'),
            width: 140,
            render: formatDate,
          },
          {
            key: 'action',
            dataIndex: 'action',
            title: t('procedure.action'),
            width: 180,
            render: (a?: string | null) => (a ? t(`action.${a}`, { defaultValue: a }) : '—'),
          },
        ]}
      />
    </Space>
  );
}

// antd's theme, locale and App context, with the page (the frame carries no antd)
export default withAntd(ProcedureDetailPage);
