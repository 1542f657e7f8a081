import { Alert, App, Button, Flex, Input, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ButtonProps, TableColumnsType } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  formatPoints,
  leavesOf,
  saveExplanation,
  saveSelf,
  type AssessmentDetail,
  type CriterionView,
  type EvidenceView,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ComputedValue } from '../../components/par-index/ComputedValue';
import { AssessmentHeader } from '../../components/par-index/AssessmentHeader';
import { EvidencePanel } from '../../components/par-index/EvidencePanel';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { appraisalPath, resultPath } from '../../components/par-index/paths';
import { ProblemAlert } from '../../components/par-index/ProblemAlert';
import { CriterionName, RuleSummary, RuleValueInput } from '../../components/par-index/RuleText';
import { SubmitDialog } from '../../components/par-index/SubmitDialog';
import { treeRows, type TreeRow } from '../../components/par-index/treeRows';
import {
  CriteriaTreeBox,
  CriteriaTreeToolbar,
  TreeCell,
  useCriteriaTree,
} from '../../components/par-index/CriteriaTree';
import { useAssessment } from '../../components/par-index/useAssessment';
import { useScorePreview } from '../../components/par-index/useScorePreview';
import { WorkflowActions } from '../../components/par-index/WorkflowActions';

/** Self-assessed leaves: the only ones the unit scores and links evidence to. */
export const selfLeaves = (criteria: CriterionView[]) =>
  leavesOf(criteria).filter((l) => l.method === 'SELF_APPRAISED' || !l.method);

interface ScoreDraft {
  leaf: CriterionView;
  value: number | null;
  note: string;
  evidenceIds: string[];
}

interface ExplainDraft {
  leaf: CriterionView;
  explanation: string;
  evidenceIds: string[];
}

/**
 * `/chi-so/danh-gia/:id` — the unit's self-assessment as a tree with points: self score, note and
 * evidence per criterion, missing-evidence warnings, evidence upload and linking, submission with an
 * explicit confirmation; after the appraisal, the explanation (giải trình) step.
 */
export default function SelfAssessmentPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const { detail, evidence, replaced, moved } = useAssessment(id);
  const [score, setScore] = useState<ScoreDraft | null>(null);
  const scorePreview = useScorePreview(
    detail.data?.assessment.criteriaSetId,
    score?.leaf.rule ? score.leaf.code : null,
    score?.value ?? null,
    session.token,
  );
  const [explain, setExplain] = useState<ExplainDraft | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const saveScore = useMutation({
    mutationFn: (d: ScoreDraft) =>
      saveSelf(
        id!,
        d.leaf.code,
        { value: d.value, note: d.note.trim() || null, evidenceIds: d.evidenceIds },
        session.token,
      ),
    onSuccess: (d: AssessmentDetail, draft) => {
      setScore(null);
      replaced(d);
      void message.success(t('parIndex.self.saved', { code: draft.leaf.code }));
    },
  });
  const saveExplain = useMutation({
    mutationFn: (d: ExplainDraft) =>
      saveExplanation(
        id!,
        d.leaf.code,
        { explanation: d.explanation.trim(), evidenceIds: d.evidenceIds },
        session.token,
      ),
    onSuccess: (d: AssessmentDetail, draft) => {
      setExplain(null);
      replaced(d);
      void message.success(t('parIndex.explanation.saved', { code: draft.leaf.code }));
    },
  });

  const data = detail.data;
  const rows = useMemo(() => treeRows(data?.criteria ?? []), [data]);
  const tree = useCriteriaTree(rows);
  const docs = useMemo(() => evidence.data ?? [], [evidence.data]);
  const docNames = useMemo(() => new Map(docs.map((d) => [d.id, d.filename])), [docs]);

  if (detail.isLoading) return <Spin />;
  if (detail.isError || !data) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ParIndexNav />
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      </Space>
    );
  }
  const a = data.assessment;
  const allowed = a.allowedActions;
  const canScore = allowed.includes('submit');
  const canExplain = allowed.includes('explain');
  const afterAppraisal = a.status !== 'DRAFT' && a.status !== 'SUBMITTED';
  const leaves = selfLeaves(data.criteria);
  const docOptions = docs.map((d: EvidenceView) => ({ value: d.id, label: d.filename }));

  const openScore = (leaf: CriterionView) => {
    saveScore.reset();
    setScore({
      leaf,
      value: leaf.entry?.selfValue ?? null,
      note: leaf.entry?.selfNote ?? '',
      evidenceIds: [...(leaf.entry?.evidenceIds ?? [])],
    });
  };
  const openExplain = (leaf: CriterionView) => {
    saveExplain.reset();
    setExplain({ leaf, explanation: leaf.entry?.explanation ?? '', evidenceIds: [] });
  };

  const columns: TableColumnsType<TreeRow<CriterionView>> = [
    {
      title: t('parIndex.self.criterion'),
      key: 'name',
      render: (_, r) => (
        <TreeCell tree={tree} row={r}>
          <Space orientation="vertical" size={0}>
            <CriterionName
              code={r.node.code}
              name={r.node.name}
              sample={r.node.sample}
              method={r.node.method}
              leaf={r.leaf}
            />
            {r.leaf && <RuleSummary rule={r.node.rule} />}
            {r.leaf && <ComputedValue leaf={r.node} />}
          </Space>
        </TreeCell>
      ),
    },
    {
      title: t('parIndex.common.maxPoints'),
      key: 'max',
      width: 90,
      align: 'right',
      render: (_, r) => <span data-testid="max-points">{formatPoints(r.node.maxPoints, lang)}</span>,
    },
    {
      title: t('parIndex.self.selfScore'),
      key: 'self',
      width: 110,
      align: 'right',
      render: (_, r) =>
        r.leaf ? (
          <span data-testid="self-score">{formatPoints(r.node.entry?.selfScore, lang)}</span>
        ) : (
          <Typography.Text strong data-testid="self-points">
            {formatPoints(r.node.selfPoints, lang)}
          </Typography.Text>
        ),
    },
    {
      title: t('parIndex.self.evidence'),
      key: 'evidence',
      width: 220,
      render: (_, r) => {
        if (!r.leaf) return null;
        const ids = r.node.entry?.evidenceIds ?? [];
        return (
          <Space orientation="vertical" size={2}>
            {ids.map((i) => (
              <Typography.Text key={i} ellipsis style={{ maxWidth: 200 }} data-testid="linked-evidence">
                {docNames.get(i) ?? i.slice(0, 8)}
              </Typography.Text>
            ))}
            {r.node.entry?.missingEvidence && (
              <Tag color="warning" data-testid="missing-evidence-flag">
                {t('parIndex.self.missingFlag')}
              </Tag>
            )}
          </Space>
        );
      },
    },
    { title: t('parIndex.self.note'), key: 'note', render: (_, r) => (r.leaf ? r.node.entry?.selfNote : null) },
    ...(afterAppraisal
      ? ([
          {
            title: t('parIndex.appraisal.appraised'),
            key: 'appraised',
            width: 200,
            render: (_, r) =>
              r.leaf ? (
                <Space orientation="vertical" size={0}>
                  <span data-testid="appraised-score">
                    {formatPoints(r.node.entry?.reappraisedScore ?? r.node.entry?.appraisedScore, lang)}
                  </span>
                  <Typography.Text type="secondary">
                    {r.node.entry?.reappraisalComment ?? r.node.entry?.appraiserComment}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text strong>{formatPoints(r.node.currentPoints, lang)}</Typography.Text>
              ),
          },
          {
            title: t('parIndex.explanation.title'),
            key: 'explanation',
            render: (_, r) => (r.leaf ? <span data-testid="explanation">{r.node.entry?.explanation}</span> : null),
          },
        ] as TableColumnsType<TreeRow<CriterionView>>)
      : []),
    ...(canScore || canExplain
      ? ([
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, r) => {
              if (!r.leaf) return null;
              if (canScore && (r.node.method === 'SELF_APPRAISED' || !r.node.method)) {
                return (
                  <Button size="small" data-testid="score-button" onClick={() => openScore(r.node)}>
                    {t('parIndex.self.score')}
                  </Button>
                );
              }
              if (canExplain) {
                return (
                  <Button size="small" data-testid="explain-button" onClick={() => openExplain(r.node)}>
                    {t('parIndex.explanation.edit')}
                  </Button>
                );
              }
              return null;
            },
          },
        ] as TableColumnsType<TreeRow<CriterionView>>)
      : []),
  ];

  const scoreProblem = score ? scorePreview.problem : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="self-assessment-page">
      <ParIndexNav />
      <AssessmentHeader
        detail={data}
        titleKey="parIndex.self.title"
        links={[
          ...(a.status !== 'DRAFT'
            ? [{ to: appraisalPath(a.id), label: t('parIndex.self.toAppraisal'), testId: 'to-appraisal' }]
            : []),
          { to: resultPath(a.id), label: t('parIndex.self.toResult'), testId: 'to-result' },
        ]}
      />
      {data.missingEvidence.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="missing-evidence"
          title={t('parIndex.self.missingTitle', { count: data.missingEvidence.length })}
          description={
            <Space orientation="vertical" size={2}>
              <Typography.Text>{t('parIndex.self.missingHint')}</Typography.Text>
              <Space wrap size={4}>
                {data.missingEvidence.map((m) => (
                  <Tag key={m.code} color="warning" data-code={m.code}>
                    {m.code}
                  </Tag>
                ))}
              </Space>
            </Space>
          }
        />
      )}
      {canExplain && (
        <Alert
          type="info"
          showIcon
          data-testid="explanation-step"
          title={t('parIndex.explanation.step')}
          description={t('parIndex.explanation.hint')}
        />
      )}
      <Flex wrap gap="small">
        {canScore && (
          <Button type="primary" data-testid="action-submit" onClick={() => setSubmitting(true)}>
            {t('parIndex.actions.submit')}
          </Button>
        )}
        <WorkflowActions assessment={a} actions={['explain']} onDone={moved} />
      </Flex>
      {!canScore && a.status === 'DRAFT' && (
        <Typography.Text type="secondary">{t('parIndex.self.notEditable')}</Typography.Text>
      )}
      <CriteriaTreeToolbar tree={tree} />
      <CriteriaTreeBox tree={tree}>
        <Table<TreeRow<CriterionView>>
          size="small"
          rowKey="key"
          data-testid="criteria-tree"
          pagination={false}
          dataSource={rows}
          columns={columns}
          {...tree.tableProps}
          scroll={{ x: 1000 }}
        />
      </CriteriaTreeBox>
      {evidence.isError && <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} />}
      <EvidencePanel
        assessmentId={a.id}
        documents={docs}
        leaves={leaves}
        canUpload={canScore || canExplain}
        canLink={canScore}
        onUploaded={() => void evidence.refetch()}
        onLinked={replaced}
      />
      <SubmitDialog
        assessment={a}
        missing={data.missingEvidence}
        open={submitting}
        onClose={() => setSubmitting(false)}
        onDone={(v) => {
          setSubmitting(false);
          void message.success(t('parIndex.self.submitted'));
          moved(v);
        }}
      />
      <Modal
        open={score !== null}
        title={score ? t('parIndex.self.scoreTitle', { code: score.leaf.code }) : ''}
        okText={t('parIndex.common.save')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'score-save', disabled: !!scoreProblem } as ButtonProps}
        confirmLoading={saveScore.isPending}
        onOk={() => score && saveScore.mutate(score)}
        onCancel={() => setScore(null)}
        destroyOnHidden
      >
        {score && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="score-form">
            <Typography.Text strong>
              {score.leaf.code}. {score.leaf.name}
            </Typography.Text>
            {score.leaf.rule && (
              <RuleValueInput
                rule={score.leaf.rule}
                maxPoints={score.leaf.maxPoints}
                value={score.value}
                preview={scorePreview}
                onChange={(value) => setScore({ ...score, value })}
                testId="score-value"
              />
            )}
            <label htmlFor="score-note">{t('parIndex.self.note')}</label>
            <Input.TextArea
              id="score-note"
              data-testid="score-note"
              autoSize={{ minRows: 2 }}
              value={score.note}
              onChange={(e) => setScore({ ...score, note: e.target.value })}
            />
            <label htmlFor="score-evidence">{t('parIndex.self.evidence')}</label>
            <Select
              id="score-evidence"
              mode="multiple"
              data-testid="score-evidence"
              style={{ width: '100%' }}
              placeholder={t('parIndex.evidence.pick')}
              value={score.evidenceIds}
              onChange={(evidenceIds: string[]) => setScore({ ...score, evidenceIds })}
              options={docOptions}
            />
            {saveScore.isError && <ProblemAlert error={saveScore.error} />}
          </Space>
        )}
      </Modal>
      <Modal
        open={explain !== null}
        title={explain ? t('parIndex.explanation.editTitle', { code: explain.leaf.code }) : ''}
        okText={t('parIndex.common.save')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'explain-save', disabled: !explain?.explanation.trim() } as ButtonProps}
        confirmLoading={saveExplain.isPending}
        onOk={() => explain && saveExplain.mutate(explain)}
        onCancel={() => setExplain(null)}
        destroyOnHidden
      >
        {explain && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="explain-form">
            <Typography.Text strong>
              {explain.leaf.code}. {explain.leaf.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('parIndex.appraisal.appraised')}: {formatPoints(explain.leaf.entry?.appraisedScore, lang)}/
              {formatPoints(explain.leaf.maxPoints, lang)}
              {explain.leaf.entry?.appraiserComment ? ` · ${explain.leaf.entry.appraiserComment}` : ''}
            </Typography.Text>
            <label htmlFor="explain-text">{t('parIndex.explanation.text')}</label>
            <Input.TextArea
              id="explain-text"
              data-testid="explain-text"
              autoSize={{ minRows: 3 }}
              value={explain.explanation}
              onChange={(e) => setExplain({ ...explain, explanation: e.target.value })}
            />
            <label htmlFor="explain-evidence">{t('parIndex.explanation.evidence')}</label>
            <Select
              id="explain-evidence"
              mode="multiple"
              data-testid="explain-evidence"
              style={{ width: '100%' }}
              placeholder={t('parIndex.evidence.pick')}
              value={explain.evidenceIds}
              onChange={(evidenceIds: string[]) => setExplain({ ...explain, evidenceIds })}
              options={docOptions}
            />
            {saveExplain.isError && <ProblemAlert error={saveExplain.error} />}
          </Space>
        )}
      </Modal>
    </Space>
  );
}
