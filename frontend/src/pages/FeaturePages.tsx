import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/ButtonLink';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('notFound.title')}</h1>}
      data-testid="not-found"
      extra={
        <ButtonLink to="/" type="primary">
          {t('notFound.back')}
        </ButtonLink>
      }
    />
  );
}
