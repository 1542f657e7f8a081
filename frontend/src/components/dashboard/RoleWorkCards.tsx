import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  getInspectionWorkCounts,
  INSPECTION_WORK_COUNT_KEYS,
  INSPECTION_WORK_COUNT_LINKS,
  isInspectionWorkCounts,
  type InspectionWorkCountKey,
} from '../../api/inspections';
import {
  APPRAISAL_WORK_COUNT_KEYS,
  APPRAISAL_WORK_COUNT_LINKS,
  getAppraisalWorkCounts,
  isAppraisalWorkCounts,
} from '../../api/parIndex';
import {
  CATALOGUE_WORK_COUNT_KEYS,
  catalogueWorkCountLinks,
  getCatalogueWorkCounts,
  isCatalogueWorkCounts,
  type CatalogueWorkCountKey,
} from '../../api/procedures';
import { useSession } from '../../auth/session';
import { formatDate } from '../../format/values';
import { CountCards } from './CountCards';

/** The counts stay fresh for a minute, as the dossier counts. */
const STALE_MS = 60_000;

const INSPECTION_TONE: Record<InspectionWorkCountKey, string | undefined> = {
  conclusionsDue: '#ad6800',
  conclusionsOverdue: '#cf1322',
  remediationOverdue: '#cf1322',
};

/**
 * The inspector's part of the home page (`GET /inspections/work-counts`): conclusions due and overdue, remediation
 * overdue, each a link to the inspection list filtered by `conclusion`, or to the overdue remediation list.
 */
export function InspectionWorkCards() {
  const { t } = useTranslation();
  const session = useSession();
  const query = useQuery({
    queryKey: ['inspections', 'work-counts', session.user?.username ?? null],
    queryFn: async ({ signal }) => {
      const v = await getInspectionWorkCounts(session.token, signal);
      return isInspectionWorkCounts(v) ? v : null;
    },
    enabled: session.isAuthenticated,
    staleTime: STALE_MS,
  });
  const data = query.data;
  return (
    <CountCards
      testId="inspection-counts"
      title={t('dashboard.inspections.title')}
      extra={
        data ? (
          <Typography.Text type="secondary" data-testid="inspection-counts-as-of">
            {t('dashboard.asOfDay', { date: formatDate(data.asOf) })}
          </Typography.Text>
        ) : null
      }
      items={
        data
          ? INSPECTION_WORK_COUNT_KEYS.map((key) => ({
              key,
              value: data[key],
              label: t(`dashboard.inspections.${key}`),
              hint: t(`dashboard.inspections.hint.${key}`),
              to: INSPECTION_WORK_COUNT_LINKS[key],
              tone: INSPECTION_TONE[key],
            }))
          : undefined
      }
      isPending={query.isPending}
      error={query.isError ? query.error : null}
      onRetry={() => void query.refetch()}
    />
  );
}

/**
 * The appraiser's part of the home page (`GET /par-index/work-counts`): self-assessments waiting for appraisal and
 * for re-appraisal, each a link to the assessment list filtered by that status.
 */
export function AppraisalWorkCards() {
  const { t } = useTranslation();
  const session = useSession();
  const query = useQuery({
    queryKey: ['parIndex', 'work-counts', session.user?.username ?? null],
    queryFn: async ({ signal }) => {
      const v = await getAppraisalWorkCounts(session.token, signal);
      return isAppraisalWorkCounts(v) ? v : null;
    },
    enabled: session.isAuthenticated,
    staleTime: STALE_MS,
  });
  const data = query.data;
  return (
    <CountCards
      testId="appraisal-counts"
      title={t('dashboard.appraisal.title')}
      items={
        data
          ? APPRAISAL_WORK_COUNT_KEYS.map((key) => ({
              key,
              value: data[key],
              label: t(`dashboard.appraisal.${key}`),
              hint: t(`dashboard.appraisal.hint.${key}`),
              to: APPRAISAL_WORK_COUNT_LINKS[key],
              tone: '#ad6800',
            }))
          : undefined
      }
      isPending={query.isPending}
      error={query.isError ? query.error : null}
      onRetry={() => void query.refetch()}
    />
  );
}

const CATALOGUE_TONE: Record<CatalogueWorkCountKey, string> = {
  drafts: '#ad6800',
  decisionsTakingEffect: '#ad6800',
  missingPostings: '#cf1322',
  stalePostings: '#cf1322',
};

/**
 * The catalogue staff's part of the home page (`GET /procedures/work-counts`): drafts, decisions of the province's
 * catalogue taking effect within 7 days, and the posting compliance issues, each a link to the list it is the total
 * of (the catalogue admin page filtered to the drafts, its decisions filtered to the window, the compliance report).
 */
export function CatalogueWorkCards() {
  const { t } = useTranslation();
  const session = useSession();
  const query = useQuery({
    queryKey: ['procedures', 'work-counts', session.user?.username ?? null],
    queryFn: async ({ signal }) => {
      const v = await getCatalogueWorkCounts(session.token, signal);
      return isCatalogueWorkCounts(v) ? v : null;
    },
    enabled: session.isAuthenticated,
    staleTime: STALE_MS,
  });
  const data = query.data;
  const links = data ? catalogueWorkCountLinks(data) : undefined;
  return (
    <CountCards
      testId="catalogue-counts"
      title={t('dashboard.catalogue.title')}
      extra={
        data ? (
          <Typography.Text type="secondary" data-testid="catalogue-counts-as-of">
            {t('dashboard.asOfDay', { date: formatDate(data.asOf) })}
          </Typography.Text>
        ) : null
      }
      items={
        data && links
          ? CATALOGUE_WORK_COUNT_KEYS.map((key) => ({
              key,
              value: data[key],
              label: t(`dashboard.catalogue.${key}`),
              hint: t(`dashboard.catalogue.hint.${key}`, {
                from: formatDate(data.effectiveFrom),
                to: formatDate(data.effectiveTo),
              }),
              to: links[key],
              tone: CATALOGUE_TONE[key],
            }))
          : undefined
      }
      isPending={query.isPending}
      error={query.isError ? query.error : null}
      onRetry={() => void query.refetch()}
    />
  );
}
