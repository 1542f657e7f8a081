import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { DescriptionsProps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { availableDocuments, getDocument, getDossier, statusOf, type DocumentForm } from '../../api/dossiers';
import {
  DOSSIER_ACTIONS,
  type DossierView,
  type Handover,
  type HistoryEntry,
  type Pause,
} from '../../api/dossierTypes';
import { useUnitNames } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DossierStatusTag } from '../../components/dossiers/DossierStatusTag';
import { PdfPreview, type PdfSource } from '../../components/dossiers/PdfPreview';
import { formatDateTime } from '../../format/dateTime';
import { keyed } from '../../format/values';
import { procedurePath, ROUTES } from '../../nav/navItems';
import { ActionModal } from './ActionModal';
import { WORK_COUNTS_KEY } from '../../components/dashboard/workCounts';

export const CLASSIFICATION_COLORS: Record<string, string> = { EARLY: 'green', ON_TIME: 'blue', LATE: 'red' };

/** The server's allowed actions in the order of the lifecycle (unknown ones last). */
export function orderedActions(allowed: readonly string[] | null | undefined): string[] {
  const list = allowed ?? [];
  const known = (DOSSIER_ACTIONS as readonly string[]).filter((a) => list.includes(a));
  return [...known, ...list.filter((a) => !known.includes(a))];
}

/** `/ho-so/:code`: one dossier, its timeline, pauses, control slip, apology, actions and forms. */
export default function DossierDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { code = '' } = useParams<{ code: string }>();
  const session = useSession();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const key = ['dossiers', 'view', code, session.user?.username ?? null];

  const view = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getDossier(code, session.token, signal),
    enabled: !!code && !session.isLoading,
  });

  const openDocument = (form: DocumentForm) =>
    setPdf({
      title: t(`documentForm.${form}`),
      fileName: `${code}-${form}.pdf`,
      load: () => getDocument(code, form, session.token),
    });

  const d = view.data;
  const notFound = view.error instanceof ApiError && view.error.status === 404;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="dossier-page">
      <Link to={ROUTES.dossiers}>← {t('dossier.back')}</Link>
      {view.isLoading && <Spin />}
      {notFound && (
        <Result status="404" title={t('dossier.notFound')} subTitle={code} data-testid="dossier-not-found" />
      )}
      {view.isError && !notFound && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {d && (
        <>
          <DossierHeader d={d} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <DossierFacts d={d} />
            </Col>
            <Col xs={24} lg={8}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Card size="small" title={t('dossier.actions')} data-testid="dossier-actions">
                  {orderedActions(d.allowedActions).length ? (
                    <Flex wrap gap="small">
                      {orderedActions(d.allowedActions).map((a) => (
                        <Button
                          key={a}
                          data-testid={`action-${a}`}
                          danger={a === 'refuse' || a === 'stop' || a === 'withdraw'}
                          type={a === 'resolve' || a === 'return' || a === 'accept' ? 'primary' : 'default'}
                          onClick={() => setAction(a)}
                        >
                          {t(`dossierAction.${a}`, { defaultValue: a })}
                        </Button>
                      ))}
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">{t('dossier.noActions')}</Typography.Text>
                  )}
                </Card>
                <Card size="small" title={t('dossier.documents')} data-testid="dossier-documents">
                  {availableDocuments(d).length ? (
                    <Space orientation="vertical" size={4}>
                      {availableDocuments(d).map((f) => (
                        <Button
                          key={f}
                          type="link"
                          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                          data-testid={`document-${f}`}
                          onClick={() => openDocument(f)}
                        >
                          {t(`documentForm.${f}`)}
                        </Button>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('dossier.noDocuments')}</Typography.Text>
                  )}
                </Card>
                {d.apology && <ApologyCard d={d} onOpen={() => openDocument('mau-04')} />}
              </Space>
            </Col>
            <Col xs={24} lg={12}>
              <HistoryCard d={d} />
            </Col>
            <Col xs={24} lg={12}>
              <PausesCard pauses={d.pauses ?? []} />
            </Col>
            <Col xs={24}>
              <ControlSlip handovers={d.handovers ?? []} />
            </Col>
          </Row>
          <ActionModal
            dossier={d}
            action={action}
            onClose={() => setAction(null)}
            onDone={(next, a) => {
              setAction(null);
              queryClient.setQueryData(key, next);
              void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
              void queryClient.invalidateQueries({ queryKey: WORK_COUNTS_KEY });
              void message.success(t('dossier.actionDone', { action: t(`dossierAction.${a}`, { defaultValue: a }) }));
              if (a === 'apology') openDocument('mau-04');
            }}
          />
        </>
      )}
      <PdfPreview source={pdf} onClose={() => setPdf(null)} />
    </Space>
  );
}

function DossierHeader({ d }: { d: DossierView }) {
  const { t } = useTranslation();
  const extended = !!d.extendedDueAt;
  return (
    <Flex justify="space-between" align="flex-start" wrap gap="middle">
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          <span data-testid="dossier-code">{d.code}</span>
        </Typography.Title>
        <Space wrap>
          <DossierStatusTag status={d.status} statusCode={d.statusCode} />
          {d.classification && (
            <Tag
              color={CLASSIFICATION_COLORS[d.classification] ?? 'default'}
              data-testid="dossier-classification"
              data-classification={d.classification}
            >
              {t(`classification.${d.classification}`, { defaultValue: d.classification })}
            </Tag>
          )}
          {d.overdue && (
            <Tag color="red" data-testid="dossier-overdue">
              {t('worklist.overdue')}
            </Tag>
          )}
          {!d.overdue && d.dueSoon && (
            <Tag color="gold" data-testid="dossier-due-soon">
              {t('worklist.dueSoon')}
            </Tag>
          )}
          {d.lateWithoutApology && (
            <Tag color="magenta" data-testid="dossier-late-without-apology">
              {t('worklist.lateWithoutApology')}
            </Tag>
          )}
        </Space>
      </div>
      <Space orientation="vertical" size={0} style={{ textAlign: 'right' }}>
        <Typography.Text>
          {t('dossier.dueAt')}:{' '}
          <Typography.Text strong delete={extended} data-testid="dossier-due">
            {formatDateTime(d.dueAt)}
          </Typography.Text>
        </Typography.Text>
        {extended && (
          <Typography.Text>
            {t('dossier.extendedDueAt')}:{' '}
            <Typography.Text strong data-testid="dossier-extended-due">
              {formatDateTime(d.extendedDueAt)}
            </Typography.Text>
          </Typography.Text>
        )}
      </Space>
    </Flex>
  );
}

function DossierFacts({ d }: { d: DossierView }) {
  const { t } = useTranslation();
  const names = useUnitNames();
  const unit = (c?: string | null) => (c ? `${names.get(c) ?? c}${names.has(c) ? ` (${c})` : ''}` : '—');
  const a = d.applicant;
  const items: DescriptionsProps['items'] = [
    {
      key: 'procedure',
      label: t('dossier.procedure'),
      span: 'filled',
      children: (
        <span data-testid="dossier-procedure">
          {d.procedureName ?? d.procedureCode} (<Link to={procedurePath(d.procedureCode)}>{d.procedureCode}</Link>)
        </span>
      ),
    },
    { key: 'field', label: t('dossier.field'), children: d.field ?? '—' },
    {
      key: 'channel',
      label: t('dossier.channel'),
      children: d.channel ? t(`channel.${d.channel}`, { defaultValue: d.channel }) : '—',
    },
    { key: 'receivingUnit', label: t('dossier.receivingUnit'), children: unit(d.receivingUnitCode) },
    { key: 'decidingUnit', label: t('dossier.decidingUnit'), children: unit(d.decidingUnitCode) },
    { key: 'receivedAt', label: t('dossier.receivedAt'), children: formatDateTime(d.receivedAt) },
    { key: 'clockStartAt', label: t('dossier.clockStartAt'), children: formatDateTime(d.clockStartAt) },
    { key: 'dueAt', label: t('dossier.dueAt'), children: formatDateTime(d.dueAt) },
    {
      key: 'effectiveDueAt',
      label: t('dossier.effectiveDueAt'),
      children: (
        <span data-testid="dossier-effective-due">
          {formatDateTime(d.effectiveDueAt ?? d.extendedDueAt ?? d.dueAt)}
        </span>
      ),
    },
    { key: 'resolvedAt', label: t('dossier.resolvedAt'), children: formatDateTime(d.resolvedAt) },
    { key: 'returnedAt', label: t('dossier.returnedAt'), children: formatDateTime(d.returnedAt) },
    {
      key: 'returnMethod',
      label: t('dossier.returnMethod'),
      children: d.returnMethod ? t(`returnMethod.${d.returnMethod}`, { defaultValue: d.returnMethod }) : '—',
    },
    {
      key: 'applicant',
      label: t('dossier.applicant'),
      children: <span data-testid="dossier-applicant">{a?.name ?? '—'}</span>,
    },
    { key: 'idNumber', label: t('dossier.idNumber'), children: a?.idNumber ?? '—' },
    { key: 'phone', label: t('dossier.phone'), children: a?.phone ?? '—' },
    { key: 'email', label: t('dossier.email'), children: a?.email ?? '—' },
    { key: 'address', label: t('dossier.address'), span: 'filled', children: a?.address ?? '—' },
    {
      key: 'content',
      label: t('dossier.content'),
      span: 'filled',
      children: d.content ? <span style={{ whiteSpace: 'pre-wrap' }}>{d.content}</span> : '—',
    },
    {
      key: 'components',
      label: t('dossier.components'),
      span: 'filled',
      children: d.components?.length ? (
        <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="dossier-components">
          {d.components.map((c, i) => (
            <li key={i}>
              {c.name} — {t('dossier.copies', { count: c.copies })}
            </li>
          ))}
        </ol>
      ) : (
        '—'
      ),
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="dossier-facts" />;
}

function ApologyCard({ d, onOpen }: { d: DossierView; onOpen: () => void }) {
  const { t } = useTranslation();
  const ap = d.apology!;
  return (
    <Card
      size="small"
      title={t('dossier.apology')}
      data-testid="dossier-apology"
      extra={
        <Button size="small" onClick={onOpen} data-testid="apology-open">
          {t('dossier.open')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(ap.number ? [{ key: 'number', label: t('dossier.apologyNumber'), children: ap.number }] : []),
          { key: 'reason', label: t('dossier.reason'), children: ap.reason },
          {
            key: 'originalDue',
            label: t('dossier.originalDue'),
            children: formatDateTime(ap.originalDueAt ?? d.dueAt),
          },
          {
            key: 'newDue',
            label: t('dossier.newDue'),
            children: <span data-testid="apology-new-due">{formatDateTime(ap.newDueAt)}</span>,
          },
          { key: 'signer', label: t('dossier.signer'), children: ap.signer },
          { key: 'issuedAt', label: t('dossier.issuedAt'), children: formatDateTime(ap.issuedAt) },
        ]}
      />
      {ap.timely != null && (
        <Tag color={ap.timely ? 'green' : 'orange'} data-testid="apology-timely" data-timely={String(ap.timely)}>
          {ap.timely ? t('dossier.timely') : t('dossier.notTimely')}
        </Tag>
      )}
    </Card>
  );
}

/**
 * Whether a step was written here well after it happened (a dossier from an older system: the step shows the original
 * time, and the import time as "ghi nhận"). Steps taken here are recorded when they happen.
 */
export function recordedLater(h: HistoryEntry): boolean {
  if (!h.recordedAt) return false;
  const at = Date.parse(h.at);
  const recorded = Date.parse(h.recordedAt);
  return Number.isFinite(at) && Number.isFinite(recorded) && Math.abs(recorded - at) > 60_000;
}

function HistoryCard({ d }: { d: DossierView }) {
  const { t } = useTranslation();
  const history = [...(d.history ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return (
    <Card size="small" title={t('dossier.timeline')} data-testid="dossier-history">
      {history.length ? (
        <Timeline
          items={history.map((h, i) => {
            const to = statusOf(h.toStatus);
            const from = statusOf(h.fromStatus);
            return {
              key: i,
              color:
                to === 'REFUSED' || to === 'STOPPED'
                  ? 'red'
                  : to === 'RESOLVED' || to === 'RETURNED'
                    ? 'green'
                    : 'blue',
              content: (
                <div data-testid="history-entry" data-action={h.action}>
                  <Typography.Text strong data-testid="history-label">
                    {h.label || t(`dossierAction.${h.action}`, { defaultValue: h.action })}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text>
                  {h.actor && <Typography.Text type="secondary"> · {h.actor}</Typography.Text>}
                  {recordedLater(h) && (
                    <Typography.Text type="secondary" data-testid="history-recorded">
                      {' '}
                      · {t('dossier.recordedAt', { time: formatDateTime(h.recordedAt) })}
                    </Typography.Text>
                  )}
                  {to && from !== to && (
                    <div>
                      {from ? `${t(`dossierStatus.${from}`)} → ` : ''}
                      {t(`dossierStatus.${to}`)}
                    </div>
                  )}
                  {h.note && <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>}
                </div>
              ),
            };
          })}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

function PausesCard({ pauses }: { pauses: Pause[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dossier.pauses')}>
      <Table<Pause & { key: number }>
        data-testid="dossier-pauses"
        size="small"
        pagination={false}
        dataSource={keyed(pauses)}
        locale={{ emptyText: t('dossier.noPauses') }}
        columns={[
          {
            key: 'kind',
            dataIndex: 'kind',
            title: t('dossier.pauseKind'),
            render: (k: string) => t(`pauseKind.${k}`, { defaultValue: k }),
          },
          { key: 'from', dataIndex: 'from', title: t('dossier.from'), render: formatDateTime },
          {
            key: 'to',
            dataIndex: 'to',
            title: t('dossier.to'),
            render: (v?: string | null) => (v ? formatDateTime(v) : <Tag color="warning">{t('dossier.ongoing')}</Tag>),
          },
        ]}
      />
    </Card>
  );
}

export const HANDOVER_RESULT_COLORS: Record<string, string> = { EARLY: 'green', ON_TIME: 'blue', LATE: 'red' };

function ControlSlip({ handovers }: { handovers: Handover[] }) {
  const { t } = useTranslation();
  const hours = (v?: number | null) =>
    typeof v === 'number' ? t('dossier.hours', { count: Math.round(v * 10) / 10 }) : '—';
  return (
    <Card size="small" title={t('dossier.controlSlip')}>
      <Table<Handover & { key: number }>
        data-testid="dossier-control-slip"
        size="small"
        pagination={false}
        dataSource={keyed(handovers)}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('dossier.noHandovers') }}
        columns={[
          { key: 'no', title: '#', width: 48, render: (_, __, i) => i + 1 },
          { key: 'step', dataIndex: 'stepName', title: t('dossier.step') },
          {
            key: 'parties',
            title: t('dossier.parties'),
            render: (_, h) => (
              <>
                <div>
                  {t('dossier.give')}: {h.fromUser ?? '—'}
                </div>
                <div>
                  {t('dossier.take')}: {[h.toUser, h.toUnitCode].filter(Boolean).join(' · ') || '—'}
                </div>
              </>
            ),
          },
          { key: 'at', dataIndex: 'at', title: t('dossier.at'), width: 140, render: formatDateTime },
          { key: 'budget', dataIndex: 'budgetHours', title: t('dossier.budget'), width: 110, render: hours },
          { key: 'used', dataIndex: 'usedHours', title: t('dossier.used'), width: 110, render: hours },
          {
            key: 'result',
            dataIndex: 'result',
            title: t('dossier.result'),
            width: 130,
            render: (r?: string | null) =>
              r ? (
                <Tag color={HANDOVER_RESULT_COLORS[r] ?? 'default'} data-testid="handover-result" data-result={r}>
                  {t(`classification.${r}`, { defaultValue: r })}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('dossier.inProgress')}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
