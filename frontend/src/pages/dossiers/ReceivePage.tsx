import {
  Alert,
  Button,
  Card,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  CHANNELS,
  getDocument,
  previewDueDate,
  previewTime,
  RETURN_METHODS,
  receiveDossier,
  searchCatalogue,
} from '../../api/dossiers';
import type { DossierChannel, DossierView, ReceiveInput, ReturnMethod } from '../../api/dossierTypes';
import { useReceivingPoints } from '../../api/hooks';
import { getProcedure, unitsInScope } from '../../api/procedures';
import type { ProcedureSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { violationsToFields } from '../../components/admin/procedureForm';
import { ButtonLink } from '../../components/ButtonLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PdfPreview, type PdfSource } from '../../components/dossiers/PdfPreview';
import { RequireRoles } from '../../components/RequireRoles';
import { formatDateTime } from '../../format/dateTime';
import { DateTimeField } from '../../components/dates/DateFields';
import { formatProcessingTime } from '../../format/processingTime';
import { dossierPath, navItem } from '../../nav/navItems';
import { WORK_COUNTS_KEY } from '../../components/dashboard/workCounts';

/** Form fields that a server violation (`applicant.phone`, `components[0].name`…) may name. */
export const RECEIVE_FORM_FIELDS = [
  'procedureCode',
  'receivingUnitCode',
  'decidingUnitCode',
  'channel',
  'applicant',
  'content',
  'components',
  'receivedAt',
  'returnMethod',
] as const;

export interface ReceiveFormValues {
  procedureCode?: string;
  receivingUnitCode?: string;
  channel: DossierChannel;
  /** RFC 3339 with +07:00 (the date-time picker, Vietnam time); empty = now. */
  receivedAt?: string;
  applicant: { name?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  content?: string;
  components: { name?: string; copies?: number | null }[];
  returnMethod?: ReturnMethod;
}

const trimmed = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : undefined;
};

/** The `POST /dossiers` body from the desk form: empty optional fields left out, components without a name dropped. */
export function toReceiveInput(v: ReceiveFormValues): ReceiveInput {
  const applicant = {
    name: v.applicant.name?.trim() ?? '',
    phone: v.applicant.phone?.trim() ?? '',
    ...(trimmed(v.applicant.idNumber) ? { idNumber: trimmed(v.applicant.idNumber) } : {}),
    ...(trimmed(v.applicant.email) ? { email: trimmed(v.applicant.email) } : {}),
    ...(trimmed(v.applicant.address) ? { address: trimmed(v.applicant.address) } : {}),
  };
  const input: ReceiveInput = {
    procedureCode: v.procedureCode ?? '',
    receivingUnitCode: v.receivingUnitCode?.trim() ?? '',
    channel: v.channel,
    applicant,
    components: (v.components ?? [])
      .filter((c) => c?.name?.trim())
      .map((c) => ({ name: c.name!.trim(), copies: typeof c.copies === 'number' && c.copies > 0 ? c.copies : 1 })),
  };
  const content = trimmed(v.content);
  if (content) input.content = content;
  if (v.receivedAt) input.receivedAt = v.receivedAt;
  if (v.returnMethod) input.returnMethod = v.returnMethod;
  return input;
}

/** The receiving point preselected for a user of unit `H99.X01`: `H99.X01.MC`. */
export const defaultReceivingUnit = (unit?: string) => (unit ? `${unit}.MC` : undefined);

/** One-stop desk (`/ho-so/tiep-nhan`, officer): receive a dossier, preview its due date, print Mẫu 01. */
export default function ReceivePage() {
  return (
    <RequireRoles item={navItem('dossierReceive')}>
      <ReceiveDesk />
    </RequireRoles>
  );
}

function ReceiveDesk() {
  const [saved, setSaved] = useState<DossierView | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (saved) {
    return (
      <Received
        dossier={saved}
        onAnother={() => {
          setSaved(null);
          setFormKey((k) => k + 1);
        }}
      />
    );
  }
  return <ReceiveForm key={formKey} onSaved={setSaved} />;
}

function ReceiveForm({ onSaved }: { onSaved: (d: DossierView) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReceiveFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ProcedureSummary | null>(null);

  const procedureCode = Form.useWatch('procedureCode', form);
  const receivingUnitCode = Form.useWatch('receivingUnitCode', form);
  const receivedAt: string | undefined = Form.useWatch('receivedAt', form) || undefined;

  const catalogue = useQuery({
    queryKey: ['dossiers', 'catalogue', search, session.user?.username ?? null],
    queryFn: ({ signal }) => searchCatalogue(search, session.token, signal),
    enabled: !session.isLoading,
    staleTime: 60_000,
  });

  const points = useReceivingPoints();
  const userUnit = session.user?.unit;
  const pointOptions = useMemo(() => {
    const list = unitsInScope(points.units, userUnit, false).map((u) => ({
      value: u.code,
      label: `${u.name} (${u.code})`,
    }));
    const def = defaultReceivingUnit(userUnit);
    if (def && !list.some((o) => o.value === def)) list.unshift({ value: def, label: def });
    return list;
  }, [points.units, userUnit]);

  // the procedure's dossier components (procedures service, public) prefill the list
  const details = useQuery({
    queryKey: ['procedures', 'view', procedureCode, 'for-receipt'],
    queryFn: ({ signal }) => getProcedure(procedureCode!, undefined, session.token, signal),
    enabled: !!procedureCode,
    retry: false,
    staleTime: 5 * 60_000,
  });
  useEffect(() => {
    const comps = details.data?.components;
    if (!comps?.length) return;
    const current = (form.getFieldValue('components') ?? []) as ReceiveFormValues['components'];
    if (current.some((c) => c?.name?.trim())) return; // keep what the officer typed
    form.setFieldValue(
      'components',
      comps.map((c) => ({ name: c.name, copies: c.copies || 1 })),
    );
  }, [details.data, form]);

  const due = useQuery({
    queryKey: ['dossiers', 'due-date', procedureCode, receivedAt ?? null, receivingUnitCode ?? null],
    queryFn: ({ signal }) => previewDueDate(procedureCode!, receivedAt, receivingUnitCode, session.token, signal),
    enabled: !!procedureCode && !session.isLoading,
    staleTime: 30_000,
    retry: false,
  });

  const save = useMutation({
    mutationFn: (values: ReceiveFormValues) => receiveDossier(toReceiveInput(values), session.token),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
      void queryClient.invalidateQueries({ queryKey: WORK_COUNTS_KEY });
      onSaved(view);
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, RECEIVE_FORM_FIELDS);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });

  const required = [{ required: true, message: t('receive.required') }];
  const options = (catalogue.data?.items ?? []).map((p) => ({
    value: p.code,
    label: `${p.name} (${p.code})`,
    procedure: p,
  }));
  const preset = params.get('procedure') ?? undefined;
  if (chosen && !options.some((o) => o.value === chosen.code))
    options.unshift({ value: chosen.code, label: `${chosen.name} (${chosen.code})`, procedure: chosen });
  if (preset && !options.some((o) => o.value === preset))
    options.unshift({ value: preset, label: preset, procedure: { code: preset, name: preset } });

  return (
    <Form<ReceiveFormValues>
      form={form}
      layout="vertical"
      data-testid="receive-form"
      initialValues={{
        procedureCode: preset,
        channel: 'DIRECT',
        receivingUnitCode: defaultReceivingUnit(userUnit),
        applicant: {},
        components: [],
      }}
      onFinish={(values) => {
        setError(null);
        save.mutate(values);
      }}
      scrollToFirstError
    >
      <Divider titlePlacement="start">{t('receive.sections.procedure')}</Divider>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Form.Item name="procedureCode" label={t('receive.procedure')} rules={required}>
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              data-testid="receive-procedure"
              placeholder={t('receive.procedureSearch')}
              loading={catalogue.isFetching}
              options={options}
              onChange={(_v, option) => {
                const o = Array.isArray(option) ? option[0] : option;
                setChosen((o as { procedure?: ProcedureSummary } | undefined)?.procedure ?? null);
                form.setFieldValue('components', []);
              }}
              notFoundContent={catalogue.isFetching ? <Spin size="small" /> : t('receive.noProcedure')}
            />
          </Form.Item>
          {chosen?.processingTime && (
            <Typography.Text type="secondary" data-testid="receive-processing-time">
              {t('receive.processingTime')}: {formatProcessingTime(chosen.processingTime, t)}
            </Typography.Text>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Form.Item name="receivingUnitCode" label={t('receive.receivingUnit')} rules={required}>
            <Select
              data-testid="receive-unit"
              showSearch={{ optionFilterProp: 'label' }}
              loading={points.isLoading}
              options={pointOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="channel" label={t('receive.channel')} rules={required}>
            <Radio.Group
              data-testid="receive-channel"
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="receivedAt" label={t('receive.receivedAt')} extra={t('receive.receivedAtHint')}>
            <DateTimeField data-testid="receive-received-at" style={{ width: 240 }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('receive.sections.applicant')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'name']} label={t('receive.applicantName')} rules={required}>
            <Input data-testid="receive-applicant-name" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'idNumber']} label={t('receive.idNumber')}>
            <Input data-testid="receive-applicant-id" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['applicant', 'phone']}
            label={t('receive.phone')}
            rules={[...required, { pattern: /^\+?[0-9 .-]{8,15}$/, message: t('receive.phoneFormat') }]}
          >
            <Input data-testid="receive-applicant-phone" maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['applicant', 'email']}
            label={t('receive.email')}
            rules={[{ type: 'email', message: t('receive.emailFormat') }]}
          >
            <Input data-testid="receive-applicant-email" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="returnMethod" label={t('receive.returnMethod')}>
            <Select
              allowClear
              data-testid="receive-return-method"
              options={RETURN_METHODS.map((m) => ({ value: m, label: t(`returnMethod.${m}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={['applicant', 'address']} label={t('receive.address')}>
            <Input data-testid="receive-applicant-address" maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="content" label={t('receive.content')}>
            <Input.TextArea data-testid="receive-content" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('receive.sections.components')}</Divider>
      {details.data?.components?.length ? (
        <Typography.Paragraph type="secondary">{t('receive.prefilled')}</Typography.Paragraph>
      ) : null}
      <Form.List name="components">
        {(rows, { add, remove }) => (
          <>
            {rows.map(({ key, name }, index) => (
              <Flex key={key} gap="small" align="start" wrap data-testid="receive-component-row">
                <Form.Item name={[name, 'name']} rules={required} style={{ flex: '1 1 240px' }}>
                  <Input
                    placeholder={t('receive.componentName')}
                    aria-label={`${t('receive.componentName')} ${index + 1}`}
                  />
                </Form.Item>
                <Form.Item name={[name, 'copies']}>
                  <InputNumber
                    min={1}
                    step={1}
                    placeholder={t('receive.copies')}
                    style={{ width: 110 }}
                    aria-label={`${t('receive.copies')} ${index + 1}`}
                  />
                </Form.Item>
                <Button
                  data-testid="receive-remove-component"
                  aria-label={`${t('receive.remove')} ${index + 1}`}
                  onClick={() => remove(name)}
                >
                  {t('receive.remove')}
                </Button>
              </Flex>
            ))}
            <Button data-testid="receive-add-component" onClick={() => add({ name: '', copies: 1 })}>
              {t('receive.addComponent')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider />
      <Card size="small" data-testid="due-preview" style={{ marginBottom: 16 }}>
        {!procedureCode && <Typography.Text type="secondary">{t('receive.dueHint')}</Typography.Text>}
        {procedureCode && due.isFetching && <Spin size="small" />}
        {procedureCode && due.isError && <ErrorAlert error={due.error} />}
        {procedureCode && due.data && !due.isFetching && (
          <Space orientation="vertical" size={0}>
            <Typography.Text>
              {t('receive.dueAt')}:{' '}
              <Typography.Text strong data-testid="due-preview-at">
                {formatDateTime(due.data.dueAt)}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="due-preview-detail">
              {t('receive.dueDetail', {
                time: formatProcessingTime(previewTime(due.data), t),
                start: formatDateTime(due.data.clockStartAt),
              })}
            </Typography.Text>
          </Space>
        )}
      </Card>

      {error != null && <ErrorAlert error={error} />}
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="receive-save">
          {t('receive.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function Received({ dossier, onAnother }: { dossier: DossierView; onAnother: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  return (
    <>
      <Result
        status="success"
        title={t('receive.saved')}
        data-testid="receive-done"
        subTitle={
          <Space orientation="vertical" size={0}>
            <span>
              {t('receive.code')}:{' '}
              <Typography.Text strong copyable data-testid="received-code">
                {dossier.code}
              </Typography.Text>
            </span>
            <span>
              {t('receive.dueAt')}: <span data-testid="received-due">{formatDateTime(dossier.dueAt)}</span>
            </span>
          </Space>
        }
        extra={[
          <Button
            key="print"
            type="primary"
            data-testid="print-mau-01"
            onClick={() =>
              setPdf({
                title: t('documentForm.mau-01'),
                fileName: `${dossier.code}-mau-01.pdf`,
                load: () => getDocument(dossier.code, 'mau-01', session.token),
              })
            }
          >
            {t('receive.printReceipt')}
          </Button>,
          <ButtonLink key="open" to={dossierPath(dossier.code)} data-testid="open-dossier">
            {t('receive.openDossier')}
          </ButtonLink>,
          <Button key="another" onClick={onAnother} data-testid="receive-another">
            {t('receive.another')}
          </Button>,
        ]}
      />
      {dossier.status === 'REGISTERED' && <Alert type="info" title={t('receive.registeredHint')} />}
      <PdfPreview source={pdf} onClose={() => setPdf(null)} />
    </>
  );
}
