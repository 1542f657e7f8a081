import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { addCalendarEntry, getCalendar, removeCalendarEntry } from '../api/dossiers';
import type {
  CalendarDay,
  CalendarEntryInput,
  CalendarKind,
  CalendarSource,
  WorkingCalendar,
} from '../api/dossierTypes';
import { useSession } from '../auth/session';
import { violationsToFields } from '../components/admin/procedureForm';
import { ErrorAlert } from '../components/ErrorAlert';
import { RequireRoles } from '../components/RequireRoles';
import { daysInMonth, isoWeekday, vnToday } from '../format/dateTime';
import { formatDate } from '../format/values';
import { CALENDAR_EDITOR_ROLES, hasAnyRole, navItem } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';
import { DateField } from '../components/dates/DateFields';

export const CALENDAR_KINDS: readonly CalendarKind[] = ['HOLIDAY', 'COMPENSATORY_OFF', 'SWAPPED_WORKDAY'];
export const KIND_COLORS: Record<string, string> = {
  HOLIDAY: 'red',
  COMPENSATORY_OFF: 'orange',
  SWAPPED_WORKDAY: 'blue',
};
/** Where a day comes from: the law's default, a compensatory day computed by art. 111.3, or a stored decision. */
export const CALENDAR_SOURCES: readonly CalendarSource[] = ['LAW', 'COMPENSATION', 'DECISION'];
export const SOURCE_COLORS: Record<string, string> = { LAW: 'default', COMPENSATION: 'gold', DECISION: 'purple' };

export type DayClass = 'cal-holiday' | 'cal-off' | 'cal-swapped' | 'cal-weekend' | 'cal-workday';

/**
 * How a day is shown: holiday, compensatory day off, worked Saturday/Sunday (swapped workday),
 * weekend, or an ordinary working day.
 */
export function dayClass(date: string, entry: Pick<CalendarDay, 'kind'> | undefined): DayClass {
  if (entry?.kind === 'HOLIDAY') return 'cal-holiday';
  if (entry?.kind === 'COMPENSATORY_OFF') return 'cal-off';
  if (entry?.kind === 'SWAPPED_WORKDAY') return 'cal-swapped';
  return isoWeekday(date) >= 6 ? 'cal-weekend' : 'cal-workday';
}

/**
 * Date → the entry in force: the server marks it (`inForce`); without the mark a decision wins over the default of
 * the same day.
 */
export function indexDays(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  const map = new Map<string, CalendarDay>();
  for (const d of days) {
    if (d.inForce === false) continue;
    const prev = map.get(d.date);
    if (!prev || d.inForce === true || (prev.inForce == null && d.source === 'DECISION')) map.set(d.date, d);
  }
  return map;
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** `/quan-tri/lich-lam-viec`: the working calendar of a year; admins add and remove official entries. */
export default function CalendarPage() {
  return (
    <RequireRoles item={navItem('calendar')}>
      <CalendarView />
    </RequireRoles>
  );
}

function CalendarView() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vnToday().slice(0, 4));
  const yearParam = Number.parseInt(params.get('year') ?? '', 10);
  const year = Number.isFinite(yearParam) && yearParam >= 1900 && yearParam <= 2100 ? yearParam : thisYear;
  const canEdit = hasAnyRole(session.roles, CALENDAR_EDITOR_ROLES);

  const cal = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => getCalendar(year, session.token, signal),
    enabled: !session.isLoading,
  });
  const days = useMemo(() => [...(cal.data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date)), [cal.data]);
  const index = useMemo(() => indexDays(days), [days]);

  const years = Array.from({ length: 7 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="calendar-page">
      <Flex justify="space-between" align="center" wrap gap="middle">
        <PageTitle style={{ margin: 0 }}>{t('calendar.title')}</PageTitle>
        <Space>
          <label htmlFor="calendar-year">{t('calendar.year')}</label>
          <Select
            id="calendar-year"
            data-testid="calendar-year"
            value={year}
            onChange={(y: number) => setParams({ year: String(y) })}
            options={years.sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Space>
      </Flex>
      {!canEdit && (
        <Typography.Text type="secondary" data-testid="calendar-read-only">
          {t('calendar.readOnly')}
        </Typography.Text>
      )}
      {cal.data?.province && (
        <Typography.Text type="secondary">{t('calendar.province', { province: cal.data.province })}</Typography.Text>
      )}
      <Space wrap size="small" data-testid="calendar-legend">
        {(['cal-holiday', 'cal-off', 'cal-swapped', 'cal-weekend'] as const).map((c) => (
          <span key={c} className={`cal-legend ${c}`}>
            {t(`calendar.legend.${c}`)}
          </span>
        ))}
      </Space>
      <Space wrap size="small" data-testid="calendar-source-legend">
        <Typography.Text type="secondary">{t('calendar.sourceLegend')}</Typography.Text>
        {CALENDAR_SOURCES.map((s) => (
          <span key={s} data-source={s}>
            <sup className={`cal-src cal-src-${s}`}>{t(`calendar.sourceShort.${s}`)}</sup> {t(`calendar.source.${s}`)}
          </span>
        ))}
      </Space>
      {cal.data && <DefaultRules calendar={cal.data} />}
      {cal.isError && <ErrorAlert error={cal.error} onRetry={() => void cal.refetch()} />}
      <Row gutter={[12, 12]} data-testid="calendar-grid">
        {Array.from({ length: 12 }, (_, i) => (
          <Col key={i} xs={24} sm={12} lg={8} xl={6}>
            <MonthGrid year={year} month={i + 1} index={index} />
          </Col>
        ))}
      </Row>
      {canEdit && <AddEntry year={year} />}
      <EntryTable year={year} days={days} canEdit={canEdit} loading={cal.isLoading} />
    </Space>
  );
}

function MonthGrid({ year, month, index }: { year: number; month: number; index: Map<string, CalendarDay> }) {
  const { t } = useTranslation();
  const first = `${year}-${p2(month)}-01`;
  const lead = isoWeekday(first) - 1;
  const n = daysInMonth(year, month);
  const cells: (string | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: n }, (_, i) => `${year}-${p2(month)}-${p2(i + 1)}`),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <Card size="small" title={t('calendar.month', { month })} data-testid="calendar-month" data-month={month}>
      <table className="cal-month">
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <th key={d}>{t(`calendar.weekday.${d}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((date, i) => {
                if (!date) return <td key={i} />;
                const entry = index.get(date);
                const cls = dayClass(date, entry);
                const source = entry?.source ?? undefined;
                const cell = (
                  <td
                    key={i}
                    className={cls}
                    data-date={date}
                    data-kind={entry?.kind ?? ''}
                    data-source={source ?? ''}
                    data-testid={entry ? 'calendar-day-special' : undefined}
                  >
                    {Number(date.slice(8))}
                    {source && (
                      <sup className={`cal-src cal-src-${source}`}>
                        {t(`calendar.sourceShort.${source}`, { defaultValue: source })}
                      </sup>
                    )}
                  </td>
                );
                return entry ? (
                  <Tooltip
                    key={i}
                    title={`${t(`calendar.kind.${entry.kind}`, { defaultValue: entry.kind })}${entry.note ? `: ${entry.note}` : ''}${
                      source ? ` (${t(`calendar.source.${source}`, { defaultValue: source })})` : ''
                    }`}
                  >
                    {cell}
                  </Tooltip>
                ) : (
                  cell
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Whether the year has a decision, and the default placement rules the server states. */
function DefaultRules({ calendar }: { calendar: WorkingCalendar }) {
  const { t } = useTranslation();
  const rules = calendar.rules;
  return (
    <Card size="small" title={t('calendar.rulesTitle')} data-testid="calendar-rules">
      <Typography.Paragraph data-testid="calendar-has-decision" style={{ marginBottom: rules ? 8 : 0 }}>
        {t(calendar.hasDecision ? 'calendar.hasDecision' : 'calendar.noDecision', { year: calendar.year })}
      </Typography.Paragraph>
      {rules && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {[rules.tet, rules.nationalDay, rules.compensation, rules.decisions].map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AddEntry({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CalendarEntryInput>();
  const [error, setError] = useState<unknown>(null);
  const add = useMutation({
    mutationFn: (v: CalendarEntryInput) =>
      addCalendarEntry(
        year,
        { date: v.date, kind: v.kind, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
        session.token,
      ),
    onSuccess: () => {
      setError(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['calendar', year] });
      void message.success(t('calendar.added'));
    },
    onError: (e) => {
      setError(e);
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, ['date', 'kind', 'note']);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  const required = [{ required: true, message: t('actionForm.required') }];
  return (
    <Card size="small" title={t('calendar.addTitle')}>
      <Form<CalendarEntryInput>
        form={form}
        layout="inline"
        data-testid="calendar-add"
        onFinish={(v) => add.mutate(v)}
        initialValues={{ kind: 'HOLIDAY' }}
      >
        <Form.Item
          name="date"
          label={t('calendar.date')}
          rules={[
            ...required,
            { pattern: new RegExp(`^${year}-\\d{2}-\\d{2}$`), message: t('calendar.dateInYear', { year }) },
          ]}
        >
          <DateField data-testid="calendar-add-date" min={`${year}-01-01`} max={`${year}-12-31`} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kindLabel')} rules={required}>
          <Select
            data-testid="calendar-add-kind"
            style={{ width: 240 }}
            options={CALENDAR_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('calendar.note')}>
          <Input data-testid="calendar-add-note" style={{ width: 280 }} maxLength={300} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="calendar-add-submit">
            {t('calendar.add')}
          </Button>
        </Form.Item>
      </Form>
      {error != null && (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </Card>
  );
}

function EntryTable({
  year,
  days,
  canEdit,
  loading,
}: {
  year: number;
  days: CalendarDay[];
  canEdit: boolean;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const remove = useMutation({
    mutationFn: (d: CalendarDay) =>
      removeCalendarEntry(year, { id: d.id, date: d.date, kind: String(d.kind) }, session.token),
    onSuccess: () => {
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ['calendar', year] });
      void message.success(t('calendar.removed'));
    },
    onError: setError,
  });
  return (
    <Card size="small" title={t('calendar.entries')}>
      {error != null && <ErrorAlert error={error} />}
      <Table<CalendarDay>
        data-testid="calendar-entries"
        size="small"
        rowKey={(d) => `${d.date}-${d.kind}-${d.source ?? ''}-${d.id ?? ''}`}
        rowClassName={(d) => (d.inForce === false ? 'cal-row-replaced' : '')}
        loading={loading}
        dataSource={days}
        pagination={false}
        locale={{ emptyText: t('calendar.empty') }}
        columns={[
          {
            key: 'date',
            dataIndex: 'date',
            title: t('calendar.date'),
            width: 120,
            render: (v: string) => formatDate(v),
          },
          {
            key: 'weekday',
            title: t('calendar.weekdayLabel'),
            width: 90,
            render: (_, d) => t(`calendar.weekday.${isoWeekday(d.date)}`),
          },
          {
            key: 'kind',
            dataIndex: 'kind',
            title: t('calendar.kindLabel'),
            width: 220,
            render: (k: string) => (
              <Tag color={KIND_COLORS[k] ?? 'default'}>{t(`calendar.kind.${k}`, { defaultValue: k })}</Tag>
            ),
          },
          { key: 'note', dataIndex: 'note', title: t('calendar.note'), render: (v?: string | null) => v ?? '—' },
          {
            key: 'source',
            dataIndex: 'source',
            title: t('calendar.sourceLabel'),
            width: 230,
            render: (s: string | null | undefined, d: CalendarDay) =>
              s ? (
                <Space orientation="vertical" size={0}>
                  <Tag color={SOURCE_COLORS[s] ?? 'default'} data-testid="calendar-source" data-source={s}>
                    {t(`calendar.source.${s}`, { defaultValue: s })}
                  </Tag>
                  {d.decidedBy && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('calendar.decidedBy', { who: d.decidedBy === 'VN' ? t('calendar.national') : d.decidedBy })}
                    </Typography.Text>
                  )}
                  {d.inForce === false && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="calendar-not-in-force">
                      {t('calendar.notInForce')}
                    </Typography.Text>
                  )}
                </Space>
              ) : (
                '—'
              ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, d: CalendarDay) =>
                    d.source === 'DECISION' ? (
                      <Popconfirm
                        title={t('calendar.removeConfirm', { date: formatDate(d.date) })}
                        onConfirm={() => remove.mutate(d)}
                      >
                        <Button size="small" danger data-testid="calendar-remove">
                          {t('calendar.remove')}
                        </Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
