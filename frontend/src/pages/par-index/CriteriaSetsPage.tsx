import { App, Button, Checkbox, Flex, Input, InputNumber, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  createCriteriaSet,
  formatPoints,
  importCriteriaSet,
  LEVELS,
  listCriteriaSets,
  provinceOf,
  type CriteriaSetInput,
  type CriteriaSetView,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { criteriaSetPath } from '../../components/par-index/paths';
import { ProblemAlert } from '../../components/par-index/ProblemAlert';
import { SampleTag, SetStatusTag } from '../../components/par-index/Tags';
import { hasAnyRole } from '../../nav/navItems';
import { PageTitle } from '../../components/PageTitle';

/** Roles that manage criteria sets. */
export const SET_ADMIN_ROLES: readonly string[] = ['admin'];

/**
 * `/chi-so/bo-tieu-chi` — criteria sets, newest year first; admins create one (then edit its tree)
 * or import a whole set from JSON or Excel.
 */
export default function CriteriaSetsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : undefined;
  const admin = hasAnyRole(session.roles, SET_ADMIN_ROLES);
  const [creating, setCreating] = useState<CriteriaSetInput | null>(null);

  const list = useQuery({
    queryKey: ['parIndex', 'criteriaSets', { year }],
    queryFn: ({ signal }) => listCriteriaSets({ year }, session.token, signal),
    enabled: !session.isLoading,
  });
  const importer = useMutation({
    mutationFn: (file: File) => importCriteriaSet(file, session.token),
    onSuccess: (s) => {
      void message.success(t('parIndex.sets.imported', { code: s.code }));
      void client.invalidateQueries({ queryKey: ['parIndex', 'criteriaSets'] });
      void navigate(criteriaSetPath(s.id));
    },
  });
  const create = useMutation({
    mutationFn: (input: CriteriaSetInput) => createCriteriaSet(input, session.token),
    onSuccess: (s) => {
      setCreating(null);
      void message.success(t('parIndex.sets.created', { code: s.code }));
      void client.invalidateQueries({ queryKey: ['parIndex', 'criteriaSets'] });
      void navigate(criteriaSetPath(s.id));
    },
  });
  const openCreate = () => {
    create.reset();
    setCreating({
      code: '',
      name: '',
      year: new Date().getFullYear(),
      level: 'COMMUNE',
      province: provinceOf(session.user?.unit) ?? 'H99',
      maxPoints: 100,
      issuingDecision: '',
      sample: false,
      note: '',
    });
  };
  const c = creating;
  const upd = (patch: Partial<CriteriaSetInput>) => c && setCreating({ ...c, ...patch });
  const cleaned = (x: CriteriaSetInput): CriteriaSetInput => ({
    ...x,
    code: x.code.trim(),
    name: x.name.trim(),
    issuingDecision: x.issuingDecision?.trim() || null,
    note: x.note?.trim() || null,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="criteria-sets-page">
      <ParIndexNav />
      <PageTitle style={{ margin: 0 }}>{t('parIndex.sets.title')}</PageTitle>
      <Flex wrap gap="middle" align="end">
        <Space orientation="vertical" size={2}>
          <label htmlFor="sets-year">{t('parIndex.common.year')}</label>
          <InputNumber
            id="sets-year"
            data-testid="sets-year"
            min={2000}
            max={2100}
            value={year ?? null}
            onChange={(v) => {
              const q = new URLSearchParams(params);
              if (v) q.set('year', String(v));
              else q.delete('year');
              setParams(q);
            }}
          />
        </Space>
        {admin && (
          <>
            <Button type="primary" data-testid="set-create" onClick={openCreate}>
              {t('parIndex.sets.create')}
            </Button>
            <Upload
              accept=".json,.xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                importer.mutate(file);
                return false;
              }}
            >
              <Button loading={importer.isPending} data-testid="set-import">
                {t('parIndex.sets.import')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t('parIndex.sets.importHint')}</Typography.Text>
          </>
        )}
      </Flex>
      {importer.isError && <ProblemAlert error={importer.error} />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CriteriaSetView>
        rowKey="id"
        size="small"
        data-testid="criteria-sets-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('parIndex.sets.empty') }}
        columns={[
          { title: t('parIndex.common.year'), dataIndex: 'year', width: 80 },
          {
            title: t('parIndex.common.code'),
            key: 'code',
            render: (_, s) => (
              <Link to={criteriaSetPath(s.id)} data-testid="set-link">
                {s.code}
              </Link>
            ),
          },
          {
            title: t('parIndex.common.name'),
            key: 'name',
            render: (_, s) => (
              <Space size={4}>
                {s.name}
                {s.sample && <SampleTag />}
              </Space>
            ),
          },
          {
            title: t('parIndex.common.level'),
            key: 'level',
            render: (_, s) => t(`parIndex.level.${s.level}`, { defaultValue: s.level }),
          },
          { title: t('parIndex.sets.province'), dataIndex: 'province', width: 80 },
          {
            title: t('parIndex.common.maxPoints'),
            key: 'max',
            align: 'right',
            render: (_, s) => formatPoints(s.maxPoints, lang),
          },
          { title: t('parIndex.common.status'), key: 'status', render: (_, s) => <SetStatusTag status={s.status} /> },
        ]}
      />
      <Modal
        open={c !== null}
        title={t('parIndex.sets.create')}
        okText={t('parIndex.common.save')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={
          { 'data-testid': 'set-create-save', disabled: !c?.code.trim() || !c?.name.trim() } as ButtonProps
        }
        confirmLoading={create.isPending}
        onOk={() => c && create.mutate(cleaned(c))}
        onCancel={() => setCreating(null)}
        destroyOnHidden
      >
        {c && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="set-create-form">
            <label htmlFor="set-code">{t('parIndex.common.code')}</label>
            <Input
              id="set-code"
              data-testid="set-code"
              value={c.code}
              onChange={(e) => upd({ code: e.target.value })}
            />
            <label htmlFor="set-name">{t('parIndex.common.name')}</label>
            <Input
              id="set-name"
              data-testid="set-name"
              value={c.name}
              onChange={(e) => upd({ name: e.target.value })}
            />
            <Flex gap="small" wrap>
              <Space orientation="vertical" size={2}>
                <label htmlFor="set-year">{t('parIndex.common.year')}</label>
                <InputNumber
                  id="set-year"
                  data-testid="set-year"
                  min={2000}
                  max={2100}
                  value={c.year}
                  onChange={(v) => upd({ year: Number(v) })}
                />
              </Space>
              <Space orientation="vertical" size={2}>
                <label htmlFor="set-level">{t('parIndex.common.level')}</label>
                <Select
                  id="set-level"
                  data-testid="set-level"
                  style={{ width: 240 }}
                  value={c.level}
                  onChange={(level: string) => upd({ level })}
                  options={LEVELS.map((l) => ({ value: l, label: t(`parIndex.level.${l}`) }))}
                />
              </Space>
              <Space orientation="vertical" size={2}>
                <label htmlFor="set-province">{t('parIndex.sets.province')}</label>
                <Input
                  id="set-province"
                  data-testid="set-province"
                  style={{ width: 80 }}
                  value={c.province}
                  onChange={(e) => upd({ province: e.target.value.trim().toUpperCase() })}
                />
              </Space>
              <Space orientation="vertical" size={2}>
                <label htmlFor="set-max">{t('parIndex.common.maxPoints')}</label>
                <InputNumber
                  id="set-max"
                  data-testid="set-max"
                  min={0.25}
                  max={1000}
                  step={0.25}
                  value={c.maxPoints}
                  onChange={(v) => upd({ maxPoints: Number(v) })}
                />
              </Space>
            </Flex>
            <label htmlFor="set-decision">{t('parIndex.sets.issuingDecision')}</label>
            <Input
              id="set-decision"
              data-testid="set-decision"
              value={c.issuingDecision ?? ''}
              onChange={(e) => upd({ issuingDecision: e.target.value })}
            />
            <Checkbox checked={!!c.sample} data-testid="set-sample" onChange={(e) => upd({ sample: e.target.checked })}>
              {t('parIndex.sets.isSample')}
            </Checkbox>
            <label htmlFor="set-note">{t('parIndex.sets.note')}</label>
            <Input.TextArea id="set-note" value={c.note ?? ''} onChange={(e) => upd({ note: e.target.value })} />
            {create.isError && <ProblemAlert error={create.error} />}
          </Space>
        )}
      </Modal>
    </Space>
  );
}
