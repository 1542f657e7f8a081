import { App, Button, Input, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ButtonProps, TableColumnsType } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPoints, saveAppraisal, type AssessmentDetail, type CriterionView } from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AssessmentHeader } from '../../components/par-index/AssessmentHeader';
import { ComputedValue } from '../../components/par-index/ComputedValue';
import { useEvidenceDownload } from '../../components/par-index/EvidencePanel';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { resultPath, selfAssessmentPath } from '../../components/par-index/paths';
import { ProblemAlert } from '../../components/par-index/ProblemAlert';
import { CriterionName, RuleSummary, RuleValueInput } from '../../components/par-index/RuleText';
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

interface AppraisalDraft {
  leaf: CriterionView;
  value: number | null;
  comment: string;
  /** true: re-appraisal after the explanation. */
  again: boolean;
}

/** The value an appraiser starts from: the one already given at this stage, else the unit's. */
export function startingValue(leaf: CriterionView, again: boolean): number | null {
  const e = leaf.entry;
  if (!e) return null;
  if (again) return e.reappraisedValue ?? e.appraisedValue ?? e.selfValue ?? null;
  return e.appraisedValue ?? e.selfValue ?? null;
}

/**
 * `/chi-so/danh-gia/:id/tham-dinh` — the appraisal screen: the unit's self score, evidence, note and
 * explanation side by side with the appraiser's score and comment (and the re-appraisal); the steps
 * appraise / reappraise / finalise / publish as the API allows them.
 */
export default function AppraisalPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const { detail, evidence, replaced, moved } = useAssessment(id);
  const download = useEvidenceDownload(id ?? '');
  const [draft, setDraft] = useState<AppraisalDraft | null>(null);
  const preview = useScorePreview(
    detail.data?.assessment.criteriaSetId,
    draft?.leaf.rule ? draft.leaf.code : null,
    draft?.value ?? null,
    session.token,
  );
  const save = useMutation({
    mutationFn: (d: AppraisalDraft) =>
      saveAppraisal(id!, d.leaf.code, { value: d.value, comment: d.comment.trim() || null }, session.token),
    onSuccess: (d: AssessmentDetail, sent) => {
      setDraft(null);
      replaced(d);
      void message.success(t('parIndex.appraisal.saved', { code: sent.leaf.code }));
    },
  });
  const data = detail.data;
  const rows = useMemo(() => treeRows(data?.criteria ?? []), [data]);
  const tree = useCriteriaTree(rows);
  const docs = useMemo(() => new Map((evidence.data ?? []).map((d) => [d.id, d])), [evidence.data]);

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
  // scoring criteria goes with the step the caller may take: appraise (SUBMITTED) or reappraise (EXPLANATION)
  const canAppraise = a.allowedActions.includes('appraise');
  const canReappraise = a.allowedActions.includes('reappraise');
  const editable = canAppraise || canReappraise;

  const columns: TableColumnsType<TreeRow<CriterionView>> = [
    {
      title: t('parIndex.self.criterion'),
      key: 'name',
      fixed: 'left',
      width: 320,
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
      width: 80,
      align: 'right',
      render: (_, r) => formatPoints(r.node.maxPoints, lang),
    },
    {
      title: t('parIndex.appraisal.selfSide'),
      key: 'selfSide',
      children: [
        {
          title: t('parIndex.self.selfScore'),
          key: 'self',
          width: 90,
          align: 'right',
          render: (_, r) => (
            <span data-testid="self-score">
              {formatPoints(r.leaf ? r.node.entry?.selfScore : r.node.selfPoints, lang)}
            </span>
          ),
        },
        {
          title: t('parIndex.self.evidence'),
          key: 'evidence',
          width: 200,
          render: (_, r) =>
            r.leaf ? (
              <Space orientation="vertical" size={0}>
                {(r.node.entry?.evidenceIds ?? []).map((i) => {
                  const doc = docs.get(i);
                  return (
                    <Button
                      key={i}
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      data-testid="evidence-download"
                      disabled={!doc}
                      onClick={() => doc && download.mutate(doc)}
                    >
                      {doc?.filename ?? i.slice(0, 8)}
                    </Button>
                  );
                })}
                {r.node.entry?.missingEvidence && (
                  <Tag color="warning" data-testid="missing-evidence-flag">
                    {t('parIndex.self.missingFlag')}
                  </Tag>
                )}
              </Space>
            ) : null,
        },
        {
          title: t('parIndex.self.note'),
          key: 'note',
          width: 180,
          render: (_, r) => (r.leaf ? r.node.entry?.selfNote : null),
        },
        {
          title: t('parIndex.explanation.title'),
          key: 'explanation',
          width: 180,
          render: (_, r) => (r.leaf ? <span data-testid="explanation">{r.node.entry?.explanation}</span> : null),
        },
      ],
    },
    {
      title: t('parIndex.appraisal.appraiserSide'),
      key: 'appraiserSide',
      children: [
        {
          title: t('parIndex.appraisal.appraised'),
          key: 'appraised',
          width: 170,
          render: (_, r) =>
            r.leaf ? (
              <Space orientation="vertical" size={0}>
                <span data-testid="appraised-score">{formatPoints(r.node.entry?.appraisedScore, lang)}</span>
                <Typography.Text type="secondary">{r.node.entry?.appraiserComment}</Typography.Text>
              </Space>
            ) : null,
        },
        {
          title: t('parIndex.appraisal.reappraised'),
          key: 'reappraised',
          width: 170,
          render: (_, r) =>
            r.leaf ? (
              <Space orientation="vertical" size={0}>
                <span data-testid="reappraised-score">{formatPoints(r.node.entry?.reappraisedScore, lang)}</span>
                <Typography.Text type="secondary">{r.node.entry?.reappraisalComment}</Typography.Text>
              </Space>
            ) : null,
        },
        {
          title: t('parIndex.appraisal.current'),
          key: 'current',
          width: 90,
          align: 'right',
          render: (_, r) => (
            <Typography.Text strong={!r.leaf} data-testid="current-score">
              {formatPoints(
                r.leaf ? (r.node.entry?.finalScore ?? r.node.entry?.currentScore) : r.node.currentPoints,
                lang,
              )}
            </Typography.Text>
          ),
        },
      ],
    },
    ...(editable
      ? ([
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, r) =>
              r.leaf ? (
                <Button
                  size="small"
                  data-testid="appraise-button"
                  onClick={() => {
                    save.reset();
                    setDraft({
                      leaf: r.node,
                      value: startingValue(r.node, canReappraise),
                      comment:
                        (canReappraise ? r.node.entry?.reappraisalComment : r.node.entry?.appraiserComment) ?? '',
                      again: canReappraise,
                    });
                  }}
                >
                  {canReappraise ? t('parIndex.appraisal.reEdit') : t('parIndex.appraisal.edit')}
                </Button>
              ) : null,
          },
        ] as TableColumnsType<TreeRow<CriterionView>>)
      : []),
  ];

  const problem = draft ? preview.problem : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="appraisal-page">
      <ParIndexNav />
      <AssessmentHeader
        detail={data}
        titleKey="parIndex.appraisal.title"
        links={[
          { to: selfAssessmentPath(a.id), label: t('parIndex.appraisal.toSelf'), testId: 'to-self' },
          { to: resultPath(a.id), label: t('parIndex.self.toResult'), testId: 'to-result' },
        ]}
      />
      {data.missingEvidence.length > 0 && (
        <Typography.Text type="warning" data-testid="missing-evidence">
          {t('parIndex.self.missingTitle', { count: data.missingEvidence.length })}:{' '}
          {data.missingEvidence.map((m) => m.code).join(', ')}
        </Typography.Text>
      )}
      <WorkflowActions assessment={a} actions={['appraise', 'reappraise', 'finalise', 'publish']} onDone={moved} />
      {!editable && <Typography.Text type="secondary">{t('parIndex.appraisal.notEditable')}</Typography.Text>}
      {download.isError && <ErrorAlert error={download.error} />}
      {evidence.isError && <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} />}
      <CriteriaTreeToolbar tree={tree} />
      <CriteriaTreeBox tree={tree}>
        <Table<TreeRow<CriterionView>>
          size="small"
          bordered
          rowKey="key"
          data-testid="appraisal-tree"
          pagination={false}
          dataSource={rows}
          columns={columns}
          {...tree.tableProps}
          scroll={{ x: 1500 }}
        />
      </CriteriaTreeBox>
      <Modal
        open={draft !== null}
        title={
          draft
            ? t(draft.again ? 'parIndex.appraisal.reEditTitle' : 'parIndex.appraisal.editTitle', {
                code: draft.leaf.code,
              })
            : ''
        }
        okText={t('parIndex.common.save')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'appraise-save', disabled: !!problem } as ButtonProps}
        confirmLoading={save.isPending}
        onOk={() => draft && save.mutate(draft)}
        onCancel={() => setDraft(null)}
        destroyOnHidden
      >
        {draft && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="appraise-form">
            <Typography.Text strong>
              {draft.leaf.code}. {draft.leaf.name}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="appraise-self">
              {t('parIndex.self.selfScore')}: {formatPoints(draft.leaf.entry?.selfScore, lang)}/
              {formatPoints(draft.leaf.maxPoints, lang)}
              {draft.leaf.entry?.explanation
                ? ` · ${t('parIndex.explanation.title')}: ${draft.leaf.entry.explanation}`
                : ''}
            </Typography.Text>
            {draft.leaf.rule && (
              <RuleValueInput
                rule={draft.leaf.rule}
                maxPoints={draft.leaf.maxPoints}
                value={draft.value}
                preview={preview}
                onChange={(value) => setDraft({ ...draft, value })}
                testId="appraise-value"
              />
            )}
            <label htmlFor="appraise-comment">{t('parIndex.appraisal.comment')}</label>
            <Input.TextArea
              id="appraise-comment"
              data-testid="appraise-comment"
              autoSize={{ minRows: 2 }}
              value={draft.comment}
              onChange={(e) => setDraft({ ...draft, comment: e.target.value })}
            />
            {save.isError && <ProblemAlert error={save.error} />}
          </Space>
        )}
      </Modal>
    </Space>
  );
}
