import { Card, Flex, Skeleton, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WORK_COUNT_KEYS } from '../../api/dossiers';
import type { UnitWorkCounts, WorkCountKey } from '../../api/dossierTypes';
import { formatDateTime } from '../../format/dateTime';
import { ErrorAlert } from '../ErrorAlert';
import { useDossierWorkCounts, workCountPath } from './workCounts';

/** Colour of a count that asks for action (none for waiting / in progress). */
const TONE: Record<WorkCountKey, string | undefined> = {
  waiting: undefined,
  inProgress: undefined,
  dueSoon: '#ad6800',
  overdue: '#cf1322',
  overdueWithoutApology: '#c41d7f',
};

/**
 * The dossier part of the staff home page: the five counts of open work of the user's scope (`GET
 * /dossiers/work-counts`), each a link to the worklist filtered to exactly those dossiers, and for leaders (and
 * province-wide roles) the same per unit.
 */
export function DossierWorkCards() {
  const { t } = useTranslation();
  const query = useDossierWorkCounts();
  const data = query.data;

  return (
    <Card
      title={<span data-testid="work-counts-title">{t('dashboard.dossiers.title')}</span>}
      extra={
        data ? (
          <Typography.Text type="secondary" data-testid="work-counts-as-of">
            {t('dashboard.asOf', { time: formatDateTime(data.asOf) })}
          </Typography.Text>
        ) : null
      }
      data-testid="work-counts"
    >
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && !query.isError && <Skeleton active paragraph={{ rows: 2 }} />}
      {data && (
        <Flex vertical gap="middle">
          <Flex wrap gap="middle">
            {WORK_COUNT_KEYS.map((key) => (
              <Tooltip
                key={key}
                title={
                  key === 'dueSoon'
                    ? t('dashboard.dossiers.hint.dueSoon', { time: formatDateTime(data.dueSoonUntil) })
                    : t(`dashboard.dossiers.hint.${key}`)
                }
              >
                <Link
                  to={workCountPath(key)}
                  className="work-count"
                  data-testid={`work-count-${key}`}
                  style={{ display: 'block', minWidth: 150, flex: '1 1 150px' }}
                >
                  <Card size="small" hoverable>
                    <div
                      data-testid={`work-count-${key}-value`}
                      style={{
                        fontSize: 28,
                        fontWeight: 600,
                        lineHeight: 1.2,
                        color: data.counts[key] > 0 ? TONE[key] : undefined,
                      }}
                    >
                      {data.counts[key].toLocaleString('vi-VN')}
                    </div>
                    <Typography.Text>{t(`dashboard.dossiers.${key}`)}</Typography.Text>
                  </Card>
                </Link>
              </Tooltip>
            ))}
          </Flex>
          {data.units.length > 0 && <UnitTable units={data.units} />}
        </Flex>
      )}
    </Card>
  );
}

function UnitTable({ units }: { units: UnitWorkCounts[] }) {
  const { t } = useTranslation();
  return (
    <Table<UnitWorkCounts>
      data-testid="work-counts-units"
      size="small"
      rowKey="unitCode"
      pagination={false}
      dataSource={units}
      scroll={{ x: 720 }}
      title={() => <Typography.Text strong>{t('dashboard.dossiers.perUnit')}</Typography.Text>}
      columns={[
        {
          key: 'unit',
          title: t('dashboard.dossiers.unit'),
          render: (_, row) => (
            <span data-testid="work-unit">
              {row.unitName ?? row.unitCode}
              {row.unitName && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  {row.unitCode}
                </Typography.Text>
              )}
            </span>
          ),
        },
        ...WORK_COUNT_KEYS.map((key) => ({
          key,
          title: t(`dashboard.dossiers.${key}`),
          width: 120,
          align: 'right' as const,
          render: (_: unknown, row: UnitWorkCounts) => (
            <Link to={workCountPath(key, row.unitCode)} data-testid={`work-unit-${key}`}>
              {row.counts[key].toLocaleString('vi-VN')}
            </Link>
          ),
        })),
      ]}
    />
  );
}
