import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProcedureListView } from '../components/ProcedureListView';

/** Public list of administrative procedures (no login needed). */
export default function ProceduresPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('procedures.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('procedures.subtitle')}</Typography.Paragraph>
      <ProcedureListView endpoint="/api/v1/procedures" searchable showState />
    </>
  );
}
