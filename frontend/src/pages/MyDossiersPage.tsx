import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { effectiveDueOf, listMyDossiers, statusOf } from '../api/dossiers';
import type { TrackingView } from '../api/dossierTypes';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { RequireRoles } from '../components/RequireRoles';
import { DossierStatusTag } from '../components/dossiers/DossierStatusTag';
import { formatDateTime } from '../format/dateTime';
import { NAV_ITEMS, ratingPath, trackingPath } from '../nav/navItems';

const ITEM = NAV_ITEMS.find((i) => i.key === 'myDossiers')!;

/** Link to the tracking page for one of the citizen's own dossiers: shown at once, no phone digits. */
export const trackingLink = (code: string) => trackingPath(code, true);

/**
 * "Hồ sơ của tôi" (`/ho-so-cua-toi`): a signed-in citizen's own dossiers, matched by the server on the
 * account's personal identification number; from each one to its tracking page and, once resolved, to rating.
 */
export default function MyDossiersPage() {
  return (
    <RequireRoles item={ITEM}>
      <MyDossiers />
    </RequireRoles>
  );
}

function MyDossiers() {
  const { t } = useTranslation();
  const session = useSession();
  const list = useQuery({
    queryKey: ['dossiers', 'mine', session.user?.username ?? null],
    queryFn: ({ signal }) => listMyDossiers(session.token, signal),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="my-dossiers-page">
      <div>
        <Typography.Title level={2}>{t('myDossiers.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('myDossiers.hint')}</Typography.Paragraph>
      </div>
      {list.isError && <ErrorAlert error={list.error} />}
      <Table<TrackingView>
        rowKey="code"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="my-dossiers-table"
        locale={{ emptyText: <Empty description={t('myDossiers.empty')} /> }}
        columns={[
          {
            key: 'code',
            title: t('myDossiers.code'),
            render: (_, d) => (
              <Link to={trackingLink(d.code)} data-testid="my-dossier-code">
                {d.code}
              </Link>
            ),
          },
          { key: 'procedure', title: t('myDossiers.procedure'), dataIndex: 'procedureName' },
          {
            key: 'status',
            title: t('myDossiers.status'),
            render: (_, d) => (
              <DossierStatusTag status={d.status} statusCode={d.statusCode} testId="my-dossier-status" />
            ),
          },
          { key: 'receivedAt', title: t('myDossiers.receivedAt'), render: (_, d) => formatDateTime(d.receivedAt) },
          {
            key: 'dueAt',
            title: t('myDossiers.dueAt'),
            render: (_, d) => <span data-testid="my-dossier-due">{formatDateTime(effectiveDueOf(d))}</span>,
          },
          {
            key: 'actions',
            title: t('myDossiers.actions'),
            render: (_, d) => {
              const s = statusOf(d.status);
              if (s !== 'RESOLVED' && s !== 'RETURNED') return null;
              // rated once: no second offer of the 12 questions the server would refuse
              return d.rated ? (
                <Tooltip title={t('myDossiers.ratedHint')}>
                  <Tag color="green" data-testid="my-dossier-rated" aria-label={t('myDossiers.ratedHint')}>
                    {t('myDossiers.rated')}
                  </Tag>
                </Tooltip>
              ) : (
                <Link to={ratingPath(d.code, true)} data-testid="my-dossier-rate">
                  <Button size="small">{t('myDossiers.rate')}</Button>
                </Link>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
