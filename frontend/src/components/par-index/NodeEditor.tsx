import { Button, Checkbox, Flex, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_KEYS,
  RULE_TYPES,
  SCORING_METHODS,
  type CriteriaNode,
  type RuleStep,
  type RuleType,
  type ScoringMethod,
  type ScoringRule,
} from '../../api/parIndex';
import { defaultRule } from './treeEdit';

/**
 * The form of one node of a criteria set: code, name, maximum points, sample marker; for a leaf the
 * scoring method (with its indicator key for automatic and survey criteria) and the rule type with
 * its parameters (target, proportional or thresholds, points per item, no-data policy).
 * `counted`: whether its maximum counts towards its parent's, as the server's tree check says (bonus and penalty
 * nodes do not).
 */
export function NodeEditor({
  node,
  onChange,
  readOnly,
  counted = true,
}: {
  node: CriteriaNode;
  onChange: (n: CriteriaNode) => void;
  readOnly: boolean;
  counted?: boolean;
}) {
  const { t } = useTranslation();
  const leaf = !node.children?.length;
  const rule: ScoringRule = node.rule ?? { type: 'MANUAL' };
  const setRule = (patch: Partial<ScoringRule>) => onChange({ ...node, rule: { ...rule, ...patch } });
  const steps = rule.steps ?? [];
  const setStep = (i: number, patch: Partial<RuleStep>) =>
    setRule({ steps: steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const num = (v: number | string | null) => (v === null || v === '' ? null : Number(v));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="node-editor">
      <Typography.Text type="secondary">
        {leaf ? t('parIndex.editor.leaf') : t('parIndex.editor.inner')}
        {!counted && <span data-testid="node-not-counted">{` (${t('parIndex.editor.notCounted')})`}</span>}
      </Typography.Text>
      <Flex gap="small" wrap>
        <Space orientation="vertical" size={2}>
          <label htmlFor="node-code">{t('parIndex.common.code')}</label>
          <Input
            id="node-code"
            data-testid="node-code"
            style={{ width: 140 }}
            disabled={readOnly}
            value={node.code}
            onChange={(e) => onChange({ ...node, code: e.target.value })}
          />
        </Space>
        <Space orientation="vertical" size={2}>
          <label htmlFor="node-max">{t('parIndex.common.maxPoints')}</label>
          <InputNumber
            id="node-max"
            data-testid="node-max"
            min={0}
            step={0.25}
            disabled={readOnly}
            value={node.maxPoints}
            onChange={(v) => onChange({ ...node, maxPoints: Number(v ?? 0) })}
          />
        </Space>
        <Checkbox
          data-testid="node-sample"
          style={{ alignSelf: 'end' }}
          disabled={readOnly}
          checked={!!node.sample}
          onChange={(e) => onChange({ ...node, sample: e.target.checked })}
        >
          {t('parIndex.common.sample')}
        </Checkbox>
      </Flex>
      <label htmlFor="node-name">{t('parIndex.common.name')}</label>
      <Input.TextArea
        id="node-name"
        data-testid="node-name"
        autoSize={{ minRows: 2 }}
        disabled={readOnly}
        value={node.name}
        onChange={(e) => onChange({ ...node, name: e.target.value })}
      />
      {leaf && (
        <>
          <Flex gap="small" wrap>
            <Space orientation="vertical" size={2}>
              <label htmlFor="node-method">{t('parIndex.editor.method')}</label>
              <Select
                id="node-method"
                data-testid="node-method"
                style={{ width: 220 }}
                disabled={readOnly}
                value={node.method ?? 'SELF_APPRAISED'}
                onChange={(method: ScoringMethod) =>
                  onChange({
                    ...node,
                    method,
                    indicatorKey: method === 'SELF_APPRAISED' ? null : node.indicatorKey,
                    rule: method !== 'SELF_APPRAISED' && rule.type === 'MANUAL' ? defaultRule('QUANTITATIVE') : rule,
                  })
                }
                options={SCORING_METHODS.map((m) => ({ value: m, label: t(`parIndex.method.${m}`) }))}
              />
            </Space>
            <Space orientation="vertical" size={2}>
              <label htmlFor="node-rule">{t('parIndex.rule.type')}</label>
              <Select
                id="node-rule"
                data-testid="node-rule"
                style={{ width: 240 }}
                disabled={readOnly}
                value={rule.type}
                onChange={(type: RuleType) =>
                  onChange({ ...node, rule: { ...defaultRule(type), noData: rule.noData ?? null } })
                }
                options={RULE_TYPES.map((r) => ({ value: r, label: t(`parIndex.ruleType.${r}`) }))}
              />
            </Space>
          </Flex>
          {node.method === 'AUTOMATIC' && (
            <Space orientation="vertical" size={2}>
              <label htmlFor="node-indicator">{t('parIndex.rule.indicatorKey')}</label>
              <Select
                id="node-indicator"
                data-testid="node-indicator"
                style={{ width: 340 }}
                disabled={readOnly}
                value={node.indicatorKey ?? undefined}
                onChange={(indicatorKey: string) => onChange({ ...node, indicatorKey })}
                options={INDICATOR_KEYS.map((k) => ({ value: k, label: k }))}
              />
            </Space>
          )}
          {node.method === 'SURVEY' && (
            <Space orientation="vertical" size={2}>
              <label htmlFor="node-survey-key">{t('parIndex.rule.indicatorKey')}</label>
              <Input
                id="node-survey-key"
                data-testid="node-indicator"
                disabled={readOnly}
                value={node.indicatorKey ?? ''}
                onChange={(e) => onChange({ ...node, indicatorKey: e.target.value })}
              />
            </Space>
          )}
          {rule.type === 'QUANTITATIVE' && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space orientation="vertical" size={2}>
                <label htmlFor="rule-target">{t('parIndex.rule.target')}</label>
                <InputNumber
                  id="rule-target"
                  data-testid="rule-target"
                  min={0}
                  disabled={readOnly}
                  value={rule.target ?? null}
                  onChange={(v) => setRule({ target: num(v) })}
                />
              </Space>
              <Checkbox
                data-testid="rule-proportional"
                disabled={readOnly || steps.length > 0}
                checked={rule.proportional !== false}
                onChange={(e) => setRule({ proportional: e.target.checked })}
              >
                {t('parIndex.rule.proportional')}
              </Checkbox>
              <Typography.Text>{t('parIndex.rule.steps')}</Typography.Text>
              {steps.map((s, i) => (
                <Flex key={i} gap="small" align="center" data-testid="rule-step">
                  <InputNumber
                    aria-label={t('parIndex.rule.stepAtLeast')}
                    placeholder={t('parIndex.rule.stepAtLeast')}
                    disabled={readOnly}
                    value={s.atLeast}
                    onChange={(v) => setStep(i, { atLeast: Number(v ?? 0) })}
                  />
                  <InputNumber
                    aria-label={t('parIndex.rule.stepShare')}
                    placeholder={t('parIndex.rule.stepShare')}
                    min={0}
                    max={1}
                    step={0.05}
                    disabled={readOnly}
                    value={s.share}
                    onChange={(v) => setStep(i, { share: Number(v ?? 0) })}
                  />
                  {!readOnly && (
                    <Button size="small" danger onClick={() => setRule({ steps: steps.filter((_, j) => j !== i) })}>
                      {t('parIndex.common.delete')}
                    </Button>
                  )}
                </Flex>
              ))}
              {!readOnly && (
                <Button
                  size="small"
                  data-testid="rule-add-step"
                  onClick={() => setRule({ steps: [...steps, { atLeast: 0, share: 0.5 }] })}
                >
                  {t('parIndex.rule.addStep')}
                </Button>
              )}
            </Space>
          )}
          {(rule.type === 'COUNT' || rule.type === 'BONUS' || rule.type === 'PENALTY') && (
            <Space orientation="vertical" size={2}>
              <label htmlFor="rule-per-item">{t('parIndex.rule.pointsPerItem')}</label>
              <InputNumber
                id="rule-per-item"
                data-testid="rule-per-item"
                min={0}
                step={0.25}
                disabled={readOnly}
                value={rule.pointsPerItem ?? null}
                onChange={(v) => setRule({ pointsPerItem: num(v) })}
              />
            </Space>
          )}
          {node.method && node.method !== 'SELF_APPRAISED' && (
            <Space orientation="vertical" size={2}>
              <label htmlFor="rule-no-data">{t('parIndex.rule.noData')}</label>
              <Select
                id="rule-no-data"
                data-testid="rule-no-data"
                style={{ width: 200 }}
                disabled={readOnly}
                value={rule.noData ?? 'ZERO'}
                onChange={(noData: 'ZERO' | 'FULL') => setRule({ noData })}
                options={[
                  { value: 'ZERO', label: t('parIndex.rule.noDataZERO') },
                  { value: 'FULL', label: t('parIndex.rule.noDataFULL') },
                ]}
              />
            </Space>
          )}
        </>
      )}
    </Space>
  );
}
