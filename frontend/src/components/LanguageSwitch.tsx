import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** VI / EN switch; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Space.Compact data-testid="lang-switch" aria-label={t('lang.label')} role="group">
      {LANGUAGES.map((lng) => (
        <Button
          key={lng}
          size="small"
          type={current === lng ? 'primary' : 'default'}
          aria-pressed={current === lng}
          data-testid={`lang-${lng}`}
          lang={lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(`lang.${lng}`)}
        </Button>
      ))}
    </Space.Compact>
  );
}
