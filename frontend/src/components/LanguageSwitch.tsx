import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** VI / EN switch; the choice is remembered in localStorage. Plain buttons (the frame carries no antd). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="btn-group" data-testid="lang-switch" aria-label={t('lang.label')} role="group">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          className={current === lng ? 'btn btn-sm btn-primary' : 'btn btn-sm'}
          aria-pressed={current === lng}
          data-testid={`lang-${lng}`}
          lang={lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(`lang.${lng}`)}
        </button>
      ))}
    </div>
  );
}
