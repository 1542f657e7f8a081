import { App, Badge, Button, Card, Col, Popconfirm, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  type ComplianceListKind,
  getComplianceReport,
  listComplianceItems,
  postItem,
  takeDownItem,
} from '../api/procedures';
import type { ComplianceReport } from '../api/types';
import { useSession } from '../auth/session';
import { formatDate, formatPercent, ratePercent } from '../format/values';
import { procedurePath } from '../nav/navItems';
import { ErrorAlert } from './ErrorAlert';
import { rateColor } from './RateBars';
import { StateTag } from './ProcedureTable';
import { serverPagination, useServerPage } from './serverPaging';

type Action = { kind: 'post'; procedureCode: string; version?: number } | { kind: 'takeDown'; procedureCode: string };

/** Invalidates what a posting change affects: the posted list and every compliance answer. */
export function useInvalidatePosting(unitCode: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['posting', unitCode] });
    void queryClient.invalidateQueries({ queryKey: ['compliance'] });
  };
}

/** One of the report's three lists, a page at a time from the server (`GET /compliance/{unit}/{kind}`). */
function useComplianceList<K extends ComplianceListKind>(unitCode: string, kind: K) {
  const session = useSession();
  const [state, setState] = useServerPage(unitCode);
  const query = useQuery({
    queryKey: ['compliance', 'list', unitCode, kind, session.user?.username ?? null, state.page, state.size],
    queryFn: ({ signal }) => listComplianceItems(unitCode, kind, state.page, state.size, session.token, signal),
    enabled: !!unitCode && !session.isLoading,
    placeholderData: keepPreviousData,
  });
  const total = query.data?.total;
  return {
    rows: query.data?.items ?? [],
    total,
    loading: query.isFetching,
    pagination: serverPagination(state, query.data, setState),
  };
}

/**
 * A receiving point's posting compliance (`GET /compliance/{unit}`): counts and the three lists,
 * with buttons (for `canEdit`) to post a missing procedure, take down a stale one and update an
 * outdated one. Errors (403 outside the user's unit…) are shown with ErrorAlert.
 */
export function ComplianceDetail({ unitCode, canEdit }: { unitCode: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const invalidate = useInvalidatePosting(unitCode);
  const lang = i18n.resolvedLanguage ?? 'vi';

  const report = useQuery({
    queryKey: ['compliance', 'unit', unitCode, session.user?.username ?? null],
    queryFn: ({ signal }) => getComplianceReport(unitCode, session.token, signal),
    enabled: !!unitCode && !session.isLoading,
  });
  const act = useMutation({
    mutationFn: (a: Action) =>
      a.kind === 'takeDown'
        ? takeDownItem(unitCode, a.procedureCode, session.token)
        : postItem(unitCode, a.procedureCode, a.version, session.token),
    onSuccess: () => {
      void message.success(t('posting.done'));
      invalidate();
    },
  });
  const stale = useComplianceList(unitCode, 'stale');
  const missing = useComplianceList(unitCode, 'missing');
  const outdated = useComplianceList(unitCode, 'outdated');
  const busy = (code: string) => act.isPending && act.variables?.procedureCode === code;

  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const r: ComplianceReport | undefined = report.data;
  const percent = r ? ratePercent(r) : 0;
  const codeCell = (code: string) => <Link to={procedurePath(code)}>{code}</Link>;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="compliance-detail">
      {act.isError && <ErrorAlert error={act.error} />}
      <Card loading={report.isLoading} size="small">
        {r && (
          <>
            <Typography.Text type="secondary">{t('posting.asOf', { date: formatDate(r.asOf) })}</Typography.Text>
            <Row gutter={16} style={{ marginTop: 8 }}>
              <Col xs={12} md={6}>
                <Statistic title={t('posting.required')} value={r.required} data-testid="compliance-required" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('posting.postedCount')} value={r.posted} data-testid="compliance-posted" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('posting.compliant')} value={r.compliant} data-testid="compliance-compliant" />
              </Col>
              <Col xs={12} md={6}>
                <Typography.Text type="secondary">{t('posting.rate')}</Typography.Text>
                <Progress
                  aria-label={t('a11y.postingRate')}
                  percent={percent}
                  strokeColor={rateColor(percent)}
                  format={() => <span data-testid="compliance-rate">{formatPercent(percent, lang)}</span>}
                />
              </Col>
            </Row>
          </>
        )}
      </Card>

      <Card
        size="small"
        title={
          <Space>
            {t('posting.stale')}
            <Badge
              count={stale.total ?? r?.stalePosted.length ?? 0}
              showZero
              color={(stale.total ?? r?.stalePosted.length) ? 'red' : 'green'}
              data-testid="compliance-stale-count"
            />
          </Space>
        }
      >
        <Table
          data-testid="compliance-stale"
          size="small"
          pagination={stale.pagination}
          rowKey="procedureCode"
          loading={stale.loading}
          dataSource={stale.rows}
          locale={{ emptyText: t('posting.nothing') }}
          columns={[
            { key: 'code', dataIndex: 'procedureCode', title: t('procedure.code'), width: 220, render: codeCell },
            { key: 'name', dataIndex: 'name', title: t('procedure.name') },
            { key: 'postedVersion', dataIndex: 'postedVersion', title: t('posting.postedVersion'), width: 130 },
            {
              key: 'state',
              dataIndex: 'state',
              title: t('procedures.columns.state'),
              width: 160,
              render: (s: string) => <StateTag state={s} />,
            },
            ...(canEdit
              ? [
                  {
                    key: 'action',
                    width: 150,
                    render: (_: unknown, row: ComplianceReport['stalePosted'][number]) => (
                      <Popconfirm
                        title={`${t('posting.takeDown')}: ${row.procedureCode}?`}
                        onConfirm={() => act.mutate({ kind: 'takeDown', procedureCode: row.procedureCode })}
                      >
                        <Button size="small" danger loading={busy(row.procedureCode)} data-testid="take-down-stale">
                          {t('posting.takeDown')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        size="small"
        title={
          <Space>
            {t('posting.missing')}
            <Badge
              count={missing.total ?? r?.missing.length ?? 0}
              showZero
              color={(missing.total ?? r?.missing.length) ? 'red' : 'green'}
              data-testid="compliance-missing-count"
            />
          </Space>
        }
      >
        <Table
          data-testid="compliance-missing"
          size="small"
          pagination={missing.pagination}
          rowKey="procedureCode"
          loading={missing.loading}
          dataSource={missing.rows}
          locale={{ emptyText: t('posting.nothing') }}
          columns={[
            { key: 'code', dataIndex: 'procedureCode', title: t('procedure.code'), width: 220, render: codeCell },
            { key: 'name', dataIndex: 'name', title: t('procedure.name') },
            { key: 'version', dataIndex: 'version', title: t('posting.versionInForce'), width: 130 },
            ...(canEdit
              ? [
                  {
                    key: 'action',
                    width: 150,
                    render: (_: unknown, row: ComplianceReport['missing'][number]) => (
                      <Button
                        size="small"
                        type="primary"
                        loading={busy(row.procedureCode)}
                        data-testid="post-missing"
                        onClick={() =>
                          act.mutate({ kind: 'post', procedureCode: row.procedureCode, version: row.version })
                        }
                      >
                        {t('posting.post')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        size="small"
        title={
          <Space>
            {t('posting.outdated')}
            <Badge
              count={outdated.total ?? r?.outdated.length ?? 0}
              showZero
              color={(outdated.total ?? r?.outdated.length) ? 'orange' : 'green'}
              data-testid="compliance-outdated-count"
            />
          </Space>
        }
      >
        <Table
          data-testid="compliance-outdated"
          size="small"
          pagination={outdated.pagination}
          rowKey="procedureCode"
          loading={outdated.loading}
          dataSource={outdated.rows}
          locale={{ emptyText: t('posting.nothing') }}
          columns={[
            { key: 'code', dataIndex: 'procedureCode', title: t('procedure.code'), width: 220, render: codeCell },
            { key: 'name', dataIndex: 'name', title: t('procedure.name') },
            { key: 'postedVersion', dataIndex: 'postedVersion', title: t('posting.postedVersion'), width: 130 },
            { key: 'versionInForce', dataIndex: 'versionInForce', title: t('posting.versionInForce'), width: 130 },
            ...(canEdit
              ? [
                  {
                    key: 'action',
                    width: 200,
                    render: (_: unknown, row: ComplianceReport['outdated'][number]) => (
                      <Button
                        size="small"
                        loading={busy(row.procedureCode)}
                        data-testid="update-outdated"
                        onClick={() =>
                          act.mutate({ kind: 'post', procedureCode: row.procedureCode, version: row.versionInForce })
                        }
                      >
                        {t('posting.update', { version: row.versionInForce })}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
