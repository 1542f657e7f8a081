import { InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints, type ScoringMethod, type ScoringRule } from '../../api/parIndex';
import type { ScorePreviewState } from './useScorePreview';
import { SampleTag } from './Tags';

/** One line describing a scoring rule: type and parameters. */
export function RuleSummary({ rule }: { rule?: ScoringRule | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  if (!rule) return null;
  const steps = rule.steps ?? [];
  const params: Record<string, unknown> = {
    target: formatPoints(rule.target, lang),
    per: formatPoints(rule.pointsPerItem, lang),
    count: steps.length,
  };
  const key = rule.type === 'QUANTITATIVE' && steps.length ? 'QUANTITATIVE_STEPS' : rule.type;
  return (
    <Typography.Text type="secondary" data-testid="rule-summary" data-rule={rule.type}>
      {t(`parIndex.ruleType.${rule.type}`, { defaultValue: rule.type })}: {t(`parIndex.rule.summary.${key}`, params)}
    </Typography.Text>
  );
}

const METHOD_COLORS: Record<string, string> = { SELF_APPRAISED: 'blue', AUTOMATIC: 'cyan', SURVEY: 'magenta' };

/** Code, name, sample marker and (for leaves) the scoring method of a criterion. */
export function CriterionName({
  code,
  name,
  sample,
  method,
  leaf,
}: {
  code: string;
  name: string;
  sample?: boolean | null;
  method?: ScoringMethod | null;
  leaf: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="criterion-name">
      <Typography.Text strong={!leaf}>
        {code}. {name}
      </Typography.Text>
      {sample && <SampleTag />}
      {leaf && method && (
        <Tag color={METHOD_COLORS[method]} data-testid="method-tag">
          {t(`parIndex.method.${method}`)}
        </Tag>
      )}
    </Space>
  );
}

/**
 * The input of a rule's value: Đạt/Không đạt for YES_NO, a number otherwise (points for MANUAL,
 * items for COUNT/BONUS/PENALTY, the actual value for QUANTITATIVE), with the points it gives or why it is refused,
 * both as the server computed them (`preview`, from {@link useScorePreview}).
 */
export function RuleValueInput({
  rule,
  maxPoints,
  value,
  preview,
  onChange,
  testId = 'rule-value',
}: {
  rule: ScoringRule;
  maxPoints: number;
  value: number | null;
  preview: ScorePreviewState;
  onChange: (v: number | null) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { problem, points, pending } = preview;
  const label = t(`parIndex.self.valueLabel.${rule.type}`, {
    target: formatPoints(rule.target, lang),
    max: formatPoints(maxPoints, lang),
  });
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text>{label}</Typography.Text>
      {rule.type === 'YES_NO' ? (
        <Radio.Group data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as number)}>
          <Radio value={1} data-testid={`${testId}-yes`}>
            {t('parIndex.self.achieved')}
          </Radio>
          <Radio value={0} data-testid={`${testId}-no`}>
            {t('parIndex.self.notAchieved')}
          </Radio>
        </Radio.Group>
      ) : (
        <InputNumber
          data-testid={testId}
          aria-label={label}
          min={0}
          max={rule.type === 'MANUAL' ? maxPoints : undefined}
          step={rule.type === 'MANUAL' ? 0.25 : rule.type === 'QUANTITATIVE' ? 0.01 : 1}
          value={value}
          onChange={(v) => onChange(v === null || v === undefined ? null : Number(v))}
          status={problem ? 'error' : undefined}
          style={{ width: 200 }}
        />
      )}
      {problem ? (
        <Typography.Text type="danger" data-testid={`${testId}-problem`}>
          {problem}
        </Typography.Text>
      ) : (
        <Typography.Text
          type="secondary"
          data-testid={`${testId}-preview`}
          data-points={points ?? ''}
          data-pending={pending || undefined}
        >
          {pending || points === null
            ? t('parIndex.self.previewPending')
            : t('parIndex.self.preview', { points: formatPoints(points, lang), max: formatPoints(maxPoints, lang) })}
        </Typography.Text>
      )}
    </Space>
  );
}
