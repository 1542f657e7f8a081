import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { PERIOD_COUNTS, rateOf, totalToHandle } from '../../api/dossiers';
import type { PeriodRow } from '../../api/dossierTypes';
import { formatPercent } from '../../format/values';

type Count = (typeof PERIOD_COUNTS)[number];

/** The leaf columns in display order: a count, the computed "to handle" total, or the rate. */
export const REPORT_LEAVES = ['toHandle', ...PERIOD_COUNTS, 'onTimeRate'] as const;

export type ReportLeaf = (typeof REPORT_LEAVES)[number];

/** The value of one cell (numbers, or the rate as "84,1%" / "—"). */
export function leafValue(r: PeriodRow, leaf: ReportLeaf, lang = 'vi'): string {
  if (leaf === 'toHandle') return String(totalToHandle(r));
  if (leaf === 'onTimeRate') {
    const rate = rateOf(r);
    return rate === null ? '—' : formatPercent(rate, lang);
  }
  const v = r[leaf as Count];
  return typeof v === 'number' ? String(v) : '0';
}

/**
 * The period report (§3.8) with its column groups: Số hồ sơ nhận giải quyết (tổng, kỳ trước, mới
 * tiếp nhận: trực tuyến, trực tiếp, BCCI) · Kết quả giải quyết (đã giải quyết: trước hạn, đúng hạn,
 * quá hạn; đang giải quyết: trong hạn, quá hạn) · Quá hạn có / chưa có thư xin lỗi · Trả lại, rút,
 * dừng · Tỷ lệ đúng hạn; and the total row.
 */
export function PeriodReportTable({
  rows,
  total,
  nameTitle,
  rowName,
  loading,
}: {
  rows: PeriodRow[];
  total: PeriodRow | null;
  nameTitle: string;
  rowName: (r: PeriodRow) => string;
  loading?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const leaf = (key: ReportLeaf, width = 84): ColumnsType<PeriodRow>[number] => ({
    key,
    title: t(`stats.columns.${key}`),
    width,
    align: 'right',
    onCell: () => ({ 'data-leaf': key }) as React.HTMLAttributes<HTMLElement>,
    render: (_: unknown, r: PeriodRow) => leafValue(r, key, lang),
  });
  const columns: ColumnsType<PeriodRow> = [
    { key: 'name', title: nameTitle, fixed: 'left', width: 220, render: (_, r) => rowName(r) },
    {
      key: 'intake',
      title: t('stats.groups.intake'),
      children: [
        leaf('toHandle'),
        leaf('carriedOver'),
        {
          key: 'new',
          title: t('stats.groups.new'),
          children: [leaf('received'), leaf('receivedOnline'), leaf('receivedDirect'), leaf('receivedPostal')],
        },
      ],
    },
    {
      key: 'results',
      title: t('stats.groups.results'),
      children: [
        {
          key: 'resolvedGroup',
          title: t('stats.groups.resolved'),
          children: [leaf('resolved'), leaf('resolvedEarly'), leaf('resolvedOnTime'), leaf('resolvedLate')],
        },
        {
          key: 'inProgressGroup',
          title: t('stats.groups.inProgress'),
          children: [leaf('inProgress'), leaf('inProgressWithinTime'), leaf('inProgressOverdue')],
        },
      ],
    },
    {
      key: 'late',
      title: t('stats.groups.late'),
      children: [leaf('lateWithApology', 96), leaf('lateWithoutApology', 96)],
    },
    {
      key: 'other',
      title: t('stats.groups.other'),
      children: [leaf('refused', 96), leaf('withdrawn'), leaf('stopped')],
    },
    leaf('onTimeRate', 96),
  ];

  return (
    <Table<PeriodRow>
      data-testid="period-report"
      size="small"
      bordered
      rowKey={(r) => r.key}
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1900 }}
      locale={{ emptyText: t('stats.noData') }}
      summary={() =>
        total ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row className="report-total-row" data-testid="period-report-total">
              <Table.Summary.Cell index={0}>
                <strong>{t('stats.total')}</strong>
              </Table.Summary.Cell>
              {REPORT_LEAVES.map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1} align="right">
                  <strong data-leaf={k}>{leafValue(total, k, lang)}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
