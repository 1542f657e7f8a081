import { Alert, App, Button, Descriptions, Flex, Modal, Popconfirm, Result, Space, Spin, Tabs, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  getChecklist,
  getInspection,
  inspectionAction,
  lifecycleActions,
  listFindings,
  listRemediation,
  planPath,
  type InspectionView,
} from '../../api/inspections';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChecklistView } from '../../components/inspections/ChecklistView';
import { ConclusionEditor } from '../../components/inspections/ConclusionEditor';
import { EvidencePanel } from '../../components/inspections/EvidencePanel';
import { FindingsPanel } from '../../components/inspections/FindingsPanel';
import { InspectionStatusTag } from '../../components/inspections/InspectionStatusTag';
import { RemediationPanel } from '../../components/inspections/RemediationTable';
import { SelfReportForm } from '../../components/inspections/SelfReportForm';
import { useInspectionSession } from '../../components/inspections/useInspectionSession';
import { formatDateTime } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { ROUTES } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';
import { DateField } from '../../components/dates/DateFields';

export const INSPECTION_TABS = [
  'checklist',
  'self-report',
  'evidence',
  'findings',
  'conclusion',
  'remediation',
] as const;
export type InspectionTab = (typeof INSPECTION_TABS)[number];

/** The tabs a caller sees: the team's work (evidence, findings) for inspectors; the rest for the unit too. */
export function visibleTabs(rights: { manage: boolean; unit: boolean }): InspectionTab[] {
  if (rights.manage) return [...INSPECTION_TABS];
  return ['checklist', 'self-report', 'conclusion', 'remediation'];
}

const TAB_LABEL: Record<InspectionTab, string> = {
  checklist: 'checklist',
  'self-report': 'selfReport',
  evidence: 'evidence',
  findings: 'findings',
  conclusion: 'conclusion',
  remediation: 'remediation',
};

/**
 * `/kiem-tra/:id`: the inspection workspace. Header with status and lifecycle actions; tabs for the
 * checklist, the self-report, live evidence, findings, the conclusion notice and remediation.
 */
export default function InspectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  const s = useInspectionSession();
  const [params, setParams] = useSearchParams();
  const tabs = visibleTabs(s.rights);
  const requested = params.get('tab') as InspectionTab | null;
  const tab: InspectionTab = requested && tabs.includes(requested) ? requested : 'checklist';
  const key = ['inspections', 'inspection', id, s.username];

  const inspection = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getInspection(id, s.token, signal),
    enabled: s.ready && !!id,
  });
  const loaded = inspection.isSuccess;
  const checklist = useQuery({
    queryKey: ['inspections', 'checklist', id, s.username],
    queryFn: ({ signal }) => getChecklist(id, s.token, signal),
    enabled: s.ready && loaded,
  });
  const findings = useQuery({
    queryKey: ['inspections', 'findings', id, s.username],
    queryFn: ({ signal }) => listFindings(id, s.token, signal),
    enabled: s.ready && loaded && s.rights.manage,
  });
  const remediation = useQuery({
    queryKey: ['inspections', 'remediation', id, s.username],
    queryFn: ({ signal }) => listRemediation(id, s.token, signal),
    enabled: s.ready && loaded && tab === 'remediation',
  });

  const i = inspection.data;
  const notFound = inspection.error instanceof ApiError && inspection.error.status === 404;
  const groups = checklist.data ?? [];

  const body = (k: InspectionTab, insp: InspectionView) => {
    switch (k) {
      case 'checklist':
        return (
          <>
            {checklist.isError && <ErrorAlert error={checklist.error} onRetry={() => void checklist.refetch()} />}
            {checklist.isLoading ? <Spin /> : <ChecklistView groups={groups} />}
          </>
        );
      case 'self-report':
        return <SelfReportForm inspection={insp} groups={groups} />;
      case 'evidence':
        return (
          <EvidencePanel inspection={insp} findings={findings.data ?? []} groups={groups} canPull={s.rights.manage} />
        );
      case 'findings':
        return (
          <FindingsPanel
            inspection={insp}
            findings={findings.data ?? []}
            groups={groups}
            loading={findings.isLoading}
            error={findings.error ?? undefined}
            onRetry={() => void findings.refetch()}
          />
        );
      case 'conclusion':
        return <ConclusionEditor inspection={insp} findings={findings.data ?? []} />;
      case 'remediation':
        return (
          <RemediationPanel
            inspection={insp}
            rows={remediation.data ?? []}
            loading={remediation.isFetching}
            error={remediation.error ?? undefined}
            onRetry={() => void remediation.refetch()}
          />
        );
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="inspection-page">
      <Flex gap="middle" wrap>
        <Link to={ROUTES.inspections}>← {t('inspections.back')}</Link>
        {i && s.rights.manage && <Link to={planPath(i.planId)}>← {t('inspections.backToPlan')}</Link>}
      </Flex>
      {inspection.isLoading && <Spin />}
      {notFound && (
        <Result status="404" title={t('inspections.inspection.notFound')} data-testid="inspection-not-found" />
      )}
      {inspection.isError && !notFound && (
        <ErrorAlert error={inspection.error} onRetry={() => void inspection.refetch()} />
      )}
      {i && (
        <>
          <InspectionHeader inspection={i} />
          <Tabs
            activeKey={tab}
            data-testid="inspection-tabs"
            onChange={(k) => {
              const next = new URLSearchParams(params);
              next.set('tab', k);
              setParams(next, { replace: true });
            }}
            items={tabs.map((k) => ({
              key: k,
              label: <span data-testid={`tab-${k}`}>{t(`inspections.inspection.tabs.${TAB_LABEL[k]}`)}</span>,
              children: k === tab ? body(k, i) : null,
            }))}
          />
        </>
      )}
    </Space>
  );
}

function InspectionHeader({ inspection: i }: { inspection: InspectionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  // the start / end dialog, each with an optional day (empty = today)
  const [dialog, setDialog] = useState<'start' | 'end' | null>(null);
  const [day, setDay] = useState('');

  const act = useMutation({
    mutationFn: ({ action, day: on }: { action: 'start' | 'end' | 'cancel'; day?: string }) =>
      inspectionAction(i.id, action, s.token, on),
    onSuccess: (view, { action }) => {
      setError(null);
      setDialog(null);
      setDay('');
      queryClient.setQueryData(['inspections', 'inspection', i.id, s.username], view);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(
        t('inspections.inspection.actionDone', { action: t(`inspections.inspection.actions.${action}`) }),
      );
    },
    onError: setError,
  });
  const actions = s.rights.manage ? lifecycleActions(i.status) : [];

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <div>
          <PageTitle style={{ margin: 0 }} data-testid="inspection-unit">
            {i.unitName ?? i.unitCode}
          </PageTitle>
          <Space wrap style={{ marginTop: 4 }}>
            <InspectionStatusTag status={i.status} />
            <Typography.Text type="secondary">
              {t('inspections.inspection.plan')} {i.planNumber} ({i.year})
            </Typography.Text>
          </Space>
        </div>
        {actions.length > 0 && (
          <Flex gap="small" wrap data-testid="inspection-actions">
            {actions.includes('start') && (
              <Button
                type="primary"
                data-testid="inspection-start"
                loading={act.isPending}
                onClick={() => setDialog('start')}
              >
                {t('inspections.inspection.actions.start')}
              </Button>
            )}
            {actions.includes('end') && (
              <Button type="primary" data-testid="inspection-end" onClick={() => setDialog('end')}>
                {t('inspections.inspection.actions.end')}
              </Button>
            )}
            {actions.includes('cancel') && (
              <Popconfirm
                title={t('inspections.inspection.cancelConfirm', { unit: i.unitName ?? i.unitCode })}
                onConfirm={() => act.mutate({ action: 'cancel' })}
                okButtonProps={{ 'data-testid': 'inspection-cancel-ok' } as ButtonProps}
              >
                <Button danger data-testid="inspection-cancel">
                  {t('inspections.inspection.actions.cancel')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
      {error != null && dialog == null && <ErrorAlert error={error} />}
      {i.conclusionLate && (
        <Alert
          type="error"
          showIcon
          data-testid="inspection-conclusion-late"
          title={t('inspections.inspection.conclusionLate')}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="inspection-facts"
        items={[
          {
            key: 'schedule',
            label: t('inspections.inspection.schedule'),
            children: `${formatDate(i.scheduledFrom)} – ${formatDate(i.scheduledTo)}`,
          },
          {
            key: 'period',
            label: t('inspections.inspection.period'),
            children: `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}`,
          },
          { key: 'startedAt', label: t('inspections.inspection.startedAt'), children: formatDateTime(i.startedAt) },
          { key: 'endedOn', label: t('inspections.inspection.endedOn'), children: formatDate(i.endedOn) },
          {
            key: 'due',
            label: t('inspections.inspection.conclusionDue'),
            children: (
              <Typography.Text type={i.conclusionLate ? 'danger' : undefined} data-testid="inspection-conclusion-due">
                {formatDate(i.conclusionDue)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Modal
        open={dialog != null}
        title={dialog ? t(`inspections.inspection.actions.${dialog}`) : undefined}
        onCancel={() => {
          setDialog(null);
          setDay('');
          setError(null);
        }}
        okText={dialog ? t(`inspections.inspection.actions.${dialog}`) : undefined}
        cancelText={t('inspections.cancel')}
        okButtonProps={{ 'data-testid': `inspection-${dialog ?? 'end'}-ok`, loading: act.isPending } as ButtonProps}
        onOk={() => dialog && act.mutate({ action: dialog, day: day || undefined })}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t(dialog === 'start' ? 'inspections.inspection.startedOnLabel' : 'inspections.inspection.endedOnLabel')}
          </Typography.Text>
          <DateField
            data-testid={dialog === 'start' ? 'inspection-started-on' : 'inspection-ended-on'}
            aria-label={t(
              dialog === 'start' ? 'inspections.inspection.startedOnLabel' : 'inspections.inspection.endedOnLabel',
            )}
            value={day}
            onChange={(d) => setDay(d ?? '')}
            style={{ width: 200 }}
          />
          <Typography.Text type="secondary">
            {t(dialog === 'start' ? 'inspections.inspection.startedOnHint' : 'inspections.inspection.endedOnHint')}
          </Typography.Text>
          {error != null && <ErrorAlert error={error} />}
        </Space>
      </Modal>
    </Space>
  );
}
