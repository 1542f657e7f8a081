import { App, Button, Flex, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  formatPct,
  ASSESSMENT_STATUSES,
  createAssessment,
  formatPoints,
  listAssessments,
  listCriteriaSets,
  type AssessmentView,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import {
  appraisalPath,
  PAR_PATHS,
  resultPath,
  selfAssessmentPath,
  SURVEY_IMPORT_ROLES,
} from '../../components/par-index/paths';
import { ProblemAlert } from '../../components/par-index/ProblemAlert';
import { AssessmentStatusTag, RankGroupTag } from '../../components/par-index/Tags';
import { hasAnyRole } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

/** Roles that fill in their own unit's self-assessment. */
export const UNIT_ROLES: readonly string[] = ['leader', 'specialist'];
/** Roles that may start a self-assessment (the server checks the unit). */
export const START_ROLES: readonly string[] = ['leader', 'specialist', 'admin'];

/**
 * `/chi-so` — the assessments the user may see (own unit; appraisers and admins: the province), with
 * links to the self-assessment, appraisal and result screens; leaders and specialists start their
 * unit's self-assessment against an active criteria set.
 */
export default function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : undefined;
  const status = params.get('status') || undefined;
  const [starting, setStarting] = useState(false);
  const [setId, setSetId] = useState<number | undefined>();
  const [unitCode, setUnitCode] = useState('');

  const list = useQuery({
    queryKey: ['parIndex', 'assessments', { year, status }],
    queryFn: ({ signal }) => listAssessments({ year, status }, session.token, signal),
    enabled: !session.isLoading,
  });
  const canStart = hasAnyRole(session.roles, START_ROLES);
  const isUnit = hasAnyRole(session.roles, UNIT_ROLES);
  const sets = useQuery({
    queryKey: ['parIndex', 'criteriaSets', 'all'],
    queryFn: ({ signal }) => listCriteriaSets({}, session.token, signal),
    enabled: starting,
  });
  const unit = (isUnit ? (session.user?.unit ?? '') : unitCode).trim();
  const active = (sets.data?.items ?? []).filter((s) => s.status === 'ACTIVE');
  const start = useMutation({
    mutationFn: () => createAssessment({ criteriaSetId: setId!, unitCode: unit }, session.token),
    onSuccess: (d) => {
      setStarting(false);
      void message.success(t('parIndex.assessments.start'));
      void navigate(selfAssessmentPath(d.assessment.id));
    },
  });

  const set = (k: string, v?: string) => {
    const q = new URLSearchParams(params);
    if (v) q.set(k, v);
    else q.delete(k);
    setParams(q);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="assessments-page">
      <ParIndexNav />
      <PageTitle style={{ margin: 0 }}>{t('parIndex.assessments.title')}</PageTitle>
      <Flex wrap gap="middle" align="end">
        <Space orientation="vertical" size={2}>
          <label htmlFor="assessments-year">{t('parIndex.common.year')}</label>
          <InputNumber
            id="assessments-year"
            data-testid="assessments-year"
            min={2000}
            max={2100}
            value={year ?? null}
            onChange={(v) => set('year', v ? String(v) : undefined)}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="assessments-status">{t('parIndex.common.status')}</label>
          <Select
            id="assessments-status"
            data-testid="assessments-status"
            style={{ width: 220 }}
            value={status ?? ''}
            onChange={(v: string) => set('status', v)}
            options={[
              { value: '', label: t('parIndex.common.all') },
              ...ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`parIndex.status.${s}`) })),
            ]}
          />
        </Space>
        {canStart && (
          <Button
            type="primary"
            data-testid="assessment-start"
            onClick={() => {
              start.reset();
              setStarting(true);
            }}
          >
            {t('parIndex.assessments.start')}
          </Button>
        )}
        {hasAnyRole(session.roles, SURVEY_IMPORT_ROLES) && (
          <Link to={PAR_PATHS.surveys} data-testid="surveys-link">
            {t('parIndex.assessments.surveysLink')}
          </Link>
        )}
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AssessmentView>
        rowKey="id"
        size="small"
        data-testid="assessments-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('parIndex.assessments.empty') }}
        columns={[
          { title: t('parIndex.common.year'), dataIndex: 'year', width: 80 },
          {
            title: t('parIndex.common.unit'),
            key: 'unit',
            render: (_, a) => `${a.unitName ?? a.unitCode} (${a.unitCode})`,
          },
          {
            title: t('parIndex.common.level'),
            key: 'level',
            render: (_, a) => t(`parIndex.level.${a.level}`, { defaultValue: a.level }),
          },
          { title: t('parIndex.nav.criteriaSets'), dataIndex: 'criteriaSetCode' },
          {
            title: t('parIndex.common.status'),
            key: 'status',
            render: (_, a) => <AssessmentStatusTag status={a.status} />,
          },
          {
            title: t('parIndex.common.points'),
            key: 'points',
            align: 'right',
            render: (_, a) =>
              a.totalPoints === null || a.totalPoints === undefined
                ? '—'
                : `${formatPoints(a.totalPoints, lang)}/${formatPoints(a.maxPoints, lang)}`,
          },
          {
            title: t('parIndex.common.percent'),
            key: 'percent',
            align: 'right',
            render: (_, a) => formatPct(a.percent, lang),
          },
          { title: t('parIndex.common.group'), key: 'group', render: (_, a) => <RankGroupTag group={a.rankGroup} /> },
          {
            title: '',
            key: 'open',
            render: (_, a) => (
              <Space size="small" wrap>
                {(isUnit || a.status === 'DRAFT') && (
                  <Link to={selfAssessmentPath(a.id)} data-testid="open-self">
                    {t('parIndex.assessments.openSelf')}
                  </Link>
                )}
                {a.status !== 'DRAFT' && (
                  <Link to={appraisalPath(a.id)} data-testid="open-appraisal">
                    {t('parIndex.assessments.openAppraisal')}
                  </Link>
                )}
                <Link to={resultPath(a.id)} data-testid="open-result">
                  {t('parIndex.assessments.openResult')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={starting}
        title={t('parIndex.assessments.startTitle')}
        okText={t('parIndex.assessments.start')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'assessment-start-confirm', disabled: !setId || !unit } as ButtonProps}
        confirmLoading={start.isPending}
        onOk={() => start.mutate()}
        onCancel={() => setStarting(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="start-set">{t('parIndex.assessments.criteriaSet')}</label>
          <Select
            id="start-set"
            data-testid="start-set"
            loading={sets.isLoading}
            style={{ width: '100%' }}
            value={setId}
            onChange={(v: number) => setSetId(v)}
            notFoundContent={t('parIndex.assessments.noActiveSet')}
            options={active.map((s) => ({ value: s.id, label: `${s.year} · ${s.code} – ${s.name}` }))}
          />
          <label htmlFor="start-unit">{t('parIndex.assessments.unitCode')}</label>
          <Input
            id="start-unit"
            data-testid="start-unit"
            value={isUnit ? unit : unitCode}
            disabled={isUnit}
            onChange={(e) => setUnitCode(e.target.value)}
          />
          {sets.isError && <ErrorAlert error={sets.error} />}
          {start.isError && <ProblemAlert error={start.error} />}
        </Space>
      </Modal>
    </Space>
  );
}
