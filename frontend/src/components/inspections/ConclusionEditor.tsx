import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  getConclusion,
  getConclusionPdf,
  issueConclusion,
  saveConclusion,
  type ConclusionInput,
  type ConclusionView,
  type FindingView,
  type InspectionView,
} from '../../api/inspections';
import { violationsToFields } from '../admin/procedureForm';
import { formatDateTime, vnToday } from '../../format/dateTime';
import { formatDate } from '../../format/values';
import { PdfPreview, type PdfSource } from '../dossiers/PdfPreview';
import { ErrorAlert } from '../ErrorAlert';
import { useInspectionSession } from './useInspectionSession';
import { DateField } from '../dates/DateFields';

/** The body of `PUT /conclusion`: every field, empty ones as null (the draft is replaced). */
export function conclusionBody(v: ConclusionInput): ConclusionInput {
  const text = (x?: string | null) => (x && x.trim() ? x.trim() : null);
  return {
    number: text(v.number),
    noticeDate: v.noticeDate || null,
    signer: text(v.signer),
    signerTitle: text(v.signerTitle),
    strengths: text(v.strengths),
    shortcomings: text(v.shortcomings),
    requests: text(v.requests),
  };
}

const CONCLUSION_FIELDS = [
  'number',
  'noticeDate',
  'signer',
  'signerTitle',
  'strengths',
  'shortcomings',
  'requests',
] as const;

/** The findings' texts of one kind, one per line, as a draft of the notice's section. */
export function draftFromFindings(findings: readonly FindingView[], kind: 'STRENGTH' | 'WEAKNESS'): string {
  return findings
    .filter((f) => f.kind === kind)
    .map((f) => `- ${f.text.trim()}`)
    .join('\n');
}

/**
 * Thông báo kết luận kiểm tra: the draft (number, date, signer, strengths, shortcomings, requests),
 * its due date with a warning when late, the PDF preview, and "Ban hành". Read-only for the unit,
 * which sees only the issued notice.
 */
export function ConclusionEditor({
  inspection,
  findings,
}: {
  inspection: InspectionView;
  findings: readonly FindingView[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ConclusionInput>();
  const [error, setError] = useState<unknown>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const key = ['inspections', 'conclusion', inspection.id, s.username];

  const conclusion = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getConclusion(inspection.id, s.token, signal),
    enabled: s.ready,
  });
  const c = conclusion.data;
  const editable = s.rights.manage && inspection.status === 'ENDED' && !c?.issued;

  const onError = (e: unknown) => {
    setError(e);
    if (e instanceof ApiError) {
      const fields = violationsToFields(e.problem?.violations, CONCLUSION_FIELDS);
      if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    }
  };
  const saved = (view: ConclusionView) => {
    setError(null);
    queryClient.setQueryData(key, view);
    void queryClient.invalidateQueries({ queryKey: ['inspections'] });
  };

  const save = useMutation({
    mutationFn: (v: ConclusionInput) => saveConclusion(inspection.id, conclusionBody(v), s.token),
    onSuccess: (view) => {
      saved(view);
      void message.success(t('inspections.conclusion.saved'));
    },
    onError,
  });
  // the form as shown is saved first, so that what is issued is what the inspector sees
  const issue = useMutation({
    mutationFn: async () => {
      const v = await form.validateFields();
      await saveConclusion(inspection.id, conclusionBody(v), s.token);
      return issueConclusion(inspection.id, s.token);
    },
    onSuccess: (view) => {
      saved(view);
      void message.success(t('inspections.conclusion.issuedDone'));
    },
    onError: (e) => {
      if (e && typeof e === 'object' && 'errorFields' in e) return; // form validation: shown on the fields
      onError(e);
    },
  });

  const openPdf = () =>
    setPdf({
      title: t('inspections.conclusion.pdfTitle', { unit: inspection.unitName ?? inspection.unitCode }),
      fileName: `thong-bao-ket-luan-${inspection.unitCode}.pdf`,
      load: () => getConclusionPdf(inspection.id, s.token),
    });

  const due = c?.dueDate ?? inspection.conclusionDue;
  const late = c ? c.late : inspection.conclusionLate;
  const required = [{ required: true, whitespace: true, message: t('inspections.required') }];

  return (
    <Card
      size="small"
      title={t('inspections.conclusion.title')}
      data-testid="conclusion-panel"
      loading={conclusion.isLoading}
      extra={
        c && (
          <Tag color={c.issued ? 'green' : 'default'} data-testid="conclusion-state" data-issued={String(c.issued)}>
            {c.issued
              ? t('inspections.conclusion.issued', { date: formatDate(c.noticeDate) })
              : t('inspections.conclusion.draft')}
          </Tag>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {due && !late && (
          <Typography.Text data-testid="conclusion-due">
            {t('inspections.conclusion.dueDate', { date: formatDate(due) })}
          </Typography.Text>
        )}
        {due && late && (
          <Alert
            type="error"
            showIcon
            data-testid="conclusion-late"
            title={t('inspections.conclusion.late', { date: formatDate(due) })}
          />
        )}
        {conclusion.isError && <ErrorAlert error={conclusion.error} onRetry={() => void conclusion.refetch()} />}
        {error != null && <ErrorAlert error={error} />}
        {c === null && !editable && (
          <Typography.Text type="secondary" data-testid="conclusion-none">
            {s.rights.manage && inspection.status !== 'ENDED' && inspection.status !== 'CONCLUDED'
              ? t('inspections.conclusion.notEnded')
              : t('inspections.conclusion.notYet')}
          </Typography.Text>
        )}
        {c && !editable && <ConclusionText c={c} />}
        {editable && conclusion.isSuccess && (
          <Form<ConclusionInput>
            form={form}
            layout="vertical"
            data-testid="conclusion-form"
            initialValues={{
              number: c?.number ?? undefined,
              noticeDate: c?.noticeDate ?? vnToday(),
              signer: c?.signer ?? undefined,
              signerTitle: c?.signerTitle ?? undefined,
              strengths: c?.strengths ?? draftFromFindings(findings, 'STRENGTH'),
              shortcomings: c?.shortcomings ?? draftFromFindings(findings, 'WEAKNESS'),
              requests: c?.requests ?? undefined,
            }}
            onFinish={(v) => {
              setError(null);
              save.mutate(v);
            }}
          >
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="number" label={t('inspections.conclusion.number')} rules={required}>
                  <Input data-testid="conclusion-number" maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="noticeDate" label={t('inspections.conclusion.noticeDate')} rules={required}>
                  <DateField data-testid="conclusion-date" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="signer" label={t('inspections.conclusion.signer')} rules={required}>
                  <Input data-testid="conclusion-signer" maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="signerTitle" label={t('inspections.conclusion.signerTitle')}>
                  <Input data-testid="conclusion-signer-title" maxLength={300} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="strengths" label={t('inspections.conclusion.strengths')}>
              <Input.TextArea
                data-testid="conclusion-strengths"
                autoSize={{ minRows: 3, maxRows: 12 }}
                maxLength={20000}
              />
            </Form.Item>
            <Form.Item name="shortcomings" label={t('inspections.conclusion.shortcomings')}>
              <Input.TextArea
                data-testid="conclusion-shortcomings"
                autoSize={{ minRows: 3, maxRows: 12 }}
                maxLength={20000}
              />
            </Form.Item>
            <Form.Item name="requests" label={t('inspections.conclusion.requests')}>
              <Input.TextArea
                data-testid="conclusion-requests"
                autoSize={{ minRows: 3, maxRows: 12 }}
                maxLength={20000}
              />
            </Form.Item>
            <Flex gap="small" wrap>
              <Button htmlType="submit" data-testid="conclusion-save" loading={save.isPending}>
                {t('inspections.conclusion.saveDraft')}
              </Button>
              <Button
                data-testid="conclusion-fill"
                onClick={() =>
                  form.setFieldsValue({
                    strengths: draftFromFindings(findings, 'STRENGTH'),
                    shortcomings: draftFromFindings(findings, 'WEAKNESS'),
                  })
                }
              >
                {t('inspections.conclusion.fillFromFindings')}
              </Button>
              {c && (
                <Button data-testid="conclusion-preview" onClick={openPdf}>
                  {t('inspections.conclusion.preview')}
                </Button>
              )}
              <Popconfirm
                title={t('inspections.conclusion.issueConfirm')}
                onConfirm={() => issue.mutate()}
                okButtonProps={{ 'data-testid': 'conclusion-issue-ok' } as ButtonProps}
              >
                <Button type="primary" data-testid="conclusion-issue" loading={issue.isPending}>
                  {t('inspections.conclusion.issue')}
                </Button>
              </Popconfirm>
            </Flex>
          </Form>
        )}
        {c && !editable && (
          <Button data-testid="conclusion-preview" onClick={openPdf} style={{ alignSelf: 'flex-start' }}>
            {t('inspections.conclusion.preview')}
          </Button>
        )}
      </Space>
      <PdfPreview source={pdf} onClose={() => setPdf(null)} />
    </Card>
  );
}

function ConclusionText({ c }: { c: ConclusionView }) {
  const { t } = useTranslation();
  const text = (v?: string | null) => (v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : '—');
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="conclusion-view"
      items={[
        {
          key: 'number',
          label: t('inspections.conclusion.number'),
          children: <span data-testid="conclusion-number-view">{c.number ?? '—'}</span>,
        },
        { key: 'date', label: t('inspections.conclusion.noticeDate'), children: formatDate(c.noticeDate) },
        {
          key: 'signer',
          label: t('inspections.conclusion.signer'),
          children: [c.signerTitle, c.signer].filter(Boolean).join(' ') || '—',
        },
        ...(c.issuedAt
          ? [
              {
                key: 'issuedAt',
                label: t('inspections.conclusion.issued', { date: '' }).trim(),
                children: formatDateTime(c.issuedAt),
              },
            ]
          : []),
        { key: 'strengths', label: t('inspections.conclusion.strengths'), children: text(c.strengths) },
        { key: 'shortcomings', label: t('inspections.conclusion.shortcomings'), children: text(c.shortcomings) },
        { key: 'requests', label: t('inspections.conclusion.requests'), children: text(c.requests) },
      ]}
    />
  );
}
