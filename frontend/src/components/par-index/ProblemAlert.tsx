import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../ErrorAlert';

/** {@link ErrorAlert} plus the `violations` of a 400/409 problem (each field and message). */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const violations = error instanceof ApiError ? (error.problem?.violations ?? []) : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={error} onRetry={onRetry} />
      {violations.length > 0 && (
        <div data-testid="problem-violations">
          <Typography.Text strong>{t('parIndex.editor.violations')}</Typography.Text>
          <ul style={{ margin: 0 }}>
            {violations.map((v, i) => (
              <li key={i} data-field={v.field}>
                <Typography.Text code>{v.field}</Typography.Text> {v.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Space>
  );
}
