import { App, Button, Modal, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeAction, type AssessmentView, type WorkflowAction } from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ProblemAlert } from './ProblemAlert';

/**
 * Buttons of the workflow steps this page offers (`actions`) that the API allows the caller now
 * (`allowedActions`), each behind a confirmation dialog. `submit` is not handled here (it has
 * its own dialog listing the criteria without evidence).
 */
export function WorkflowActions({
  assessment,
  actions,
  onDone,
}: {
  assessment: AssessmentView;
  actions: readonly Exclude<WorkflowAction, 'submit'>[];
  onDone: (view: AssessmentView, action: WorkflowAction) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [pending, setPending] = useState<Exclude<WorkflowAction, 'submit'> | null>(null);
  const run = useMutation({
    mutationFn: (a: WorkflowAction) => takeAction(assessment.id, a, session.token),
    onSuccess: (view, a) => {
      setPending(null);
      void message.success(t('parIndex.actions.done', { action: t(`parIndex.actions.${a}`) }));
      onDone(view, a);
    },
  });
  const shown = actions.filter((a) => assessment.allowedActions.includes(a));
  if (!shown.length) return null;
  const close = () => {
    setPending(null);
    run.reset();
  };
  return (
    <>
      <Space wrap data-testid="workflow-actions">
        {shown.map((a) => (
          <Button
            key={a}
            type={a === 'publish' || a === 'finalise' ? 'primary' : 'default'}
            data-testid={`action-${a}`}
            onClick={() => setPending(a)}
          >
            {t(`parIndex.actions.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={pending !== null}
        title={pending ? t('parIndex.actions.confirmTitle', { action: t(`parIndex.actions.${pending}`) }) : ''}
        okText={pending ? t(`parIndex.actions.${pending}`) : ''}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'action-confirm' } as ButtonProps}
        confirmLoading={run.isPending}
        onOk={() => pending && run.mutate(pending)}
        onCancel={close}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="action-dialog">
          {pending && <Typography.Paragraph>{t(`parIndex.actions.confirm.${pending}`)}</Typography.Paragraph>}
          {run.isError && <ProblemAlert error={run.error} />}
        </Space>
      </Modal>
    </>
  );
}
