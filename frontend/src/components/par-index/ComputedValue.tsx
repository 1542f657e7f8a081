import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPct, type CriterionView } from '../../api/parIndex';

/** The automatic or survey value of a leaf: value (numerator/denominator), frozen or not. */
export function ComputedValue({ leaf }: { leaf: CriterionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const c = leaf.entry?.computed;
  if (!c) return null;
  const value = formatPct(c.value, lang);
  return (
    <Tooltip title={[c.definition, c.source].filter(Boolean).join(' · ')}>
      <Typography.Text type="secondary" data-testid="computed-value">
        {t('parIndex.self.automatic')}:{' '}
        {t('parIndex.self.automaticValue', { value, numerator: c.numerator ?? '—', denominator: c.denominator ?? '—' })}
        {c.frozen && ` · ${t('parIndex.self.frozen')}`}
      </Typography.Text>
    </Tooltip>
  );
}
