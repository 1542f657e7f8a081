import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stand-in for features that are not built yet. */
export function Placeholder({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t(titleKey)}
      subTitle={t('placeholder.comingSoon')}
      data-testid="coming-soon"
    />
  );
}
