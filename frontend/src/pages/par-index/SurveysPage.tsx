import { Alert, Card, Flex, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPoints, listSurveys, type SurveyRow } from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { SURVEY_IMPORT_ROLES } from '../../components/par-index/paths';
import { SurveyImport } from '../../components/par-index/SurveyImport';
import { formatDate } from '../../format/values';
import { hasAnyRole } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

/** Survey parameters from the URL: `year` (default: last year) and `unitCode` (optional). */
export function surveyParams(params: URLSearchParams, today = new Date()): { year: number; unitCode?: string } {
  const y = params.get('year');
  const year = y && /^\d{4}$/.test(y) ? Number(y) : today.getFullYear() - 1;
  const unitCode = params.get('unitCode')?.trim() || undefined;
  return { year, unitCode };
}

/**
 * `/chi-so/khao-sat` — survey (SIPAS-style) values imported for a year, filtered by unit (year and
 * unit in the URL); appraisers and admins import a CSV file or pasted rows (all or nothing).
 */
export default function SurveysPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const { year, unitCode } = surveyParams(params);
  const [unitText, setUnitText] = useState(unitCode ?? '');
  const canImport = hasAnyRole(session.roles, SURVEY_IMPORT_ROLES);

  const list = useQuery({
    queryKey: ['parIndex', 'surveys', { year, unitCode: unitCode ?? null }],
    queryFn: ({ signal }) => listSurveys(year, unitCode, session.token, signal),
    enabled: !session.isLoading,
  });

  const set = (k: string, v?: string) => {
    const q = new URLSearchParams(params);
    if (v) q.set(k, v);
    else q.delete(k);
    setParams(q);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="surveys-page">
      <ParIndexNav />
      <PageTitle style={{ margin: 0 }}>{t('parIndex.surveys.title')}</PageTitle>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('parIndex.surveys.intro')}
      </Typography.Paragraph>
      <Flex wrap gap="middle" align="end">
        <Space orientation="vertical" size={2}>
          <label htmlFor="surveys-year">{t('parIndex.common.year')}</label>
          <InputNumber
            id="surveys-year"
            data-testid="surveys-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => (typeof v === 'number' && v >= 2000 && v <= 2100 ? set('year', String(v)) : undefined)}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="surveys-unit">{t('parIndex.surveys.unitFilter')}</label>
          <Input.Search
            id="surveys-unit"
            data-testid="surveys-unit"
            allowClear
            style={{ width: 240 }}
            placeholder={t('parIndex.surveys.unitPlaceholder')}
            value={unitText}
            onChange={(e) => {
              setUnitText(e.target.value);
              if (!e.target.value) set('unitCode');
            }}
            onSearch={(v) => set('unitCode', v.trim() || undefined)}
          />
        </Space>
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<SurveyRow>
        data-testid="surveys-table"
        size="small"
        rowKey={(r) => `${r.unitCode}|${r.key}`}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={(list.data?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('parIndex.surveys.empty', { year }) }}
        columns={[
          { key: 'unit', title: t('parIndex.common.unit'), dataIndex: 'unitCode' },
          { key: 'key', title: t('parIndex.surveys.key'), dataIndex: 'key' },
          {
            key: 'value',
            title: t('parIndex.surveys.value'),
            align: 'right',
            render: (_, r) => <span data-testid="survey-value">{formatPoints(r.value, lang)}</span>,
          },
          {
            key: 'respondents',
            title: t('parIndex.surveys.respondents'),
            align: 'right',
            render: (_, r) => r.respondents ?? '—',
          },
          { key: 'source', title: t('parIndex.surveys.source'), render: (_, r) => r.source || '—' },
          { key: 'importedAt', title: t('parIndex.surveys.importedAt'), render: (_, r) => formatDate(r.importedAt) },
        ]}
      />
      {canImport ? (
        <Card size="small">
          <SurveyImport year={year} />
        </Card>
      ) : (
        <Alert type="info" showIcon data-testid="surveys-read-only" title={t('parIndex.surveys.readOnly')} />
      )}
    </Space>
  );
}
