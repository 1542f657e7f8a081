import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getSelfReport,
  SELF_REPORT_STATUSES,
  submitSelfReport,
  type ChecklistEntry,
  type ChecklistGroup,
  type InspectionView,
  type SelfReportInput,
} from '../../api/inspections';
import { formatDateTime } from '../../format/dateTime';
import { ErrorAlert } from '../ErrorAlert';
import { useInspectionSession } from './useInspectionSession';

interface Values {
  summary?: string;
  answers: Record<string, { status?: string; note?: string }>;
}

/** The answers of the form as the request body: only answered items, in checklist order. */
export function selfReportBody(groups: readonly ChecklistGroup[], v: Values): SelfReportInput {
  const items = groups
    .flatMap((g) => g.items)
    .map((i) => ({
      itemId: i.itemId,
      status: v.answers?.[String(i.itemId)]?.status,
      note: v.answers?.[String(i.itemId)]?.note?.trim() || null,
    }))
    .filter((i): i is { itemId: number; status: string; note: string | null } => !!i.status);
  return { summary: v.summary?.trim() || null, items };
}

/**
 * Báo cáo tự kiểm tra: the unit's leader answers each checklist item (status and note) and a summary
 * before the visit (only while PLANNED); everyone else sees the submitted report.
 */
export function SelfReportForm({
  inspection,
  groups,
}: {
  inspection: InspectionView;
  groups: readonly ChecklistGroup[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useInspectionSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const key = ['inspections', 'self-report', inspection.id, s.username];
  const report = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getSelfReport(inspection.id, s.token, signal),
    enabled: s.ready,
  });
  const editable = s.rights.unit && inspection.status === 'PLANNED';

  const submit = useMutation({
    mutationFn: (v: Values) => submitSelfReport(inspection.id, selfReportBody(groups, v), s.token),
    onSuccess: (view) => {
      setError(null);
      queryClient.setQueryData(key, view);
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void message.success(t('inspections.selfReport.submitted'));
    },
    onError: setError,
  });

  const r = report.data;
  // the submitted report's answers, else those the checklist carries
  const answers = r?.items ?? groups.flatMap((g) => g.items.map((i) => i.selfReport).filter((a) => !!a));
  const initial: Values = {
    summary: r?.summary ?? undefined,
    answers: Object.fromEntries(
      answers.map((i) => [String(i!.itemId), { status: i!.status, note: i!.note ?? undefined }]),
    ),
  };

  return (
    <Card
      size="small"
      title={inspection.unitName ?? inspection.unitCode}
      data-testid="self-report"
      loading={report.isLoading}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
        {r ? (
          <Typography.Text type="secondary" data-testid="self-report-submitted">
            {t('inspections.selfReport.submittedBy', { user: r.submittedBy ?? '—', at: formatDateTime(r.submittedAt) })}
          </Typography.Text>
        ) : (
          report.isSuccess && (
            <Typography.Text type="secondary" data-testid="self-report-none">
              {t('inspections.selfReport.none')}
            </Typography.Text>
          )
        )}
        {s.rights.unit && !editable && <Alert type="info" showIcon title={t('inspections.selfReport.closed')} />}
        {!editable && r?.summary && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</Typography.Paragraph>
        )}
        {editable && report.isSuccess && (
          <Form<Values>
            form={form}
            layout="vertical"
            data-testid="self-report-form"
            initialValues={initial}
            onFinish={(v) => {
              setError(null);
              submit.mutate(v);
            }}
          >
            {groups.map((g) => (
              <Card key={g.code} size="small" type="inner" title={g.nameVi} style={{ marginBottom: 12 }}>
                <Table<ChecklistEntry>
                  size="small"
                  rowKey="itemId"
                  pagination={false}
                  dataSource={g.items}
                  columns={[
                    { key: 'text', dataIndex: 'textVi', title: t('inspections.checklist.item') },
                    {
                      key: 'status',
                      title: t('inspections.checklist.selfReport'),
                      width: 200,
                      render: (_, i) => (
                        <Form.Item name={['answers', String(i.itemId), 'status']} style={{ marginBottom: 0 }}>
                          <Select
                            allowClear
                            data-testid={`self-status-${i.itemId}`}
                            aria-label={`${t('inspections.checklist.selfReport')} ${i.code}`}
                            options={SELF_REPORT_STATUSES.map((st) => ({
                              value: st,
                              label: t(`inspections.selfStatus.${st}`),
                            }))}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'note',
                      title: t('inspections.checklist.note'),
                      width: 300,
                      render: (_, i) => (
                        <Form.Item name={['answers', String(i.itemId), 'note']} style={{ marginBottom: 0 }}>
                          <Input.TextArea
                            data-testid={`self-note-${i.itemId}`}
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={4000}
                          />
                        </Form.Item>
                      ),
                    },
                  ]}
                />
              </Card>
            ))}
            <Form.Item name="summary" label={t('inspections.selfReport.summary')}>
              <Input.TextArea data-testid="self-summary" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
            </Form.Item>
            {error != null && <ErrorAlert error={error} />}
            <Button
              type="primary"
              htmlType="submit"
              data-testid="self-report-submit"
              loading={submit.isPending}
              style={{ marginTop: 12 }}
            >
              {t('inspections.selfReport.submit')}
            </Button>
          </Form>
        )}
      </Space>
    </Card>
  );
}
