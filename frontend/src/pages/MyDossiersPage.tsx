import { Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { effectiveDueOf, listMyDossiers, statusOf } from '../api/dossiers';
import type { TrackingView } from '../api/dossierTypes';
import { useSession } from '../auth/session';
import { ButtonLink } from '../components/ButtonLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { RequireRoles } from '../components/RequireRoles';
import { DossierStatusTag } from '../components/dossiers/DossierStatusTag';
import { useIsPhone } from '../components/responsive';
import { formatDateTime } from '../format/dateTime';
import { NAV_ITEMS, ratingPath, trackingPath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

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
  const phone = useIsPhone();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="my-dossiers-page">
      <div>
        <PageTitle>{t('myDossiers.title')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('myDossiers.hint')}</Typography.Paragraph>
      </div>
      {list.isError && <ErrorAlert error={list.error} />}
      {phone ? (
        <MyDossierCards dossiers={list.data ?? []} loading={list.isLoading} />
      ) : (
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
                return canRate(d) ? <RateLink dossier={d} /> : null;
              },
            },
          ]}
        />
      )}
    </Space>
  );
}

const canRate = (d: TrackingView) => {
  const s = statusOf(d.status);
  return s === 'RESOLVED' || s === 'RETURNED';
};

/** The rating offer, or "rated" once it was: no second offer of the 12 questions the server would refuse. */
function RateLink({ dossier }: { dossier: TrackingView }) {
  const { t } = useTranslation();
  if (dossier.rated) {
    return (
      <Tooltip title={t('myDossiers.ratedHint')}>
        <Tag color="green" data-testid="my-dossier-rated" aria-label={t('myDossiers.ratedHint')}>
          {t('myDossiers.rated')}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <ButtonLink to={ratingPath(dossier.code, true)} size="small" data-testid="my-dossier-rate">
      {t('myDossiers.rate')}
    </ButtonLink>
  );
}

/** Phones: one card a dossier (code, procedure, status, dates, rating). */
function MyDossierCards({ dossiers, loading }: { dossiers: TrackingView[]; loading: boolean }) {
  const { t } = useTranslation();
  if (!loading && dossiers.length === 0) return <Empty description={t('myDossiers.empty')} />;
  return (
    <ul className="card-list" data-testid="my-dossiers-table" data-layout="cards" aria-busy={loading || undefined}>
      {dossiers.map((d) => (
        <li key={d.code} data-row-key={d.code} data-testid="my-dossier-card">
          <Link to={trackingLink(d.code)} className="card-list-title" data-testid="my-dossier-code">
            {d.code}
          </Link>
          <div>{d.procedureName}</div>
          <div className="card-list-meta">
            <DossierStatusTag status={d.status} statusCode={d.statusCode} testId="my-dossier-status" />
          </div>
          <div className="card-list-meta">
            <span>
              {t('myDossiers.receivedAt')}: {formatDateTime(d.receivedAt)}
            </span>
            <span>
              {t('myDossiers.dueAt')}: <span data-testid="my-dossier-due">{formatDateTime(effectiveDueOf(d))}</span>
            </span>
          </div>
          {canRate(d) && (
            <div className="card-list-meta">
              <RateLink dossier={d} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
