import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/hooks';
import {
  getContentGroups,
  TEAM_ROLES,
  type InspectionInput,
  type PlanInput,
  type PlanUpdate,
  type PlanView,
  type TeamCandidate,
  type TeamMember,
} from '../../api/inspections';
import { vnToday } from '../../format/dateTime';
import { ErrorAlert } from '../ErrorAlert';
import { MemberPicker } from './MemberPicker';
import { useInspectionSession } from './useInspectionSession';
import { DateField } from '../dates/DateFields';

/** Names of the plan form that server violations may name (`inspections[0].unitCode` etc.). */
export const PLAN_FIELDS = [
  'number',
  'planDate',
  'issuer',
  'year',
  'scope',
  'contentGroups',
  'team',
  'inspections',
] as const;

export interface PlanFormValues {
  number?: string;
  planDate?: string;
  issuer?: string;
  year?: number;
  scope?: string;
  contentGroups?: string[];
  team?: Partial<TeamMember>[];
  inspections?: Partial<InspectionInput>[];
}

const trim = (v?: string | null) => (v ?? '').trim();
const orNull = (v?: string | null) => trim(v) || null;

export function teamBody(team: PlanFormValues['team']): TeamMember[] {
  return (team ?? [])
    .filter((m) => trim(m.name))
    .map((m) => ({
      name: trim(m.name),
      agency: orNull(m.agency),
      role: m.role ?? 'MEMBER',
      username: orNull(m.username),
    }));
}

export function inspectionBody(i: Partial<InspectionInput>): InspectionInput {
  return {
    unitCode: trim(i.unitCode),
    scheduledFrom: i.scheduledFrom ?? '',
    scheduledTo: i.scheduledTo ?? '',
    periodFrom: i.periodFrom || null,
    periodTo: i.periodTo || null,
  };
}

/** The request body of `PUT /plans/{id}` from the form. */
export function planUpdateBody(v: PlanFormValues): PlanUpdate {
  return {
    number: trim(v.number),
    planDate: v.planDate ?? '',
    issuer: trim(v.issuer),
    year: Number(v.year),
    scope: orNull(v.scope),
    contentGroups: v.contentGroups ?? [],
  };
}

/** The request body of `POST /plans` from the form: plan, team and inspected units with their schedule. */
export function planInputBody(v: PlanFormValues): PlanInput {
  return {
    ...planUpdateBody(v),
    team: teamBody(v.team),
    inspections: (v.inspections ?? []).filter((i) => trim(i.unitCode)).map(inspectionBody),
  };
}

export function planFormValues(p?: PlanView): PlanFormValues {
  if (!p) {
    const today = vnToday();
    return {
      planDate: today,
      year: Number(today.slice(0, 4)),
      contentGroups: [],
      team: [{ role: 'LEADER' }],
      inspections: [{}],
    };
  }
  return {
    number: p.number,
    planDate: p.planDate,
    issuer: p.issuer,
    year: p.year,
    scope: p.scope ?? undefined,
    contentGroups: p.contentGroups,
  };
}

/** The content groups of a date as checkboxes. */
function ContentGroupsField({ date }: { date?: string }) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const groups = useQuery({
    queryKey: ['inspections', 'content-groups', date ?? null, s.username],
    queryFn: ({ signal }) => getContentGroups(s.token, date || undefined, signal),
    enabled: s.ready,
    staleTime: 5 * 60_000,
    // keep the list while the groups of another date load, so a tick is never lost to a flash of nothing
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      <Form.Item
        name="contentGroups"
        label={t('inspections.plans.contentGroups')}
        rules={[{ required: true, type: 'array', min: 1, message: t('inspections.planEditor.groupsRequired') }]}
      >
        <CheckboxGroupField data-testid="plan-groups" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {(groups.data ?? []).map((g) => (
            <Checkbox key={g.code} value={g.code} data-testid={`plan-group-${g.code}`}>
              {g.nameVi}{' '}
              <Typography.Text type="secondary">
                ({t('inspections.contentGroups.items')}: {g.items?.length ?? 0})
              </Typography.Text>
            </Checkbox>
          ))}
        </CheckboxGroupField>
      </Form.Item>
    </>
  );
}

/**
 * Họ tên, cơ quan, chức danh, tài khoản of each member. The account is picked from the directory (MemberPicker:
 * the inspector's province, searched on the server); picking one fills an empty name and agency.
 */
export function TeamFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const fill = (index: number, c: TeamCandidate) => {
    const path = ['team', index];
    if (!String(form.getFieldValue([...path, 'name']) ?? '').trim()) form.setFieldValue([...path, 'name'], c.name);
    if (!String(form.getFieldValue([...path, 'agency']) ?? '').trim())
      form.setFieldValue([...path, 'agency'], c.unitName ?? c.unitCode);
  };
  return (
    <Form.List name="team">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="team-fields">
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top" data-testid="team-member-row">
              <Col xs={24} md={7}>
                <Form.Item name={[field.name, 'username']}>
                  <MemberPicker onPick={(c) => fill(field.name, c)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
                >
                  <Input
                    placeholder={t('inspections.planEditor.memberName')}
                    data-testid="member-name"
                    maxLength={200}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[field.name, 'agency']}>
                  <Input
                    placeholder={t('inspections.planEditor.memberAgency')}
                    data-testid="member-agency"
                    maxLength={300}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item name={[field.name, 'role']}>
                  <Select
                    data-testid="member-role"
                    aria-label={t('inspections.planEditor.memberRole')}
                    options={TEAM_ROLES.map((r) => ({ value: r, label: t(`inspections.teamRole.${r}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={2}>
                <Button onClick={() => remove(field.name)}>{t('inspections.delete')}</Button>
              </Col>
            </Row>
          ))}
          <Button data-testid="member-add" onClick={() => add({ role: 'MEMBER' })}>
            + {t('inspections.planEditor.addMember')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** Đơn vị, ngày kiểm tra, thời kỳ kiểm tra; `prefix` is the Form.List field (or a plain group). */
export function ScheduleFields({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  const units = useUnits();
  const required = [{ required: true, message: t('inspections.required') }];
  return (
    <Row gutter={8}>
      <Col xs={24} md={8}>
        <Form.Item
          name={[...name, 'unitCode']}
          label={t('inspections.planEditor.unit')}
          rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}
        >
          <AutoComplete
            data-testid="unit-code"
            options={(units.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            showSearch={{ filterOption: (input, o) => `${o?.label ?? ''}`.toLowerCase().includes(input.toLowerCase()) }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'scheduledFrom']} label={t('inspections.planEditor.scheduledFrom')} rules={required}>
          <DateField data-testid="scheduled-from" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'scheduledTo']} label={t('inspections.planEditor.scheduledTo')} rules={required}>
          <DateField data-testid="scheduled-to" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name={[...name, 'periodFrom']}
          label={t('inspections.planEditor.periodFrom')}
          tooltip={t('inspections.planEditor.periodHint')}
        >
          <DateField data-testid="period-from" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name={[...name, 'periodTo']}
          label={t('inspections.planEditor.periodTo')}
          tooltip={t('inspections.planEditor.periodHint')}
        >
          <DateField data-testid="period-to" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * The plan editor: number, date, issuer, year, scope and content groups; on creation also the team
 * and the inspected units with their schedule (afterwards they have their own editors).
 */
export function PlanForm({
  form,
  mode,
  initial,
  onSubmit,
  submitting,
  error,
  onCancel,
}: {
  form: FormInstance<PlanFormValues>;
  mode: 'create' | 'edit';
  initial: PlanFormValues;
  onSubmit: (v: PlanFormValues) => void;
  submitting?: boolean;
  error?: unknown;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const planDate = Form.useWatch('planDate', form);
  const required = [{ required: true, whitespace: true, message: t('inspections.required') }];
  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      data-testid="plan-form"
      initialValues={initial}
      onFinish={onSubmit}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="number" label={t('inspections.plans.number')} rules={required}>
            <Input data-testid="plan-number" maxLength={100} placeholder="12/KH-UBND" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="planDate"
            label={t('inspections.plans.planDate')}
            rules={[{ required: true, message: t('inspections.required') }]}
          >
            <DateField data-testid="plan-date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="year"
            label={t('inspections.plans.year')}
            rules={[{ required: true, message: t('inspections.required') }]}
          >
            <InputNumber data-testid="plan-year" min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="issuer" label={t('inspections.plans.issuer')} rules={required}>
            <Input data-testid="plan-issuer" maxLength={300} placeholder="UBND tỉnh" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="scope" label={t('inspections.plans.scope')}>
            <Input.TextArea data-testid="plan-scope" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
      <ContentGroupsField date={planDate} />
      {mode === 'create' && (
        <>
          <Card size="small" title={t('inspections.planEditor.team')} style={{ marginBottom: 16 }}>
            <TeamFields />
          </Card>
          <Card size="small" title={t('inspections.planEditor.units')} style={{ marginBottom: 16 }}>
            <Form.List name="inspections">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" style={{ width: '100%' }} data-testid="unit-fields">
                  {fields.map((field) => (
                    <div key={field.key} data-testid="unit-row">
                      <ScheduleFields name={[field.name]} />
                      <Button size="small" onClick={() => remove(field.name)} style={{ marginBottom: 12 }}>
                        {t('inspections.delete')}
                      </Button>
                    </div>
                  ))}
                  <Button data-testid="unit-add" onClick={() => add({})}>
                    + {t('inspections.planEditor.addUnit')}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Card>
        </>
      )}
      {error != null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <Space>
        <Button type="primary" htmlType="submit" data-testid="plan-submit" loading={submitting}>
          {mode === 'create' ? t('inspections.planEditor.submitCreate') : t('inspections.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('inspections.cancel')}</Button>}
      </Space>
    </Form>
  );
}

/**
 * A checkbox group as a form field: Form.Item gives its control aria-required, which ARIA does not allow on the
 * group's plain div (axe aria-allowed-attr); the group is labelled and required through its Form.Item instead.
 */
function CheckboxGroupField(props: React.ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  void _required;
  return <Checkbox.Group role="group" {...rest} />;
}
