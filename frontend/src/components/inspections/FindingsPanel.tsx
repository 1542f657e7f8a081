import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  acceptsFindings,
  createFinding,
  deleteFinding,
  FINDING_KINDS,
  formatFigure,
  updateFinding,
  uploadFindingDocument,
  type ChecklistGroup,
  type FindingInput,
  type FindingKind,
  type FindingView,
  type InspectionView,
} from '../../api/inspections';
import { violationsToFields } from '../admin/procedureForm';
import { formatDateTime } from '../../format/dateTime';
import { ErrorAlert } from '../ErrorAlert';
import { DocumentLinks } from './DocumentLinks';
import { SourceName } from './EvidencePanel';
import { FileButton } from './FileButton';
import { useInspectionSession } from './useInspectionSession';

const FINDING_FIELDS = ['kind', 'groupCode', 'itemId', 'text', 'figures'] as const;

interface Values {
  kind: FindingKind;
  groupCode?: string;
  itemId?: number | null;
  text?: string;
  figures?: { label?: string; value?: number; unit?: string }[];
}

/** The findings (strengths and weaknesses) with their figures and documents; add/edit/delete/attach for the inspector. */
export function FindingsPanel({
  inspection,
  findings,
  groups,
  loading,
  error,
  onRetry,
}: {
  inspection: InspectionView;
  findings: readonly FindingView[];
  groups: readonly ChecklistGroup[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<FindingView | 'new' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const writable = s.rights.manage && acceptsFindings(inspection.status);

  const groupName = (code: string) => groups.find((g) => g.code === code)?.nameVi ?? code;
  const itemText = (code: string, id?: number | null) =>
    groups.find((g) => g.code === code)?.items.find((i) => i.itemId === id)?.textVi;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['inspections'] });

  const remove = useMutation({
    mutationFn: (f: FindingView) => deleteFinding(inspection.id, f.id, s.token),
    onSuccess: () => {
      setActionError(null);
      refresh();
      void message.success(t('inspections.findings.deleted'));
    },
    onError: setActionError,
  });
  const upload = useMutation({
    mutationFn: ({ f, file }: { f: FindingView; file: File }) =>
      uploadFindingDocument(inspection.id, f.id, file, s.token),
    onSuccess: (d) => {
      setActionError(null);
      refresh();
      void message.success(t('inspections.findings.uploaded', { name: d.filename }));
    },
    onError: setActionError,
  });

  const sorted = [...findings].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'STRENGTH' ? -1 : 1));

  return (
    <Card
      size="small"
      title={t('inspections.findings.title')}
      data-testid="findings-panel"
      loading={loading}
      extra={
        writable && (
          <Button type="primary" data-testid="finding-add" onClick={() => setEditing('new')}>
            {t('inspections.findings.add')}
          </Button>
        )
      }
    >
      {error != null && <ErrorAlert error={error} onRetry={onRetry} />}
      {actionError != null && <ErrorAlert error={actionError} />}
      {!sorted.length && !error && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.findings.empty')} />
      )}
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {sorted.map((f) => (
          <Card key={f.id} size="small" type="inner" data-testid="finding" data-kind={f.kind} data-id={f.id}>
            <Flex justify="space-between" wrap gap="small">
              <Space wrap size={4}>
                <Tag color={f.kind === 'STRENGTH' ? 'green' : 'volcano'} data-testid="finding-kind">
                  {t(`inspections.kind.${f.kind}`, { defaultValue: f.kind })}
                </Tag>
                <Typography.Text strong>{groupName(f.groupCode)}</Typography.Text>
                {f.itemId != null && (
                  <Typography.Text type="secondary">· {itemText(f.groupCode, f.itemId) ?? f.itemId}</Typography.Text>
                )}
              </Space>
              {writable && (
                <Space size={4}>
                  <Button size="small" data-testid="finding-edit" onClick={() => setEditing(f)}>
                    {t('inspections.edit')}
                  </Button>
                  <FileButton
                    label={t('inspections.findings.upload')}
                    testId="finding-upload"
                    loading={upload.isPending && upload.variables?.f.id === f.id}
                    onFile={(file) => upload.mutate({ f, file })}
                  />
                  <Popconfirm
                    title={t('inspections.findings.deleteConfirm')}
                    onConfirm={() => remove.mutate(f)}
                    okButtonProps={{ 'data-testid': 'finding-delete-ok' } as ButtonProps}
                  >
                    <Button size="small" danger data-testid="finding-delete">
                      {t('inspections.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              )}
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0' }} data-testid="finding-text">
              {f.text}
            </Typography.Paragraph>
            {f.figures.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="finding-figures">
                {f.figures.map((fig, i) => (
                  <li key={`${fig.key}-${i}`} data-testid="finding-figure" data-key={fig.key}>
                    {fig.label}: <strong>{formatFigure(fig)}</strong>{' '}
                    <Typography.Text type="secondary">
                      ({t('inspections.evidence.source')}: <SourceName source={fig.source} />,{' '}
                      {t('inspections.evidence.updatedAt').toLowerCase()} {formatDateTime(fig.asOf)})
                    </Typography.Text>
                    {fig.detail && (
                      <div>
                        <Typography.Text type="secondary">{fig.detail}</Typography.Text>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <DocumentLinks inspectionId={inspection.id} documents={f.documents ?? []} token={s.token} />
          </Card>
        ))}
      </Space>
      <FindingModal
        inspection={inspection}
        groups={groups}
        editing={editing}
        onClose={() => setEditing(null)}
        onDone={refresh}
      />
    </Card>
  );
}

function FindingModal({
  inspection,
  groups,
  editing,
  onClose,
  onDone,
}: {
  inspection: InspectionView;
  groups: readonly ChecklistGroup[];
  editing: FindingView | 'new' | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const groupCode = Form.useWatch('groupCode', form);
  const isNew = editing === 'new';

  const save = useMutation({
    mutationFn: (v: Values) => {
      const input: FindingInput = {
        kind: v.kind,
        groupCode: v.groupCode!,
        itemId: v.itemId ?? null,
        text: (v.text ?? '').trim(),
      };
      if (isNew) {
        const figures = (v.figures ?? [])
          .filter((f) => f.label?.trim() && typeof f.value === 'number')
          .map((f, i) => ({
            key: `manual.${i + 1}`,
            label: f.label!.trim(),
            value: f.value!,
            unit: f.unit?.trim() || null,
            source: 'manual',
          }));
        return createFinding(inspection.id, figures.length ? { ...input, figures } : input, s.token);
      }
      return updateFinding(inspection.id, (editing as FindingView).id, input, s.token);
    },
    onSuccess: () => {
      setError(null);
      onDone();
      onClose();
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fields = violationsToFields(e.problem?.violations, FINDING_FIELDS);
        if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
    },
  });

  const close = () => {
    setError(null);
    save.reset();
    onClose();
  };
  const items = groups.find((g) => g.code === groupCode)?.items ?? [];
  const required = [{ required: true, message: t('inspections.required') }];
  const initial: Values =
    editing && editing !== 'new'
      ? {
          kind: editing.kind as FindingKind,
          groupCode: editing.groupCode,
          itemId: editing.itemId ?? undefined,
          text: editing.text,
        }
      : { kind: 'WEAKNESS', groupCode: groups[0]?.code };

  return (
    <Modal
      open={!!editing}
      title={isNew ? t('inspections.findings.add') : t('inspections.findings.editTitle')}
      onCancel={close}
      okText={t('inspections.save')}
      cancelText={t('inspections.cancel')}
      okButtonProps={{ 'data-testid': 'finding-submit', loading: save.isPending } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
      width={720}
    >
      {editing && (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          data-testid="finding-form"
          initialValues={initial}
          onFinish={(v) => {
            setError(null);
            save.mutate(v);
          }}
        >
          <Form.Item name="kind" label={t('inspections.findings.kind')} rules={required}>
            <Radio.Group
              data-testid="finding-kind-input"
              options={FINDING_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="groupCode" label={t('inspections.findings.group')} rules={required}>
            <Select
              data-testid="finding-group"
              options={groups.map((g) => ({ value: g.code, label: g.nameVi }))}
              onChange={() => form.setFieldValue('itemId', undefined)}
            />
          </Form.Item>
          <Form.Item name="itemId" label={t('inspections.findings.item')}>
            <Select
              allowClear
              data-testid="finding-item"
              options={items.map((i) => ({ value: i.itemId, label: i.textVi }))}
            />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('inspections.findings.text')}
            rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
          >
            <Input.TextArea data-testid="finding-text-input" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
          {isNew && (
            <Form.List name="figures">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text>{t('inspections.findings.figures')}</Typography.Text>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'label']} rules={required} style={{ marginBottom: 0 }}>
                        <Input
                          placeholder={t('inspections.evidence.figure')}
                          data-testid="figure-label"
                          style={{ width: 280 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'value']} rules={required} style={{ marginBottom: 0 }}>
                        <InputNumber
                          placeholder={t('inspections.evidence.value')}
                          data-testid="figure-number"
                          style={{ width: 120 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unit']} style={{ marginBottom: 0 }}>
                        <Input placeholder="%" data-testid="figure-unit" style={{ width: 90 }} />
                      </Form.Item>
                      <Button size="small" onClick={() => remove(field.name)}>
                        {t('inspections.delete')}
                      </Button>
                    </Space>
                  ))}
                  <Button size="small" data-testid="figure-add" onClick={() => add({})}>
                    + {t('inspections.findings.figures')}
                  </Button>
                </Space>
              )}
            </Form.List>
          )}
          {error != null && (
            <div style={{ marginTop: 12 }}>
              <ErrorAlert error={error} />
            </div>
          )}
        </Form>
      )}
    </Modal>
  );
}
