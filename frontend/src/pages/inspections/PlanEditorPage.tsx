import { App, Card, Form, Result, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { createPlan, planPath } from '../../api/inspections';
import { violationsToFields } from '../../components/admin/procedureForm';
import {
  PLAN_FIELDS,
  PlanForm,
  planFormValues,
  planInputBody,
  type PlanFormValues,
} from '../../components/inspections/PlanForm';
import { useInspectionSession } from '../../components/inspections/useInspectionSession';
import { ROUTES } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

/** `/kiem-tra/ke-hoach/moi`: a new plan with its team and inspected units (`POST /plans`). */
export default function PlanEditorPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [initial] = useState(() => planFormValues());

  const create = useMutation({
    mutationFn: (v: PlanFormValues) => createPlan(planInputBody(v), s.token),
    onSuccess: (plan) => {
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.planEditor.created', { number: plan.number }));
      navigate(planPath(plan.id));
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fields = violationsToFields(e.problem?.violations, PLAN_FIELDS);
        if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
    },
  });

  if (!s.rights.manage) return <Result status="403" title={t('auth.forbidden')} data-testid="forbidden" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={ROUTES.inspections}>← {t('inspections.back')}</Link>
      <PageTitle style={{ margin: 0 }}>{t('inspections.planEditor.createTitle')}</PageTitle>
      <Card size="small">
        <PlanForm
          form={form}
          mode="create"
          initial={initial}
          onSubmit={(v) => create.mutate(v)}
          submitting={create.isPending}
          error={error}
        />
      </Card>
    </Space>
  );
}
