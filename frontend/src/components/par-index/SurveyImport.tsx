import { Alert, Button, Flex, Input, Space, Table, Tabs, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  importSurveyCsv,
  importSurveyRows,
  parseSurveyRows,
  surveyViolationRow,
  type SurveyImportResult,
  type SurveyRowInput,
} from '../../api/parIndex';
import type { Violation } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../ErrorAlert';

type Job = { kind: 'file'; file: File } | { kind: 'rows'; rows: SurveyRowInput[] };

/** One line of the refused-import table: the row (1-based), what the row said, the column and the message. */
export interface RowError {
  key: string;
  row: number;
  unitCode?: string;
  itemKey?: string;
  field: string;
  message: string;
}

/** Splits a 400's violations into per-row errors (`rows[i].field`) and file-level ones (`body`, `rows`). */
export function splitSurveyViolations(
  violations: readonly Violation[],
  sent?: readonly SurveyRowInput[],
): { rows: RowError[]; file: Violation[] } {
  const rows: RowError[] = [];
  const file: Violation[] = [];
  violations.forEach((v, i) => {
    const at = surveyViolationRow(v.field);
    if (!at) {
      file.push(v);
      return;
    }
    const r = sent?.[at.row];
    rows.push({
      key: `${i}`,
      row: at.row + 1,
      unitCode: r?.unitCode,
      itemKey: r?.key,
      field: at.field,
      message: v.message,
    });
  });
  rows.sort((a, b) => a.row - b.row);
  return { rows, file };
}

/**
 * Import of survey results for `year` (appraisers, admins): a CSV file sent as `text/csv`, or rows
 * pasted from a spreadsheet sent as JSON. The service takes all rows or none; a refusal (400) is
 * shown row by row, an acceptance with the number of rows written.
 */
export function SurveyImport({ year }: { year: number }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [tab, setTab] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseSurveyRows(text), [text]);

  const run = useMutation<SurveyImportResult, unknown, Job>({
    mutationFn: (job) =>
      job.kind === 'file'
        ? importSurveyCsv(year, job.file, session.token)
        : importSurveyRows(year, job.rows, session.token),
    onSuccess: (_, job) => {
      void queryClient.invalidateQueries({ queryKey: ['parIndex', 'surveys'] });
      if (job.kind === 'rows') setText('');
      else setFile(null);
    },
  });

  const violations =
    run.error instanceof ApiError && run.error.status === 400 ? (run.error.problem?.violations ?? []) : [];
  const refused = violations.length > 0;
  const sentRows = run.variables?.kind === 'rows' ? run.variables.rows : undefined;
  const errors = refused ? splitSurveyViolations(violations, sentRows) : { rows: [], file: [] };
  const fieldLabel = (f: string) =>
    f === 'unitCode' ? t('parIndex.assessments.unitCode') : t(`parIndex.surveys.${f}`, { defaultValue: f });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="survey-import">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('parIndex.surveys.importTitle', { year })}
      </Typography.Title>
      <Typography.Text type="secondary">{t('parIndex.surveys.importHint')}</Typography.Text>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'file' | 'paste')}
        items={[
          {
            key: 'file',
            label: <span data-testid="survey-tab-file">{t('parIndex.surveys.tabFile')}</span>,
            children: (
              <Flex gap="small" wrap align="center">
                <input
                  ref={fileInput}
                  type="file"
                  accept=".csv,text/csv"
                  hidden
                  data-testid="survey-file-input"
                  onChange={(e) => {
                    setFile(e.target.files?.[0] ?? null);
                    e.target.value = '';
                  }}
                />
                <Button data-testid="survey-file-choose" onClick={() => fileInput.current?.click()}>
                  {t('parIndex.surveys.chooseFile')}
                </Button>
                {file && <Typography.Text data-testid="survey-file-name">{file.name}</Typography.Text>}
                <Button
                  type="primary"
                  data-testid="survey-file-import"
                  disabled={!file}
                  loading={run.isPending && run.variables?.kind === 'file'}
                  onClick={() => file && run.mutate({ kind: 'file', file })}
                >
                  {t('parIndex.surveys.importFile')}
                </Button>
              </Flex>
            ),
          },
          {
            key: 'paste',
            label: <span data-testid="survey-tab-paste">{t('parIndex.surveys.tabPaste')}</span>,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <label htmlFor="survey-paste">{t('parIndex.surveys.pasteLabel')}</label>
                <Input.TextArea
                  id="survey-paste"
                  data-testid="survey-paste"
                  rows={6}
                  value={text}
                  placeholder={t('parIndex.surveys.pastePlaceholder')}
                  onChange={(e) => setText(e.target.value)}
                  style={{ fontFamily: 'monospace' }}
                />
                <Typography.Text type="secondary">{t('parIndex.surveys.pasteHint')}</Typography.Text>
                <Flex gap="small" align="center">
                  <Button
                    type="primary"
                    data-testid="survey-rows-import"
                    disabled={parsed.length === 0}
                    loading={run.isPending && run.variables?.kind === 'rows'}
                    onClick={() => run.mutate({ kind: 'rows', rows: parsed })}
                  >
                    {t('parIndex.surveys.importRows')}
                  </Button>
                  <Typography.Text data-testid="survey-parsed">
                    {t('parIndex.surveys.parsed', { count: parsed.length })}
                  </Typography.Text>
                </Flex>
              </Space>
            ),
          },
        ]}
      />
      {run.isSuccess && (
        <Alert
          type="success"
          showIcon
          data-testid="survey-accepted"
          title={t('parIndex.surveys.accepted', { rows: run.data.rows, year: run.data.year })}
        />
      )}
      {run.isError && !refused && <ErrorAlert error={run.error} />}
      {refused && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="survey-refused">
          <Alert type="error" showIcon title={t('parIndex.surveys.refused')} />
          {errors.file.length > 0 && (
            <div data-testid="survey-file-errors">
              <Typography.Text strong>{t('parIndex.surveys.fileErrors')}</Typography.Text>
              <ul style={{ margin: 0 }}>
                {errors.file.map((v, i) => (
                  <li key={i} data-field={v.field}>
                    <Typography.Text code>{v.field}</Typography.Text> {v.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {errors.rows.length > 0 && (
            <Table<RowError>
              data-testid="survey-errors"
              size="small"
              rowKey="key"
              pagination={errors.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              dataSource={errors.rows}
              columns={[
                {
                  key: 'row',
                  title: (
                    <span title={sentRows ? undefined : t('parIndex.surveys.rowHintFile')}>
                      {t('parIndex.surveys.row')}
                    </span>
                  ),
                  width: 70,
                  render: (_, r) => <span data-testid="survey-error-row">{r.row}</span>,
                },
                ...(sentRows
                  ? [
                      {
                        key: 'unit',
                        title: t('parIndex.assessments.unitCode'),
                        render: (_: unknown, r: RowError) => r.unitCode || '—',
                      },
                      {
                        key: 'item',
                        title: t('parIndex.surveys.key'),
                        render: (_: unknown, r: RowError) => r.itemKey || '—',
                      },
                    ]
                  : []),
                {
                  key: 'field',
                  title: t('parIndex.surveys.field'),
                  render: (_, r) => (
                    <span data-testid="survey-error-field" data-field={r.field}>
                      {fieldLabel(r.field)}
                    </span>
                  ),
                },
                {
                  key: 'message',
                  title: t('parIndex.surveys.message'),
                  render: (_, r) => <span data-testid="survey-error-message">{r.message}</span>,
                },
              ]}
            />
          )}
        </Space>
      )}
    </Space>
  );
}
