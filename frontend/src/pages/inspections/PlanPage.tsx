import { App, Button, Card, Descriptions, Flex, Form, Result, Space, Spin, Switch, Table, Tabs, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  addInspection,
  getContentGroups,
  getDashboard,
  getPlan,
  getPlanRemediation,
  replaceTeam,
  updatePlan,
  type InspectionInput,
  type PlanView,
  type TeamMember,
} from '../../api/inspections';
import { violationsToFields } from '../../components/admin/procedureForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlanDashboard } from '../../components/inspections/PlanDashboard';
import {
  inspectionBody,
  PLAN_FIELDS,
  PlanForm,
  planFormValues,
  planUpdateBody,
  ScheduleFields,
  teamBody,
  TeamFields,
  type PlanFormValues,
} from '../../components/inspections/PlanForm';
import { RemediationTable } from '../../components/inspections/RemediationTable';
import { useInspectionSession } from '../../components/inspections/useInspectionSession';
import { formatDate } from '../../format/values';
import { ROUTES } from '../../nav/navItems';
import { InspectionsTable } from './InspectionsHomePage';
import { PageTitle } from '../../components/PageTitle';

export const PLAN_TABS = ['dashboard', 'units', 'team', 'remediation'] as const;

/** `/kiem-tra/ke-hoach/:planId`: the plan, its dashboard per unit, inspected units, team and remediation tracker. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams<{ planId: string }>();
  const s = useInspectionSession();
  const [params, setParams] = useSearchParams();
  const tab = (PLAN_TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'dashboard';
  const [editing, setEditing] = useState(false);
  const [overdueOnly, setOverdueOnly] = useState(params.get('overdue') === 'true');

  const plan = useQuery({
    queryKey: ['inspections', 'plan', planId, s.username],
    queryFn: ({ signal }) => getPlan(planId, s.token, signal),
    enabled: s.ready && !!planId,
  });
  const dashboard = useQuery({
    queryKey: ['inspections', 'dashboard', planId, s.username],
    queryFn: ({ signal }) => getDashboard(planId, s.token, signal),
    enabled: s.ready && !!planId && plan.isSuccess && tab === 'dashboard',
  });
  const remediation = useQuery({
    queryKey: ['inspections', 'plan-remediation', planId, overdueOnly, s.username],
    queryFn: ({ signal }) => getPlanRemediation(planId, overdueOnly, s.token, signal),
    enabled: s.ready && !!planId && plan.isSuccess && tab === 'remediation',
  });

  const p = plan.data;
  const notFound = plan.error instanceof ApiError && plan.error.status === 404;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-page">
      <Link to={ROUTES.inspections}>← {t('inspections.back')}</Link>
      {plan.isLoading && <Spin />}
      {notFound && <Result status="404" title={t('inspections.plan.notFound')} data-testid="plan-not-found" />}
      {plan.isError && !notFound && <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {p && (
        <>
          <Flex justify="space-between" align="flex-start" wrap gap="middle">
            <PageTitle style={{ margin: 0 }}>
              {t('inspections.plans.title')} <span data-testid="plan-number-title">{p.number}</span>
            </PageTitle>
            {s.rights.manage && !editing && (
              <Button data-testid="plan-edit" onClick={() => setEditing(true)}>
                {t('inspections.edit')}
              </Button>
            )}
          </Flex>
          {editing ? <PlanEdit plan={p} onDone={() => setEditing(false)} /> : <PlanFacts plan={p} />}
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              const next = new URLSearchParams(params);
              next.set('tab', k);
              setParams(next, { replace: true });
            }}
            items={[
              {
                key: 'dashboard',
                label: t('inspections.plan.dashboard'),
                children: (
                  <>
                    {dashboard.isError && (
                      <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
                    )}
                    <PlanDashboard rows={dashboard.data?.units ?? []} loading={dashboard.isFetching} />
                  </>
                ),
              },
              { key: 'units', label: t('inspections.plan.units'), children: <UnitsTab plan={p} /> },
              { key: 'team', label: t('inspections.plan.team'), children: <TeamTab plan={p} /> },
              {
                key: 'remediation',
                label: t('inspections.plan.remediation'),
                children: (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Space>
                      <Switch data-testid="remediation-overdue-only" checked={overdueOnly} onChange={setOverdueOnly} />
                      {t('inspections.remediation.overdueOnly')}
                    </Space>
                    {remediation.isError && (
                      <ErrorAlert error={remediation.error} onRetry={() => void remediation.refetch()} />
                    )}
                    <RemediationTable rows={remediation.data ?? []} loading={remediation.isFetching} showUnit />
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function PlanFacts({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const groups = useQuery({
    queryKey: ['inspections', 'content-groups', plan.planDate, s.username],
    queryFn: ({ signal }) => getContentGroups(s.token, plan.planDate, signal),
    enabled: s.ready,
    staleTime: 5 * 60_000,
  });
  const name = (code: string) => groups.data?.find((g) => g.code === code)?.nameVi ?? code;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="plan-facts"
      items={[
        { key: 'number', label: t('inspections.plans.number'), children: plan.number },
        { key: 'date', label: t('inspections.plans.planDate'), children: formatDate(plan.planDate) },
        { key: 'issuer', label: t('inspections.plans.issuer'), children: plan.issuer },
        { key: 'year', label: t('inspections.plans.year'), children: plan.year },
        {
          key: 'scope',
          label: t('inspections.plans.scope'),
          span: 'filled',
          children: plan.scope ? <span style={{ whiteSpace: 'pre-wrap' }}>{plan.scope}</span> : '—',
        },
        {
          key: 'groups',
          label: t('inspections.plans.contentGroups'),
          span: 'filled',
          children: (
            <Flex wrap gap={4} data-testid="plan-groups-view">
              {plan.contentGroups.map((c) => (
                <Tag key={c}>{name(c)}</Tag>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

function PlanEdit({ plan, onDone }: { plan: PlanView; onDone: () => void }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanFormValues>();
  const [error, setError] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: PlanFormValues) => updatePlan(plan.id, planUpdateBody(v), s.token),
    onSuccess: () => {
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.saved'));
      onDone();
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fields = violationsToFields(e.problem?.violations, PLAN_FIELDS);
        if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  return (
    <Card size="small" title={t('inspections.planEditor.editTitle')}>
      <PlanForm
        form={form}
        mode="edit"
        initial={planFormValues(plan)}
        onSubmit={(v) => save.mutate(v)}
        submitting={save.isPending}
        error={error}
        onCancel={onDone}
      />
    </Card>
  );
}

function UnitsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ unit: Partial<InspectionInput> }>();
  const [error, setError] = useState<unknown>(null);
  const add = useMutation({
    mutationFn: (v: { unit: Partial<InspectionInput> }) => addInspection(plan.id, inspectionBody(v.unit), s.token),
    onSuccess: () => {
      setError(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.plan.unitAdded'));
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fields = (e.problem?.violations ?? []).map((v) => ({
          ...v,
          field: `unit.${v.field.replace(/^.*\./, '')}`,
        }));
        const mapped = violationsToFields(fields, ['unit']);
        if (mapped.length) form.setFields(mapped as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <InspectionsTable rows={plan.inspections} showPlan={false} />
      {s.rights.manage && (
        <Card size="small" title={t('inspections.planEditor.addUnit')}>
          <Form form={form} layout="vertical" data-testid="add-unit-form" onFinish={(v) => add.mutate(v)}>
            <ScheduleFields name={['unit']} />
            {error != null && <ErrorAlert error={error} />}
            <Button
              type="primary"
              htmlType="submit"
              data-testid="add-unit-submit"
              loading={add.isPending}
              style={{ marginTop: 8 }}
            >
              {t('inspections.planEditor.addUnit')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

function TeamTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ team: Partial<TeamMember>[] }>();
  const [error, setError] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: { team: Partial<TeamMember>[] }) => replaceTeam(plan.id, teamBody(v.team), s.token),
    onSuccess: () => {
      setError(null);
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.plan.teamSaved'));
    },
    onError: setError,
  });
  if (editing) {
    return (
      <Form
        form={form}
        layout="vertical"
        data-testid="team-form"
        initialValues={{ team: plan.team.map((m) => ({ ...m })) }}
        onFinish={(v) => save.mutate(v)}
      >
        <TeamFields />
        {error != null && <ErrorAlert error={error} />}
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" data-testid="team-save" loading={save.isPending}>
            {t('inspections.plan.saveTeam')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('inspections.cancel')}</Button>
        </Space>
      </Form>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<TeamMember>
        data-testid="team-table"
        size="small"
        rowKey={(m) => String(m.id ?? m.name)}
        pagination={false}
        dataSource={plan.team}
        locale={{ emptyText: t('inspections.plan.noTeam') }}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('inspections.planEditor.memberName') },
          { key: 'agency', dataIndex: 'agency', title: t('inspections.planEditor.memberAgency') },
          {
            key: 'role',
            title: t('inspections.planEditor.memberRole'),
            render: (_, m) => t(`inspections.teamRole.${m.role}`, { defaultValue: m.role }),
          },
          { key: 'username', dataIndex: 'username', title: t('inspections.planEditor.memberUsername') },
        ]}
      />
      {s.rights.manage && (
        <Button data-testid="team-edit" onClick={() => setEditing(true)}>
          {t('inspections.edit')}
        </Button>
      )}
    </Space>
  );
}
