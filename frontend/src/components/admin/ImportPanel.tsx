import { Alert, Button, Card, Flex, Progress, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getImport, IMPORT_TEMPLATE_URL, startImport } from '../../api/procedures';
import type { ImportError, ImportJob } from '../../api/types';
import { useSession } from '../../auth/session';
import { keyed } from '../../format/values';
import { ErrorAlert } from '../ErrorAlert';

/** How often a running import is polled. */
export const IMPORT_POLL_MS = 500;
export const IMPORT_ACCEPT = '.json,.csv,.xlsx';

const STATUS_COLORS: Record<string, string> = {
  RUNNING: 'processing',
  REJECTED: 'error',
  COMPLETED: 'success',
  FAILED: 'error',
};

/** Percentage for the progress bar: processed / total (a finished job with no rows is 100%). */
export function importPercent(job: Pick<ImportJob, 'processed' | 'total' | 'status'>): number {
  if (job.total > 0) return Math.min(100, Math.round((job.processed / job.total) * 100));
  return job.status === 'RUNNING' ? 0 : 100;
}

/**
 * Polls `GET /imports/{id}` every {@link IMPORT_POLL_MS} while the job is RUNNING, starting from
 * the job the POST answered.
 */
export function useImportJob(initial: ImportJob | undefined, pollMs = IMPORT_POLL_MS) {
  const session = useSession();
  const id = initial?.id;
  return useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => getImport(id!, session.token, signal),
    enabled: id !== undefined && id !== null,
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === 'RUNNING' ? pollMs : false),
    staleTime: pollMs,
  });
}

/**
 * "Nhập từ tệp": choose a .json/.csv/.xlsx file, POST it as the raw body, then follow the job:
 * progress bar and status; the error report when REJECTED (nothing written); the counts when
 * COMPLETED.
 */
export function ImportPanel({ pollMs = IMPORT_POLL_MS }: { pollMs?: number }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const start = useMutation({ mutationFn: (f: File) => startImport(f, session.token) });
  const job = useImportJob(start.data, pollMs);
  const current = job.data;
  const finished = current && current.status !== 'RUNNING';

  useEffect(() => {
    if (current?.status === 'COMPLETED') void queryClient.invalidateQueries({ queryKey: ['procedures'] });
  }, [current?.status, queryClient]);

  const fileList: UploadFile[] = file ? [{ uid: 'import-file', name: file.name, status: 'done' }] : [];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="import-panel">
      <Card title={t('admin.import.title')}>
        <Typography.Paragraph type="secondary">{t('admin.import.hint')}</Typography.Paragraph>
        <Typography.Paragraph>
          <a href={IMPORT_TEMPLATE_URL} download data-testid="import-template">
            {t('admin.import.template')}
          </a>
        </Typography.Paragraph>
        <Flex gap="middle" align="start" wrap>
          <Upload
            accept={IMPORT_ACCEPT}
            maxCount={1}
            fileList={fileList}
            beforeUpload={(f) => {
              setFile(f);
              start.reset();
              return false; // sent by "Bắt đầu nhập", not by the Upload itself
            }}
            onRemove={() => {
              setFile(null);
              start.reset();
            }}
          >
            <Button data-testid="import-choose">{t('admin.import.choose')}</Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file || start.isPending || current?.status === 'RUNNING'}
            loading={start.isPending}
            onClick={() => file && start.mutate(file)}
            data-testid="import-start"
          >
            {t('admin.import.start')}
          </Button>
        </Flex>
      </Card>

      {start.isError && <ErrorAlert error={start.error} />}
      {current && (
        <Card data-testid="import-job">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Flex gap="middle" align="center" wrap>
              <Tag
                color={STATUS_COLORS[current.status] ?? 'default'}
                data-testid="import-status"
                data-status={current.status}
              >
                {t(`admin.import.status.${current.status}`, { defaultValue: current.status })}
              </Tag>
              {current.status === 'RUNNING' && current.phase && (
                <Typography.Text data-testid="import-phase">
                  {t(`admin.import.phase.${current.phase}`, { defaultValue: current.phase })}
                </Typography.Text>
              )}
              {current.fileName && (
                <Typography.Text type="secondary">{t('admin.import.file', { name: current.fileName })}</Typography.Text>
              )}
            </Flex>
            <Progress
              data-testid="import-progress"
              aria-label={t('a11y.importProgress')}
              percent={importPercent(current)}
              status={
                current.status === 'RUNNING' ? 'active' : current.status === 'COMPLETED' ? 'success' : 'exception'
              }
            />
            <Typography.Text data-testid="import-processed">
              {t('admin.import.progress', { processed: current.processed, total: current.total })}
            </Typography.Text>
            {job.isError && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}
            {finished && current.status === 'REJECTED' && <RejectedReport errors={current.errors ?? []} />}
            {finished && current.status === 'FAILED' && (
              <Alert type="error" showIcon title={t('admin.import.failed')} data-testid="import-failed" />
            )}
            {finished && current.status === 'COMPLETED' && (
              <>
                <Alert type="success" showIcon title={t('admin.import.completed')} data-testid="import-completed" />
                <Flex gap="large">
                  <Statistic
                    title={t('admin.import.createdCount')}
                    value={current.created}
                    formatter={(v) => <span data-testid="import-created">{v}</span>}
                  />
                  <Statistic
                    title={t('admin.import.publishedCount')}
                    value={current.published}
                    formatter={(v) => <span data-testid="import-published">{v}</span>}
                  />
                </Flex>
              </>
            )}
          </Space>
        </Card>
      )}
    </Space>
  );
}

function RejectedReport({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type="error"
        showIcon
        data-testid="import-rejected"
        title={t('admin.import.rejected', { count: errors.length })}
      />
      <Table<ImportError & { key: number }>
        data-testid="import-errors"
        size="small"
        rowKey="key"
        dataSource={keyed(errors)}
        pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            key: 'row',
            dataIndex: 'row',
            title: t('admin.import.row'),
            width: 80,
            render: (r: number) => <span data-testid="import-error-row">{r}</span>,
          },
          {
            key: 'field',
            dataIndex: 'field',
            title: t('admin.import.field'),
            width: 200,
            render: (f?: string | null) => <span data-testid="import-error-field">{f ?? ''}</span>,
          },
          {
            key: 'rule',
            dataIndex: 'rule',
            title: t('admin.import.rule'),
            width: 180,
            render: (r?: string | null) => r ?? '',
          },
          { key: 'message', dataIndex: 'message', title: t('admin.import.message') },
        ]}
      />
    </>
  );
}
