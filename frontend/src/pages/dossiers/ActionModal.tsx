import { Alert, AutoComplete, Form, Input, Modal, Radio, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  buildActionBody,
  effectiveDueOf,
  performAction,
  RETURN_METHODS,
  type ActionFormValues,
} from '../../api/dossiers';
import type { DossierView } from '../../api/dossierTypes';
import { useUnits } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { violationsToFields } from '../../components/admin/procedureForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, vnToday } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { DateTimeField } from '../../components/dates/DateFields';

/** Fields of the action forms that server violations may name. */
const ACTION_FIELDS = [
  'note',
  'reason',
  'reasons',
  'items',
  'stepName',
  'toUnitCode',
  'toUser',
  'resultCode',
  'method',
  'newDueAt',
  'signer',
] as const;

/** Form values as typed: `newDueAt` comes from the date-time picker as RFC 3339 with +07:00, as sent. */
type Typed = ActionFormValues;

/**
 * The small form of one transition in a modal. Sends `POST /dossiers/{code}/actions/{action}` with
 * the body from {@link buildActionBody}; 400 violations go on the fields, 409 (and anything else)
 * is shown as an alert in the modal.
 */
export function ActionModal({
  dossier,
  action,
  onClose,
  onDone,
}: {
  dossier: DossierView;
  action: string | null;
  onClose: () => void;
  onDone: (view: DossierView, action: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [form] = Form.useForm<Typed>();
  const [error, setError] = useState<unknown>(null);

  const run = useMutation({
    mutationFn: ({ action: a, values }: { action: string; values: Typed }) =>
      performAction(dossier.code, a, buildActionBody(a, values), session.token),
    onSuccess: (view, { action: a }) => {
      setError(null);
      onDone(view, a);
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, ACTION_FIELDS);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });

  const close = () => {
    setError(null);
    run.reset();
    onClose();
  };

  return (
    <Modal
      open={!!action}
      title={action ? t(`dossierAction.${action}`, { defaultValue: action }) : undefined}
      onCancel={close}
      okText={t('actionForm.submit')}
      cancelText={t('actionForm.cancel')}
      okButtonProps={{ 'data-testid': 'action-submit', loading: run.isPending } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      {action && (
        <Form<Typed>
          form={form}
          layout="vertical"
          preserve={false}
          data-testid={`action-form-${action}`}
          initialValues={initialValues(action, dossier, session.user?.name)}
          onFinish={(values) => {
            setError(null);
            run.mutate({ action, values });
          }}
        >
          <ActionFields action={action} dossier={dossier} />
          {error != null && (
            <div data-testid={error instanceof ApiError && error.status === 409 ? 'action-conflict' : 'action-error'}>
              <ErrorAlert error={error} />
            </div>
          )}
        </Form>
      )}
    </Modal>
  );
}

function initialValues(action: string, d: DossierView, userName?: string): Typed {
  if (action === 'return') return { method: d.returnMethod ?? 'DIRECT' };
  if (action === 'apology') return { signer: userName };
  return {};
}

function ActionFields({ action, dossier }: { action: string; dossier: DossierView }) {
  const { t } = useTranslation();
  const units = useUnits();
  const required = [{ required: true, whitespace: true, message: t('actionForm.required') }];
  const note = (
    <Form.Item name="note" label={t('actionForm.note')}>
      <Input.TextArea data-testid="action-note" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
    </Form.Item>
  );
  switch (action) {
    case 'refuse':
      return (
        <Form.Item name="reasons" label={t('actionForm.reasons')} rules={required}>
          <Input.TextArea data-testid="action-reasons" autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      );
    case 'request-supplement':
      return (
        <>
          <Form.Item name="items" label={t('actionForm.items')} rules={required}>
            <Input.TextArea data-testid="action-items" autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="reason" label={t('actionForm.reason')} rules={required}>
            <Input.TextArea data-testid="action-reason" autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </>
      );
    case 'handover':
      return (
        <>
          <Form.Item name="stepName" label={t('actionForm.stepName')} rules={required}>
            <Input data-testid="action-step-name" maxLength={300} />
          </Form.Item>
          <Form.Item name="toUnitCode" label={t('actionForm.toUnitCode')}>
            <AutoComplete
              data-testid="action-to-unit"
              options={(units.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
              showSearch={{
                filterOption: (input, o) => `${o?.label ?? ''}`.toLowerCase().includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
          <Form.Item name="toUser" label={t('actionForm.toUser')}>
            <Input data-testid="action-to-user" maxLength={100} />
          </Form.Item>
          {note}
        </>
      );
    case 'withdraw':
    case 'stop':
      return (
        <Form.Item name="reason" label={t('actionForm.reason')} rules={required}>
          <Input.TextArea data-testid="action-reason" autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      );
    case 'resolve':
      return (
        <>
          <Form.Item name="resultCode" label={t('actionForm.resultCode')}>
            <Input data-testid="action-result-code" maxLength={100} />
          </Form.Item>
          {note}
        </>
      );
    case 'return':
      return (
        <Form.Item
          name="method"
          label={t('actionForm.method')}
          rules={[{ required: true, message: t('actionForm.required') }]}
        >
          <Radio.Group
            data-testid="action-method"
            options={RETURN_METHODS.map((m) => ({ value: m, label: t(`returnMethod.${m}`) }))}
          />
        </Form.Item>
      );
    case 'apology':
      return (
        <>
          <Typography.Paragraph type="secondary" data-testid="apology-current-due">
            {t('actionForm.currentDue', { date: formatDateTime(effectiveDueOf(dossier)) })}
          </Typography.Paragraph>
          <TimelyApology until={dossier.apologyTimelyUntil} />
          <Form.Item name="reason" label={t('actionForm.apologyReason')} rules={required}>
            <Input.TextArea data-testid="action-reason" autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item
            name="newDueAt"
            label={t('actionForm.newDueAt')}
            rules={required}
            extra={t('actionForm.newDueHint')}
          >
            <DateTimeField data-testid="action-new-due" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="signer" label={t('actionForm.signer')} rules={required}>
            <Input data-testid="action-signer" maxLength={200} />
          </Form.Item>
        </>
      );
    default:
      return note;
  }
}

/**
 * The deadline of a timely apology (docs/domain/dossiers.md §3.6), as the server computes it
 * (`apologyTimelyUntil`): before it, a reminder that the letter is timely until that day; after it, a warning that
 * the letter will be recorded as late.
 */
export function TimelyApology({ until, today = vnToday() }: { until?: string | null; today?: string }) {
  const { t } = useTranslation();
  if (!until) return null;
  const late = today > until;
  return (
    <Alert
      data-testid="apology-timely-until"
      type={late ? 'warning' : 'info'}
      showIcon
      title={t(late ? 'actionForm.apologyTimelyPassed' : 'actionForm.apologyTimelyUntil', { date: formatDate(until) })}
    />
  );
}
