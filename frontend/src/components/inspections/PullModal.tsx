import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  acceptsFindings,
  createFinding,
  FINDING_KINDS,
  findingDefaults,
  formatFigure,
  pullFigure,
  type ChecklistGroup,
  type FigureView,
  type FindingKind,
  type FindingView,
  type InspectionView,
} from '../../api/inspections';
import { ErrorAlert } from '../ErrorAlert';
import { useInspectionSession } from './useInspectionSession';

const NEW = '__new__';

interface Values {
  target: string;
  kind: FindingKind;
  groupCode?: string;
  itemId?: number;
  text?: string;
}

/**
 * "Đưa vào phát hiện": stores one evidence figure (value, source, as-of) in an existing finding
 * (`POST …/findings/{fid}/figures {key, asOf}`) or in a new one (`POST …/findings` with `evidenceKeys`).
 */
export function PullModal({
  inspection,
  figure,
  asOf,
  findings,
  groups,
  onClose,
}: {
  inspection: InspectionView;
  figure: FigureView | null;
  asOf?: string;
  findings: readonly FindingView[];
  groups: readonly ChecklistGroup[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const target = Form.useWatch('target', form);
  const groupCode = Form.useWatch('groupCode', form);

  const run = useMutation({
    mutationFn: async (v: Values) => {
      const key = figure!.key;
      if (v.target !== NEW) return pullFigure(inspection.id, v.target, key, asOf, s.token);
      const base = { kind: v.kind, groupCode: v.groupCode!, itemId: v.itemId ?? null, text: v.text!.trim() };
      if (!asOf) return createFinding(inspection.id, { ...base, evidenceKeys: [key] }, s.token);
      // a figure as of another date than the inspection's: create, then pull it as of that date
      const created = await createFinding(inspection.id, base, s.token);
      return pullFigure(inspection.id, created.id, key, asOf, s.token);
    },
    onSuccess: () => {
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.pull.done'));
      onClose();
    },
    onError: setError,
  });

  const close = () => {
    setError(null);
    run.reset();
    onClose();
  };
  const items = groups.find((g) => g.code === groupCode)?.items ?? [];
  const label = (f: FindingView) =>
    `${t(`inspections.kind.${f.kind}`, { defaultValue: f.kind })} · ${f.text.slice(0, 80)}`;

  return (
    <Modal
      open={!!figure}
      title={t('inspections.pull.title')}
      onCancel={close}
      okText={t('inspections.evidence.pull')}
      cancelText={t('inspections.cancel')}
      okButtonProps={
        {
          'data-testid': 'pull-submit',
          loading: run.isPending,
          disabled: !acceptsFindings(inspection.status),
        } as ButtonProps
      }
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      {figure && (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          data-testid="pull-form"
          initialValues={{
            target: findings[0]?.id ?? NEW,
            kind: 'WEAKNESS',
            ...findingDefaults(figure.key, groups),
            text: `${figure.label}: ${formatFigure(figure, i18n.language)}`,
          }}
          onFinish={(v) => {
            setError(null);
            run.mutate(v);
          }}
        >
          <Typography.Paragraph data-testid="pull-figure">
            {t('inspections.pull.figure')}: <strong>{figure.label}</strong> — {formatFigure(figure, i18n.language)}
          </Typography.Paragraph>
          {!acceptsFindings(inspection.status) && (
            <Typography.Paragraph type="warning">{t('inspections.pull.notWritable')}</Typography.Paragraph>
          )}
          <Form.Item
            name="target"
            label={t('inspections.pull.target')}
            rules={[{ required: true, message: t('inspections.required') }]}
          >
            <Select
              data-testid="pull-target"
              options={[
                { value: NEW, label: t('inspections.pull.newFinding') },
                ...findings.map((f) => ({ value: f.id, label: label(f) })),
              ]}
            />
          </Form.Item>
          {target === NEW && (
            <>
              <Form.Item name="kind" label={t('inspections.findings.kind')}>
                <Radio.Group
                  data-testid="pull-kind"
                  options={FINDING_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="groupCode"
                label={t('inspections.findings.group')}
                rules={[{ required: true, message: t('inspections.required') }]}
              >
                <Select
                  data-testid="pull-group"
                  options={groups.map((g) => ({ value: g.code, label: g.nameVi }))}
                  onChange={() => form.setFieldValue('itemId', undefined)}
                />
              </Form.Item>
              <Form.Item name="itemId" label={t('inspections.findings.item')}>
                <Select
                  allowClear
                  data-testid="pull-item"
                  options={items.map((i) => ({ value: i.itemId, label: i.textVi }))}
                />
              </Form.Item>
              <Form.Item
                name="text"
                label={t('inspections.findings.text')}
                rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
              >
                <Input.TextArea data-testid="pull-text" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={20000} />
              </Form.Item>
            </>
          )}
          {error != null && <ErrorAlert error={error} />}
        </Form>
      )}
    </Modal>
  );
}
