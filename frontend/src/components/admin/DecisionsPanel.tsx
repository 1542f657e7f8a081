import { App, Button, Card, Col, Flex, Form, Input, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAdministrations } from '../../api/hooks';
import {
  DECISION_FILTER_KEYS,
  decisionFiltersFromParams,
  getDecision,
  listDecisions,
  recordDecision,
  type DecisionFilters,
} from '../../api/procedures';
import type { DecisionAction, DecisionInput, DecisionSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { formatDate } from '../../format/values';
import { procedurePath } from '../../nav/navItems';
import { ErrorAlert } from '../ErrorAlert';
import { violationsToFields } from './procedureForm';
import { DateField } from '../dates/DateFields';

export const DECISION_ACTIONS: readonly DecisionAction[] = ['PUBLISH', 'AMEND', 'ABOLISH', 'REPLACE'];
const DECISION_FIELDS = ['number', 'title', 'issuerCode', 'decisionDate', 'effectiveDate', 'items'] as const;
const RECENT_SIZE = 10;

interface DecisionFormValues {
  number?: string;
  title?: string;
  issuerCode?: string;
  decisionDate?: string;
  effectiveDate?: string;
  items?: { procedureCode?: string; action?: DecisionAction; replacedBy?: string }[];
}

/** Form values → the `POST /decisions` body. */
export function toDecisionInput(v: DecisionFormValues): DecisionInput {
  const trim = (s?: string) => (s && s.trim() ? s.trim() : null);
  return {
    number: (v.number ?? '').trim(),
    title: trim(v.title),
    issuerCode: v.issuerCode || null,
    decisionDate: v.decisionDate ?? '',
    effectiveDate: v.effectiveDate ?? '',
    items: (v.items ?? []).map((i) => ({
      procedureCode: (i.procedureCode ?? '').trim(),
      action: i.action ?? 'PUBLISH',
      ...(i.action === 'REPLACE' ? { replacedBy: trim(i.replacedBy) } : {}),
    })),
  };
}

/**
 * "Ghi nhận quyết định công bố" (all items apply or none) and the recent decisions, newest first. The list reads its
 * filters from the URL (`effectiveFrom`, `effectiveTo`, `catalogue`: the home page's "decisions taking effect soon"
 * links here) and shows them with a way to clear them.
 */
export function DecisionsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionFormValues>();
  const [params, setParams] = useSearchParams();
  const filters = decisionFiltersFromParams(params);
  const filterKey = DECISION_FILTER_KEYS.map((k) => filters[k] ?? '').join('|');
  // a new filter starts at the first page
  const [paging, setPaging] = useState({ filterKey, page: 0 });
  const page = paging.filterKey === filterKey ? paging.page : 0;
  const setPage = (p: number) => setPaging({ filterKey, page: p });
  const issuers = useAdministrations();

  const recent = useQuery({
    queryKey: ['decisions', { page, size: RECENT_SIZE, ...filters }],
    queryFn: ({ signal }) => listDecisions(page, RECENT_SIZE, signal, filters),
    placeholderData: keepPreviousData,
  });
  const filtered = DECISION_FILTER_KEYS.some((k) => filters[k]);
  const clearFilters = () => {
    const next = new URLSearchParams(params);
    for (const k of DECISION_FILTER_KEYS) next.delete(k);
    setParams(next);
  };

  const record = useMutation({
    mutationFn: (values: DecisionFormValues) => recordDecision(toDecisionInput(values), session.token),
    onSuccess: (d) => {
      void message.success(t('admin.decision.recorded', { number: d.number }));
      form.resetFields();
      setPage(0);
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, DECISION_FIELDS);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });

  const required = [{ required: true, message: t('admin.requiredField') }];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('admin.decision.title')}>
        <Typography.Paragraph type="secondary">{t('admin.decision.allOrNothing')}</Typography.Paragraph>
        <Form<DecisionFormValues>
          form={form}
          layout="vertical"
          data-testid="decision-form"
          initialValues={{ items: [{ action: 'PUBLISH' }] }}
          onFinish={(v) => record.mutate(v)}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="number" label={t('admin.decision.number')} rules={required}>
                <Input placeholder="123/QĐ-UBND" data-testid="decision-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="title" label={t('admin.decision.titleField')}>
                <Input data-testid="decision-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="issuerCode" label={t('admin.decision.issuer')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={issuers.units.map((u) => ({ value: u.code, label: u.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="decisionDate" label={t('admin.decision.decisionDate')} rules={required}>
                <DateField data-testid="decision-date" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="effectiveDate" label={t('admin.decision.effectiveDate')} rules={required}>
                <DateField data-testid="decision-effective-date" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>{t('admin.decision.items')}</Typography.Title>
          <Form.List
            name="items"
            rules={[
              {
                validator: async (_, items?: unknown[]) => {
                  if (!items || items.length === 0) throw new Error(t('admin.decision.atLeastOne'));
                },
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map(({ key, name }) => (
                  <Flex key={key} gap="small" align="start" wrap data-testid="decision-item">
                    <Form.Item name={[name, 'procedureCode']} rules={required} style={{ flex: '1 1 240px' }}>
                      <Input placeholder={t('admin.decision.procedureCode')} data-testid="decision-item-code" />
                    </Form.Item>
                    <Form.Item name={[name, 'action']} rules={required}>
                      <Select
                        style={{ width: 200 }}
                        aria-label={t('admin.decision.action')}
                        data-testid="decision-item-action"
                        options={DECISION_ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {({ getFieldValue }) =>
                        getFieldValue(['items', name, 'action']) === 'REPLACE' ? (
                          <Form.Item name={[name, 'replacedBy']} rules={required} style={{ flex: '1 1 200px' }}>
                            <Input
                              placeholder={t('admin.decision.replacedBy')}
                              data-testid="decision-item-replaced-by"
                            />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                    <Button onClick={() => remove(name)}>{t('admin.remove')}</Button>
                  </Flex>
                ))}
                <Button type="dashed" onClick={() => add({ action: 'PUBLISH' })} data-testid="decision-add-item">
                  + {t('admin.decision.addItem')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          {record.isError && (
            <div style={{ marginTop: 16 }}>
              <ErrorAlert error={record.error} />
            </div>
          )}
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="decision-submit">
              {t('admin.decision.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>

      <Card title={filtered ? t('admin.decision.filtered') : t('admin.decision.recent')}>
        {filtered && (
          <Flex wrap gap="small" align="center" style={{ marginBottom: 12 }} data-testid="decision-filters">
            {filterTags(filters, t).map((label) => (
              <Tag key={label} color="blue">
                {label}
              </Tag>
            ))}
            <Button size="small" onClick={clearFilters} data-testid="decision-filters-clear">
              {t('admin.decision.clearFilters')}
            </Button>
          </Flex>
        )}
        {recent.isError && <ErrorAlert error={recent.error} onRetry={() => void recent.refetch()} />}
        <Table<DecisionSummary>
          data-testid="decision-list"
          size="small"
          rowKey={(d) => String(d.id)}
          loading={recent.isFetching}
          dataSource={recent.data?.items ?? []}
          expandable={{ expandedRowRender: (d) => <DecisionItems id={d.id} /> }}
          pagination={{
            current: (recent.data?.page ?? page) + 1,
            pageSize: RECENT_SIZE,
            total: recent.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => setPage(p - 1),
          }}
          columns={[
            { key: 'number', dataIndex: 'number', title: t('admin.decision.number') },
            {
              key: 'title',
              dataIndex: 'title',
              title: t('admin.decision.titleField'),
              render: (v?: string | null) => v || '—',
            },
            {
              key: 'decisionDate',
              dataIndex: 'decisionDate',
              title: t('admin.decision.decisionDate'),
              width: 130,
              render: formatDate,
            },
            {
              key: 'effectiveDate',
              dataIndex: 'effectiveDate',
              title: t('admin.decision.effectiveDate'),
              width: 130,
              render: formatDate,
            },
            {
              key: 'issuerCode',
              dataIndex: 'issuerCode',
              title: t('admin.decision.issuer'),
              width: 130,
              render: (v?: string | null) => v || '—',
            },
            {
              key: 'recordedAt',
              dataIndex: 'recordedAt',
              title: t('admin.decision.recordedAt'),
              width: 130,
              render: (v?: string | null) => formatDate(v),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The filters of the decision list in words (dates as the UI writes them). */
function filterTags(f: DecisionFilters, t: TFunction): string[] {
  const tags: string[] = [];
  const from = f.effectiveFrom ? formatDate(f.effectiveFrom) : undefined;
  const to = f.effectiveTo ? formatDate(f.effectiveTo) : undefined;
  if (from && to) tags.push(t('admin.decision.filterEffective', { from, to }));
  else if (from) tags.push(t('admin.decision.filterEffectiveFrom', { from }));
  else if (to) tags.push(t('admin.decision.filterEffectiveTo', { to }));
  if (f.catalogue) tags.push(t('admin.decision.filterCatalogue', { catalogue: f.catalogue }));
  return tags;
}

/** The procedures of one decision (`GET /decisions/{id}`), loaded when its row is expanded. */
function DecisionItems({ id }: { id: string | number }) {
  const { t } = useTranslation();
  const decision = useQuery({ queryKey: ['decisions', 'one', id], queryFn: ({ signal }) => getDecision(id, signal) });
  if (decision.isLoading) return <Spin size="small" />;
  if (decision.isError) return <ErrorAlert error={decision.error} onRetry={() => void decision.refetch()} />;
  return (
    <ul style={{ margin: 0 }} data-testid="decision-items">
      {(decision.data?.items ?? []).map((i) => (
        <li key={`${i.procedureCode}-${i.action}`}>
          <Link to={procedurePath(i.procedureCode)}>{i.procedureCode}</Link> —{' '}
          {t(`action.${i.action}`, { defaultValue: i.action })}
          {i.version ? ` (${t('procedure.version')} ${i.version})` : ''}
          {i.replacedBy ? ` → ${i.replacedBy}` : ''}
        </li>
      ))}
    </ul>
  );
}
