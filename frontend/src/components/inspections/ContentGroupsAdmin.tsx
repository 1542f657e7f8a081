import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  addChecklistItem,
  createContentGroup,
  getContentGroups,
  updateChecklistItem,
  updateContentGroup,
  type ChecklistItemInput,
  type ChecklistItemView,
  type ContentGroupInput,
  type ContentGroupView,
} from '../../api/inspections';
import { formatDate, todayIso } from '../../format/values';
import { violationsToFields } from '../admin/procedureForm';
import { ErrorAlert } from '../ErrorAlert';
import { useInspectionSession } from './useInspectionSession';
import { DateField } from '../dates/DateFields';

/** Fields of the group form that 400 violations may name. */
export const GROUP_FIELDS = ['code', 'nameVi', 'nameEn', 'sortOrder', 'validFrom', 'validTo'] as const;
/** Fields of the checklist item form that 400 violations may name. */
export const ITEM_FIELDS = ['code', 'textVi', 'sortOrder', 'validFrom', 'validTo'] as const;

const GROUP_CODE = /^[A-Z0-9_]{2,40}$/;
const ITEM_CODE = /^[A-Z0-9_]{2,60}$/;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Group form values → the request body (empty optional dates left out as null). */
export function toGroupInput(v: Partial<Record<(typeof GROUP_FIELDS)[number], unknown>>): ContentGroupInput {
  return {
    code: String(v.code ?? '').trim(),
    nameVi: String(v.nameVi ?? '').trim(),
    nameEn: String(v.nameEn ?? '').trim(),
    sortOrder: typeof v.sortOrder === 'number' ? v.sortOrder : 0,
    validFrom: String(v.validFrom ?? ''),
    validTo: blank(v.validTo),
  };
}

/** Item form values → the request body (`validFrom` empty = the group's). */
export function toItemInput(v: Partial<Record<(typeof ITEM_FIELDS)[number], unknown>>): ChecklistItemInput {
  return {
    code: String(v.code ?? '').trim(),
    textVi: String(v.textVi ?? '').trim(),
    sortOrder: typeof v.sortOrder === 'number' ? v.sortOrder : 0,
    validFrom: blank(v.validFrom),
    validTo: blank(v.validTo),
  };
}

const nextOrder = (rows: readonly { sortOrder: number }[]) => rows.reduce((m, r) => Math.max(m, r.sortOrder), 0) + 1;

type GroupEdit = { kind: 'create' } | { kind: 'edit'; group: ContentGroupView };
type ItemEdit =
  | { kind: 'create'; group: ContentGroupView }
  | { kind: 'edit'; group: ContentGroupView; item: ChecklistItemView }
  | { kind: 'retire'; group: ContentGroupView; item: ChecklistItemView };

/** Puts a 400's violations on the form's fields. */
function showViolations(form: ReturnType<typeof Form.useForm>[0], e: unknown, known: readonly string[]) {
  if (e instanceof ApiError) {
    const fields = violationsToFields(e.problem?.violations, known);
    if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
  }
}

/**
 * The admin's catalogue of content groups and their checklist items, as valid on a chosen day:
 * create and edit groups (names, order, validity; retired with `validTo`), add, edit and retire
 * items. 400 violations go on the form fields, other errors (409 code exists…) in an alert.
 */
export function ContentGroupsAdmin() {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [date, setDate] = useState('');
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const [groupEdit, setGroupEdit] = useState<GroupEdit | null>(null);
  const [itemEdit, setItemEdit] = useState<ItemEdit | null>(null);

  const groups = useQuery({
    queryKey: ['inspections', 'content-groups', date || null, s.username],
    queryFn: ({ signal }) => getContentGroups(s.token, date || undefined, signal),
    enabled: s.ready && s.rights.admin,
  });
  const rows = groups.data ?? [];

  const validity = (from?: string | null, to?: string | null) =>
    to
      ? t('inspections.contentGroups.range', { from: formatDate(from), to: formatDate(to) })
      : t('inspections.contentGroups.from', { date: formatDate(from) });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="content-groups-admin">
      <Alert type="info" showIcon title={t('inspections.admin.info')} />
      <Flex wrap gap="middle" align="end" justify="space-between">
        <Space orientation="vertical" size={2}>
          <label htmlFor="content-groups-date">{t('inspections.contentGroups.date')}</label>
          <DateField
            id="content-groups-date"
            data-testid="content-groups-date"
            allowClear={false}
            value={date}
            onChange={(d) => d && setDate(d)}
            style={{ width: 180 }}
          />
          <Typography.Text type="secondary">{t('inspections.contentGroups.dateHint')}</Typography.Text>
        </Space>
        <Button type="primary" data-testid="group-create" onClick={() => setGroupEdit({ kind: 'create' })}>
          {t('inspections.contentGroups.create')}
        </Button>
      </Flex>
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      <Table<ContentGroupView>
        data-testid="content-groups-table"
        size="small"
        rowKey="code"
        loading={groups.isFetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('inspections.contentGroups.empty') }}
        expandable={{
          expandedRowKeys: rows.map((g) => g.code).filter((c) => !collapsed.includes(c)),
          onExpand: (open, g) => setCollapsed((c) => (open ? c.filter((x) => x !== g.code) : [...c, g.code])),
          expandedRowRender: (g) => (
            <ItemsTable
              group={g}
              validity={validity}
              onEdit={(item) => setItemEdit({ kind: 'edit', group: g, item })}
              onRetire={(item) => setItemEdit({ kind: 'retire', group: g, item })}
            />
          ),
        }}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('inspections.contentGroups.code'), width: 200 },
          {
            key: 'name',
            title: t('inspections.contentGroups.name'),
            render: (_, g) => (
              <Space orientation="vertical" size={0}>
                <span>{g.nameVi}</span>
                <Typography.Text type="secondary">{g.nameEn}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'order',
            dataIndex: 'sortOrder',
            title: t('inspections.contentGroups.sortOrder'),
            width: 80,
            align: 'right',
          },
          {
            key: 'validity',
            title: t('inspections.contentGroups.validity'),
            width: 210,
            render: (_, g) => validity(g.validFrom, g.validTo),
          },
          {
            key: 'items',
            title: t('inspections.contentGroups.items'),
            width: 110,
            align: 'right',
            render: (_, g) => g.items?.length ?? 0,
          },
          {
            key: 'actions',
            title: t('inspections.contentGroups.actions'),
            width: 200,
            render: (_, g) => (
              <Space size="small" wrap>
                <Button
                  size="small"
                  data-testid={`group-edit-${g.code}`}
                  onClick={() => setGroupEdit({ kind: 'edit', group: g })}
                >
                  {t('inspections.contentGroups.edit')}
                </Button>
                <Button
                  size="small"
                  data-testid={`item-add-${g.code}`}
                  onClick={() => setItemEdit({ kind: 'create', group: g })}
                >
                  {t('inspections.contentGroups.addItem')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {groupEdit && <GroupModal edit={groupEdit} nextSortOrder={nextOrder(rows)} onClose={() => setGroupEdit(null)} />}
      {itemEdit && <ItemModal edit={itemEdit} onClose={() => setItemEdit(null)} />}
    </Space>
  );
}

function ItemsTable({
  group,
  validity,
  onEdit,
  onRetire,
}: {
  group: ContentGroupView;
  validity: (from?: string | null, to?: string | null) => string;
  onEdit: (i: ChecklistItemView) => void;
  onRetire: (i: ChecklistItemView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<ChecklistItemView>
      data-testid={`items-table-${group.code}`}
      size="small"
      rowKey="id"
      dataSource={[...(group.items ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)}
      pagination={false}
      locale={{ emptyText: t('inspections.contentGroups.noItems') }}
      columns={[
        { key: 'code', dataIndex: 'code', title: t('inspections.contentGroups.itemCode'), width: 180 },
        {
          key: 'text',
          title: t('inspections.contentGroups.itemText'),
          render: (_, i) => (
            <Space size={4} wrap>
              <span>{i.textVi}</span>
              {i.validTo && (
                <Tag color="orange" data-testid="item-retiring">
                  {t('inspections.contentGroups.retiring', { date: formatDate(i.validTo) })}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'order',
          dataIndex: 'sortOrder',
          title: t('inspections.contentGroups.sortOrder'),
          width: 80,
          align: 'right',
        },
        {
          key: 'validity',
          title: t('inspections.contentGroups.validity'),
          width: 210,
          render: (_, i) => validity(i.validFrom, i.validTo),
        },
        {
          key: 'actions',
          title: t('inspections.contentGroups.actions'),
          width: 200,
          render: (_, i) => (
            <Space size="small" wrap>
              <Button size="small" data-testid={`item-edit-${i.id}`} onClick={() => onEdit(i)}>
                {t('inspections.contentGroups.edit')}
              </Button>
              <Button size="small" danger data-testid={`item-retire-${i.id}`} onClick={() => onRetire(i)}>
                {t('inspections.contentGroups.retire')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

function useSaved() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (text: string) => {
    void queryClient.invalidateQueries({ queryKey: ['inspections', 'content-groups'] });
    void message.success(text);
  };
}

function GroupModal({ edit, nextSortOrder, onClose }: { edit: GroupEdit; nextSortOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [form] = Form.useForm();
  const saved = useSaved();
  const g = edit.kind === 'edit' ? edit.group : undefined;

  useEffect(() => {
    form.setFieldsValue(
      g
        ? {
            code: g.code,
            nameVi: g.nameVi,
            nameEn: g.nameEn,
            sortOrder: g.sortOrder,
            validFrom: g.validFrom ?? '',
            validTo: g.validTo ?? '',
          }
        : { code: '', nameVi: '', nameEn: '', sortOrder: nextSortOrder, validFrom: todayIso(), validTo: '' },
    );
  }, [form, g, nextSortOrder]);

  const save = useMutation({
    mutationFn: (input: ContentGroupInput) =>
      g ? updateContentGroup(g.code, input, s.token) : createContentGroup(input, s.token),
    onSuccess: (view) => {
      saved(
        t(g ? 'inspections.contentGroups.updated' : 'inspections.contentGroups.created', {
          code: view?.code ?? g?.code,
        }),
      );
      onClose();
    },
    onError: (e) => showViolations(form, e, GROUP_FIELDS),
  });
  const required = { required: true, message: t('inspections.contentGroups.required') };

  return (
    <Modal
      open
      title={
        g ? t('inspections.contentGroups.editTitle', { code: g.code }) : t('inspections.contentGroups.createTitle')
      }
      okText={t('inspections.contentGroups.save')}
      cancelText={t('inspections.contentGroups.cancel')}
      okButtonProps={{ 'data-testid': 'group-save' } as ButtonProps}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        id="group-form"
        layout="vertical"
        data-testid="group-form"
        onFinish={(v) => save.mutate(toGroupInput(v))}
      >
        <Form.Item
          name="code"
          label={t('inspections.contentGroups.code')}
          extra={t('inspections.contentGroups.codeHint')}
          rules={[required, { pattern: GROUP_CODE, message: t('inspections.contentGroups.codePattern') }]}
        >
          <Input data-testid="group-code" disabled={!!g} />
        </Form.Item>
        <Form.Item name="nameVi" label={t('inspections.contentGroups.nameVi')} rules={[required]}>
          <Input data-testid="group-name-vi" maxLength={300} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('inspections.contentGroups.nameEn')} rules={[required]}>
          <Input data-testid="group-name-en" maxLength={300} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('inspections.contentGroups.sortOrder')} rules={[required]}>
          <InputNumber data-testid="group-order" min={0} precision={0} />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item name="validFrom" label={t('inspections.contentGroups.validFrom')} rules={[required]}>
            <DateField data-testid="group-valid-from" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('inspections.contentGroups.validTo')}
            extra={t('inspections.contentGroups.validToHint')}
          >
            <DateField data-testid="group-valid-to" />
          </Form.Item>
        </Flex>
        {save.isError && <ErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}

function ItemModal({ edit, onClose }: { edit: ItemEdit; onClose: () => void }) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [form] = Form.useForm();
  const saved = useSaved();
  const item = edit.kind === 'create' ? undefined : edit.item;
  const retire = edit.kind === 'retire';

  useEffect(() => {
    form.setFieldsValue(
      item
        ? {
            code: item.code,
            textVi: item.textVi,
            sortOrder: item.sortOrder,
            validFrom: item.validFrom ?? '',
            validTo: item.validTo ?? (retire ? todayIso() : ''),
          }
        : { code: '', textVi: '', sortOrder: nextOrder(edit.group.items ?? []), validFrom: '', validTo: '' },
    );
  }, [form, item, retire, edit.group]);

  const save = useMutation({
    mutationFn: (input: ChecklistItemInput) =>
      item
        ? updateChecklistItem(edit.group.code, item.id, input, s.token)
        : addChecklistItem(edit.group.code, input, s.token),
    onSuccess: (view) => {
      saved(
        t(item ? 'inspections.contentGroups.itemSaved' : 'inspections.contentGroups.itemAdded', {
          code: view?.code ?? item?.code,
        }),
      );
      onClose();
    },
    onError: (e) => showViolations(form, e, ITEM_FIELDS),
  });
  const required = { required: true, message: t('inspections.contentGroups.required') };
  const title = retire
    ? t('inspections.contentGroups.retireTitle', { code: item!.code })
    : item
      ? t('inspections.contentGroups.editItemTitle', { code: item.code })
      : t('inspections.contentGroups.addItemTitle', { code: edit.group.code });

  return (
    <Modal
      open
      title={title}
      okText={retire ? t('inspections.contentGroups.retire') : t('inspections.contentGroups.save')}
      cancelText={t('inspections.contentGroups.cancel')}
      okButtonProps={{ danger: retire, 'data-testid': 'item-save' } as ButtonProps}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        id="item-form"
        layout="vertical"
        data-testid="item-form"
        onFinish={() => save.mutate(toItemInput(form.getFieldsValue(true)))}
      >
        {retire && (
          <Typography.Paragraph data-testid="retire-item-text">
            <Typography.Text code>{item!.code}</Typography.Text> {item!.textVi}
          </Typography.Paragraph>
        )}
        <div hidden={retire}>
          <Form.Item
            name="code"
            label={t('inspections.contentGroups.itemCode')}
            rules={[required, { pattern: ITEM_CODE, message: t('inspections.contentGroups.itemCodePattern') }]}
          >
            <Input data-testid="item-code" disabled={!!item} />
          </Form.Item>
          <Form.Item name="textVi" label={t('inspections.contentGroups.itemText')} rules={[required]}>
            <Input.TextArea data-testid="item-text" rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('inspections.contentGroups.sortOrder')} rules={[required]}>
            <InputNumber data-testid="item-order" min={0} precision={0} />
          </Form.Item>
        </div>
        <Flex gap="middle" wrap>
          <div hidden={retire}>
            <Form.Item
              name="validFrom"
              label={t('inspections.contentGroups.validFrom')}
              extra={t('inspections.contentGroups.itemValidFromHint')}
            >
              <DateField data-testid="item-valid-from" />
            </Form.Item>
          </div>
          <Form.Item
            name="validTo"
            label={t('inspections.contentGroups.validTo')}
            extra={retire ? t('inspections.contentGroups.retireHint') : t('inspections.contentGroups.validToHint')}
            rules={retire ? [required] : []}
          >
            <DateField data-testid="item-valid-to" />
          </Form.Item>
        </Flex>
        {save.isError && <ErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
