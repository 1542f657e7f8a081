import {
  App,
  Alert,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAgencies, useFields, useReceivingPoints } from '../../api/hooks';
import { createProcedure, discardDraft, getDraftTagged, getProcedureTagged, saveDraft } from '../../api/procedures';
import type { ProcedureView } from '../../api/types';
import { useSession } from '../../auth/session';
import { formatProcessingTime, sumDurations } from '../../format/processingTime';
import { ErrorAlert } from '../ErrorAlert';
import {
  EMPTY_PROCEDURE,
  PROCEDURE_FORM_FIELDS,
  toFormValues,
  toProcedureInput,
  violationsToFields,
  type ProcedureFormValues,
} from './procedureForm';

export const TIME_UNITS = ['WORKING_DAYS', 'DAYS', 'HOURS', 'MONTHS'] as const;
export const EDITOR_LEVELS = ['PROVINCE', 'COMMUNE'] as const;
const CHANNELS = ['DIRECT', 'ONLINE', 'POSTAL'] as const;
const ONLINE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const;

export type EditorMode = { kind: 'create' } | { kind: 'edit'; code: string };

interface Loaded {
  view: ProcedureView;
  /** Loaded from `GET /draft` (a pending draft exists) rather than from the version in force. */
  fromDraft: boolean;
  /** The procedure's ETag when loaded: sent back as If-Match, so saving over someone else's edit is refused (412). */
  etag?: string;
}

/**
 * Create a procedure (POST, version 1 as draft) or edit its draft (PUT /{code}/draft; for a
 * procedure in force this creates the draft of the next version). Server violations are shown
 * on the fields they name.
 */
export function ProcedureEditor({ mode, onDone }: { mode: EditorMode; onDone: () => void }) {
  const session = useSession();
  const code = mode.kind === 'edit' ? mode.code : undefined;
  const loaded = useQuery({
    queryKey: ['procedures', 'editor', code],
    queryFn: async ({ signal }): Promise<Loaded> => {
      try {
        const draft = await getDraftTagged(code!, session.token, signal);
        return { view: draft.body, fromDraft: true, etag: draft.etag };
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          const current = await getProcedureTagged(code!, session.token, signal);
          return { view: current.body, fromDraft: false, etag: current.etag };
        }
        throw e;
      }
    },
    enabled: !!code,
    staleTime: 0,
    gcTime: 0,
  });
  if (mode.kind === 'create') return <EditorForm onDone={onDone} />;
  if (loaded.isLoading) return <Spin />;
  if (loaded.isError) return <ErrorAlert error={loaded.error} onRetry={() => void loaded.refetch()} />;
  return <EditorForm onDone={onDone} loaded={loaded.data} />;
}

function EditorForm({ loaded, onDone }: { loaded?: Loaded; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProcedureFormValues>();
  const [error, setError] = useState<unknown>(null);
  const fields = useFields();
  const agencies = useAgencies();
  const points = useReceivingPoints();
  const editing = loaded?.view;
  const code = editing?.code;

  const save = useMutation({
    mutationFn: (values: ProcedureFormValues) => {
      const input = toProcedureInput(values);
      return code ? saveDraft(code, input, session.token, loaded?.etag) : createProcedure(input, session.token);
    },
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
      void message.success(
        code ? t('admin.saved', { code: view?.code ?? code }) : t('admin.created', { code: view?.code }),
      );
      onDone();
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, PROCEDURE_FORM_FIELDS);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  const discard = useMutation({
    mutationFn: () => discardDraft(code!, session.token, loaded?.etag),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
      void message.success(t('admin.discarded', { code }));
      onDone();
    },
    onError: setError,
  });

  const required = [{ required: true, message: t('admin.requiredField') }];
  const initialValues = editing ? toFormValues(editing) : EMPTY_PROCEDURE;

  return (
    <Form<ProcedureFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="procedure-editor"
      onFinish={(values) => {
        setError(null);
        save.mutate(values);
      }}
      onFinishFailed={() => setError(null)}
      scrollToFirstError
    >
      {editing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="editor-hint"
          title={
            loaded.fromDraft
              ? t('admin.editDraftHint', { version: editing.version })
              : t('admin.editInForceHint', { version: editing.version + 1 })
          }
        />
      )}

      <Divider titlePlacement="start">{t('admin.sections.general')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="code" label={t('procedure.code')} rules={editing ? [] : required}>
            <Input disabled={!!editing} data-testid="editor-code" maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('procedure.name')} rules={required}>
            <Input data-testid="editor-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="field" label={t('procedure.field')} rules={required}>
            <AutoComplete
              data-testid="editor-field"
              options={(fields.data ?? []).map((f) => ({ value: f.field }))}
              showSearch={{
                filterOption: (input, o) =>
                  String(o?.value ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="levels" label={t('procedure.levels')} rules={required}>
            <Checkbox.Group options={EDITOR_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="decidingAgencyCode" label={t('procedure.agency')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={agencies.units.map((u) => ({ value: u.code, label: u.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="receivingPoints" label={t('procedure.receivingPoints')}>
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={points.units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="channels" label={t('procedure.channels')}>
            <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="onlineLevel" label={t('procedure.onlineLevel')}>
            <Radio.Group options={ONLINE_LEVELS.map((l) => ({ value: l, label: t(`onlineLevel.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="fullOnlineEligible" label={t('procedure.fullOnlineEligible')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('admin.sections.time')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('procedure.processingTime')} required>
            <Space.Compact>
              <Form.Item name={['processingTime', 'value']} noStyle rules={required}>
                <InputNumber min={0} step={1} data-testid="editor-time-value" aria-label={t('admin.timeValue')} />
              </Form.Item>
              <Form.Item name={['processingTime', 'unit']} noStyle rules={required}>
                <Select
                  style={{ width: 150 }}
                  aria-label={t('admin.timeUnit')}
                  options={TIME_UNITS.map((u) => ({ value: u, label: t(`timeUnit.${u}`) }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('procedure.statutoryTime')}>
            <Space.Compact>
              <Form.Item name={['statutoryTime', 'value']} noStyle>
                <InputNumber min={0} step={1} aria-label={t('admin.timeValue')} />
              </Form.Item>
              <Form.Item name={['statutoryTime', 'unit']} noStyle>
                <Select
                  style={{ width: 150 }}
                  aria-label={t('admin.timeUnit')}
                  options={TIME_UNITS.map((u) => ({ value: u, label: t(`timeUnit.${u}`) }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="afternoonCutoff"
            label={t('procedure.afternoonCutoff')}
            rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('admin.cutoffFormat') }]}
          >
            <Input placeholder="16:00" maxLength={5} style={{ width: 120 }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('admin.sections.fees')}</Divider>
      <Form.List name="fees">
        {(rows, { add, remove }) => (
          <>
            {rows.map(({ key, name }) => (
              <Flex key={key} gap="small" align="start" wrap data-testid="editor-fee-row">
                <Form.Item name={[name, 'name']} rules={required} style={{ flex: '2 1 240px' }}>
                  <Input placeholder={t('procedure.feeName')} />
                </Form.Item>
                <Form.Item name={[name, 'amount']} rules={required}>
                  <InputNumber
                    min={0}
                    step={1000}
                    placeholder={t('procedure.amount')}
                    style={{ width: 160 }}
                    suffix="₫"
                  />
                </Form.Item>
                <Form.Item name={[name, 'note']} style={{ flex: '1 1 200px' }}>
                  <Input placeholder={t('procedure.note')} />
                </Form.Item>
                <Button onClick={() => remove(name)}>{t('admin.remove')}</Button>
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({ name: '', amount: 0 })} data-testid="editor-add-fee">
              + {t('admin.add.fee')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider titlePlacement="start">{t('admin.sections.components')}</Divider>
      <Form.List name="components">
        {(rows, { add, remove }) => (
          <>
            {rows.map(({ key, name }) => (
              <Flex key={key} gap="small" align="start" wrap data-testid="editor-component-row">
                <Form.Item name={[name, 'name']} rules={required} style={{ flex: '2 1 260px' }}>
                  <Input placeholder={t('procedure.componentName')} />
                </Form.Item>
                <Form.Item name={[name, 'copies']} rules={required}>
                  <InputNumber min={1} placeholder={t('procedure.copies')} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[name, 'required']} valuePropName="checked">
                  <Checkbox>{t('procedure.required')}</Checkbox>
                </Form.Item>
                <Form.Item name={[name, 'form']} style={{ flex: '1 1 160px' }}>
                  <Input placeholder={t('procedure.form')} />
                </Form.Item>
                <Button onClick={() => remove(name)}>{t('admin.remove')}</Button>
              </Flex>
            ))}
            <Button
              type="dashed"
              onClick={() => add({ name: '', copies: 1, required: true })}
              data-testid="editor-add-component"
            >
              + {t('admin.add.component')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider titlePlacement="start">{t('admin.sections.steps')}</Divider>
      <TextList name="steps" addLabel={t('admin.add.step')} numbered textarea />

      <Divider titlePlacement="start">{t('admin.sections.other')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="applicants" label={t('procedure.applicants')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="resultType" label={t('procedure.resultType')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="paperResultRequired" label={t('procedure.paperResultRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="conditions" label={t('procedure.conditions')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('admin.sections.legalBasis')}</Divider>
      <TextList name="legalBasis" addLabel={t('admin.add.legalBasis')} />

      <Divider titlePlacement="start">{t('admin.sections.internalSteps')}</Divider>
      <Form.List name="internalSteps">
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map(({ key, name }, i) => (
              <Flex key={key} gap="small" align="start" wrap data-testid="editor-internal-row">
                <Typography.Text style={{ width: 24, lineHeight: '32px' }}>{i + 1}.</Typography.Text>
                <Form.Item name={[name, 'name']} rules={required} style={{ flex: '2 1 240px' }}>
                  <Input placeholder={t('procedure.stepName')} />
                </Form.Item>
                <Form.Item name={[name, 'actor']} rules={required} style={{ flex: '1 1 180px' }}>
                  <Input placeholder={t('procedure.actor')} />
                </Form.Item>
                <Form.Item name={[name, 'duration']} rules={required}>
                  <InputNumber min={0} step={1} placeholder={t('procedure.duration')} style={{ width: 120 }} />
                </Form.Item>
                <Button onClick={() => remove(name)}>{t('admin.remove')}</Button>
              </Flex>
            ))}
            <Button
              type="dashed"
              onClick={() => add({ name: '', actor: '', duration: undefined })}
              data-testid="editor-add-internal"
            >
              + {t('admin.add.internalStep')}
            </Button>
            <Form.ErrorList errors={errors} />
            <InternalSum form={form} />
          </>
        )}
      </Form.List>

      {error != null && (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <Flex gap="small" justify="end" style={{ marginTop: 24 }} wrap>
        {loaded?.fromDraft && (
          <Popconfirm title={t('admin.discardConfirm')} onConfirm={() => discard.mutate()}>
            <Button danger loading={discard.isPending} data-testid="editor-discard">
              {t('admin.discard')}
            </Button>
          </Popconfirm>
        )}
        <Button onClick={onDone}>{t('admin.close')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="editor-save">
          {editing ? t('admin.save') : t('admin.saveNew')}
        </Button>
      </Flex>
    </Form>
  );
}

/** A dynamic list of texts (steps, legal basis). */
function TextList({
  name,
  addLabel,
  numbered,
  textarea,
}: {
  name: string;
  addLabel: string;
  numbered?: boolean;
  textarea?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map(({ key, name: index }, i) => (
            <Flex key={key} gap="small" align="start" data-testid={`editor-${name}-row`}>
              {numbered && <Typography.Text style={{ width: 24, lineHeight: '32px' }}>{i + 1}.</Typography.Text>}
              <Form.Item
                name={index}
                style={{ flex: 1 }}
                rules={[{ required: true, whitespace: true, message: t('admin.requiredField') }]}
              >
                {textarea ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} /> : <Input />}
              </Form.Item>
              <Button onClick={() => remove(index)}>{t('admin.remove')}</Button>
            </Flex>
          ))}
          <Button type="dashed" onClick={() => add('')}>
            + {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** "Tổng thời gian các bước: 3 ngày làm việc — thời hạn giải quyết: 3 ngày làm việc", live. */
export function InternalSum({ form }: { form: FormInstance<ProcedureFormValues> }) {
  const { t } = useTranslation();
  const steps = Form.useWatch('internalSteps', form);
  const time = Form.useWatch('processingTime', form);
  if (!steps?.length) return null;
  const unit = time?.unit ?? 'WORKING_DAYS';
  const sum = sumDurations(steps);
  const total = typeof time?.value === 'number' ? time.value : undefined;
  const ok = total !== undefined && Math.abs(sum - total) < 1e-9;
  return (
    <Alert
      style={{ marginTop: 12 }}
      type={ok ? 'success' : 'warning'}
      showIcon
      data-testid="internal-sum"
      data-ok={ok}
      title={t('admin.internalSum', {
        sum: formatProcessingTime({ value: sum, unit }, t),
        total: total === undefined ? '—' : formatProcessingTime({ value: total, unit }, t),
      })}
      description={ok ? t('admin.internalSumOk') : t('admin.internalSumMismatch')}
    />
  );
}
