import { App, Button, Card, Col, Form, Input, Modal, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import type { ButtonProps, TablePaginationConfig } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  acceptsRemediation,
  completeRemediation,
  createRemediation,
  inspectionPath,
  remediationActions,
  remediationRowClass,
  reportRemediation,
  returnRemediation,
  uploadRemediationDocument,
  type InspectionView,
  type RemediationInput,
  type RemediationView,
} from '../../api/inspections';
import { violationsToFields } from '../admin/procedureForm';
import { formatDateTime } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { ErrorAlert } from '../ErrorAlert';
import { DocumentLinks } from './DocumentLinks';
import { FileButton } from './FileButton';
import { useInspectionSession } from './useInspectionSession';
import { DateField } from '../dates/DateFields';

const STATUS_COLOR: Record<string, string> = { OPEN: 'blue', REPORTED: 'gold', COMPLETED: 'green' };

type TextAction = { kind: 'report' | 'return'; row: RemediationView };

/**
 * Remediation items with overdue rows in red; the leader of the responsible unit reports and uploads
 * evidence, the inspector accepts (complete) or returns a report. `showUnit`: the plan's tracker.
 */
export function RemediationTable({
  rows,
  loading,
  showUnit,
  pagination,
}: {
  rows: readonly RemediationView[];
  loading?: boolean;
  showUnit?: boolean;
  /** Paging driven by the server; without it the rows given are all there is. */
  pagination?: TablePaginationConfig;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [text, setText] = useState<TextAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const actionName = (a: string) => t(`inspections.remediation.actions.${a}`);
  const done = (a: string) => {
    setError(null);
    void queryClient.invalidateQueries({ queryKey: ['inspections'] });
    void message.success(t('inspections.remediation.done', { action: actionName(a) }));
  };

  const complete = useMutation({
    mutationFn: (r: RemediationView) => completeRemediation(r.inspectionId, r.id, s.token),
    onSuccess: () => done('complete'),
    onError: setError,
  });
  const upload = useMutation({
    mutationFn: ({ r, file }: { r: RemediationView; file: File }) =>
      uploadRemediationDocument(r.inspectionId, r.id, file, s.token),
    onSuccess: () => done('upload'),
    onError: setError,
  });

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space size="small">
        <span className="legend-swatch dossier-row-overdue" aria-hidden />
        <Typography.Text type="secondary">{t('inspections.remediation.legendOverdue')}</Typography.Text>
      </Space>
      {error != null && <ErrorAlert error={error} />}
      <Table<RemediationView>
        data-testid="remediation-table"
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={[...rows]}
        pagination={pagination ?? (rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false)}
        rowClassName={remediationRowClass}
        onRow={(r) =>
          ({
            'data-overdue': r.overdue ? 'true' : 'false',
            'data-status': r.status,
          }) as React.HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: t('inspections.remediation.empty') }}
        scroll={{ x: 1000 }}
        columns={[
          ...(showUnit
            ? [
                {
                  key: 'unit',
                  title: t('inspections.remediation.unit'),
                  width: 180,
                  render: (_: unknown, r: RemediationView) => (
                    <Link to={inspectionPath(r.inspectionId, 'remediation')}>{r.unitName ?? r.inspectionId}</Link>
                  ),
                },
              ]
            : []),
          {
            key: 'requirement',
            title: t('inspections.remediation.requirement'),
            render: (_, r) => (
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="remediation-requirement">
                {r.requirement}
              </span>
            ),
          },
          {
            key: 'responsible',
            dataIndex: 'responsibleUnitCode',
            title: t('inspections.remediation.responsibleUnit'),
            width: 140,
          },
          {
            key: 'deadline',
            title: t('inspections.remediation.deadline'),
            width: 110,
            render: (_, r) => <span data-testid="remediation-deadline">{formatDate(r.deadline)}</span>,
          },
          {
            key: 'status',
            title: t('inspections.remediation.status'),
            width: 170,
            render: (_, r) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLOR[r.status] ?? 'default'} data-testid="remediation-status">
                  {t(`inspections.remediation.statusName.${r.status}`, { defaultValue: r.status })}
                </Tag>
                {r.overdue && (
                  <Tag color="red" data-testid="remediation-overdue">
                    {t('inspections.remediation.overdue')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            key: 'report',
            title: t('inspections.remediation.report'),
            width: 260,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                {r.report && (
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="remediation-report">
                    {r.report}
                  </span>
                )}
                {r.reportedBy && (
                  <Typography.Text type="secondary">
                    {t('inspections.remediation.reportedBy', { user: r.reportedBy, at: formatDateTime(r.reportedAt) })}
                  </Typography.Text>
                )}
                {r.returnReason && r.status === 'OPEN' && (
                  <Typography.Text type="warning" data-testid="remediation-return-reason">
                    {t('inspections.remediation.returnReason')}: {r.returnReason}
                  </Typography.Text>
                )}
                <DocumentLinks inspectionId={r.inspectionId} documents={r.documents ?? []} token={s.token} />
              </Space>
            ),
          },
          {
            key: 'actions',
            title: '',
            width: 200,
            render: (_, r) => {
              const actions = remediationActions(r, s.roles);
              return (
                <Space orientation="vertical" size={4}>
                  {actions.includes('report') && (
                    <Button
                      size="small"
                      type="primary"
                      data-testid="remediation-report-btn"
                      onClick={() => setText({ kind: 'report', row: r })}
                    >
                      {actionName('report')}
                    </Button>
                  )}
                  {s.rights.unit && r.status !== 'COMPLETED' && (
                    <FileButton
                      label={actionName('upload')}
                      testId="remediation-upload"
                      loading={upload.isPending && upload.variables?.r.id === r.id}
                      onFile={(file) => upload.mutate({ r, file })}
                    />
                  )}
                  {actions.includes('complete') && (
                    <Popconfirm
                      title={actionName('complete')}
                      onConfirm={() => complete.mutate(r)}
                      okButtonProps={{ 'data-testid': 'remediation-complete-ok' } as ButtonProps}
                    >
                      <Button
                        size="small"
                        type="primary"
                        data-testid="remediation-complete"
                        loading={complete.isPending && complete.variables?.id === r.id}
                      >
                        {actionName('complete')}
                      </Button>
                    </Popconfirm>
                  )}
                  {actions.includes('return') && (
                    <Button
                      size="small"
                      danger
                      data-testid="remediation-return"
                      onClick={() => setText({ kind: 'return', row: r })}
                    >
                      {actionName('return')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <TextActionModal action={text} onClose={() => setText(null)} onDone={done} />
    </Space>
  );
}

/** Report (leader) or return with a reason (inspector). */
function TextActionModal({
  action,
  onClose,
  onDone,
}: {
  action: TextAction | null;
  onClose: () => void;
  onDone: (a: string) => void;
}) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [form] = Form.useForm<{ text: string }>();
  const [error, setError] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: ({ a, text }: { a: TextAction; text: string }) =>
      a.kind === 'report'
        ? reportRemediation(a.row.inspectionId, a.row.id, text, s.token)
        : returnRemediation(a.row.inspectionId, a.row.id, text, s.token),
    onSuccess: (_, { a }) => {
      setError(null);
      onDone(a.kind);
      onClose();
    },
    onError: setError,
  });
  const close = () => {
    setError(null);
    run.reset();
    onClose();
  };
  return (
    <Modal
      open={!!action}
      title={action ? t(`inspections.remediation.actions.${action.kind}`) : undefined}
      onCancel={close}
      okText={t('inspections.save')}
      cancelText={t('inspections.cancel')}
      okButtonProps={{ 'data-testid': 'remediation-text-submit', loading: run.isPending } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {action && (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => run.mutate({ a: action, text: v.text.trim() })}
        >
          <Typography.Paragraph type="secondary">{action.row.requirement}</Typography.Paragraph>
          <Form.Item
            name="text"
            label={action.kind === 'report' ? t('inspections.remediation.report') : t('inspections.remediation.reason')}
            rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
          >
            <Input.TextArea
              data-testid="remediation-text"
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={action.kind === 'report' ? 20000 : 4000}
            />
          </Form.Item>
          {error != null && <ErrorAlert error={error} />}
        </Form>
      )}
    </Modal>
  );
}

/** The inspection's remediation: the add form for the inspector (after the visit) and the table. */
export function RemediationPanel({
  inspection,
  rows,
  loading,
  error,
  onRetry,
}: {
  inspection: InspectionView;
  rows: readonly RemediationView[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RemediationInput>();
  const [addError, setAddError] = useState<unknown>(null);
  const add = useMutation({
    mutationFn: (v: RemediationInput) =>
      createRemediation(
        inspection.id,
        {
          requirement: v.requirement.trim(),
          responsibleUnitCode: v.responsibleUnitCode?.trim() || null,
          deadline: v.deadline || null,
        },
        s.token,
      ),
    onSuccess: () => {
      setAddError(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.remediation.added'));
    },
    onError: (e) => {
      setAddError(e);
      if (e instanceof ApiError) {
        const fields = violationsToFields(e.problem?.violations, ['requirement', 'responsibleUnitCode', 'deadline']);
        if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  return (
    <Card size="small" title={t('inspections.remediation.title')} data-testid="remediation-panel">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {s.rights.manage && acceptsRemediation(inspection.status) && (
          <Form<RemediationInput>
            form={form}
            layout="vertical"
            data-testid="remediation-form"
            onFinish={(v) => add.mutate(v)}
          >
            <Form.Item
              name="requirement"
              label={t('inspections.remediation.requirement')}
              rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
            >
              <Input.TextArea
                data-testid="remediation-requirement-input"
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={4000}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="responsibleUnitCode"
                  label={t('inspections.remediation.responsibleUnit')}
                  extra={t('inspections.remediation.responsibleHint')}
                >
                  <Input data-testid="remediation-unit-input" placeholder={inspection.unitCode} maxLength={64} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="deadline"
                  label={t('inspections.remediation.deadline')}
                  extra={t('inspections.remediation.deadlineHint')}
                >
                  <DateField data-testid="remediation-deadline-input" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8} style={{ display: 'flex', alignItems: 'center' }}>
                <Button type="primary" htmlType="submit" data-testid="remediation-add" loading={add.isPending}>
                  {t('inspections.remediation.add')}
                </Button>
              </Col>
            </Row>
            {addError != null && <ErrorAlert error={addError} />}
          </Form>
        )}
        {error != null && <ErrorAlert error={error} onRetry={onRetry} />}
        <RemediationTable rows={rows} loading={loading} />
      </Space>
    </Card>
  );
}
