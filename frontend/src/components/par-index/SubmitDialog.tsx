import { Alert, Checkbox, Modal, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, takeAction, type AssessmentView, type MissingEvidence } from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ProblemAlert } from './ProblemAlert';

/**
 * Submission of a self-assessment: an explicit confirmation listing the criteria that claim points
 * without evidence; their codes go in `confirmMissingEvidence`, and the dialog cannot be confirmed
 * until the unit ticks the confirmation. A 409 (e.g. a criterion flagged meanwhile) is shown.
 */
export function SubmitDialog({
  assessment,
  missing,
  open,
  onClose,
  onDone,
}: {
  assessment: AssessmentView;
  missing: MissingEvidence[];
  open: boolean;
  onClose: () => void;
  onDone: (view: AssessmentView) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [confirmed, setConfirmed] = useState(false);
  const run = useMutation({
    mutationFn: () =>
      takeAction(
        assessment.id,
        'submit',
        session.token,
        missing.map((m) => m.code),
      ),
    onSuccess: (view) => {
      setConfirmed(false);
      onDone(view);
    },
  });
  const close = () => {
    setConfirmed(false);
    run.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('parIndex.self.submitTitle')}
      okText={t('parIndex.actions.submit')}
      cancelText={t('parIndex.common.cancel')}
      okButtonProps={{ 'data-testid': 'submit-confirm', disabled: missing.length > 0 && !confirmed } as ButtonProps}
      confirmLoading={run.isPending}
      onOk={() => run.mutate()}
      onCancel={close}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="submit-dialog">
        <Typography.Paragraph>{t('parIndex.self.submitBody')}</Typography.Paragraph>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('parIndex.self.submitMissing')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="submit-missing">
                {missing.map((m) => (
                  <li key={m.code} data-code={m.code}>
                    {t('parIndex.self.submitMissingItem', {
                      code: m.code,
                      name: m.name,
                      points: formatPoints(m.selfScore, lang),
                      max: formatPoints(m.maxPoints, lang),
                    })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {missing.length > 0 && (
          <Checkbox
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
            data-testid="submit-confirm-missing"
          >
            {t('parIndex.self.submitConfirm')}
          </Checkbox>
        )}
        {run.isError && <ProblemAlert error={run.error} />}
      </Space>
    </Modal>
  );
}
