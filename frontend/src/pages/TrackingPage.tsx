import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { effectiveDueOf, PHONE_LAST4, statusOf, trackDossier, trackMyDossier } from '../api/dossiers';
import type { TrackingView } from '../api/dossierTypes';
import { ButtonLink } from '../components/ButtonLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { DossierStatusTag } from '../components/dossiers/DossierStatusTag';
import { useIsPhone } from '../components/responsive';
import { formatDateTime } from '../format/dateTime';
import { useSession } from '../auth/session';
import { MINE_PARAM, ratingPath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

interface TrackingForm {
  code: string;
  phone: string;
}

/** What the tracking page shows for an error: `notFound` (404), `tooMany` (429) or a generic alert. */
export function trackingErrorKind(e: unknown): 'notFound' | 'tooMany' | 'other' {
  if (e instanceof ApiError && e.status === 404) return 'notFound';
  if (e instanceof ApiError && e.status === 429) return 'tooMany';
  return 'other';
}

/**
 * Public tracking (`/tra-cuu`, no login): dossier code + the last 4 digits of the applicant's phone →
 * status, dates and history, without personal data. The code may come in `?ma=`.
 */
export default function TrackingPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const code = params.get('ma') ?? '';
  if (params.get(MINE_PARAM) === '1' && code && session.token && session.roles.includes('citizen')) {
    return <MyTracking code={code} token={session.token} />;
  }
  return <PublicTracking />;
}

/** One of the signed-in citizen's own dossiers (`?ma=…&cua-toi=1`): looked up at once, no phone digits. */
function MyTracking({ code, token }: { code: string; token: string }) {
  const { t } = useTranslation();
  const mine = useQuery({
    queryKey: ['dossiers', 'mine', code],
    queryFn: ({ signal }) => trackMyDossier(code, token, signal),
    retry: false,
  });
  const kind = mine.isError ? trackingErrorKind(mine.error) : undefined;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 880 }} data-testid="tracking-page">
      <div>
        <PageTitle>{t('tracking.title')}</PageTitle>
        <Typography.Paragraph type="secondary" data-testid="tracking-mine-hint">
          {t('tracking.mineHint')}
        </Typography.Paragraph>
      </div>
      {kind === 'notFound' && (
        <Alert type="warning" showIcon data-testid="tracking-not-found" title={t('tracking.notFound')} />
      )}
      {kind && kind !== 'notFound' && <ErrorAlert error={mine.error} />}
      {mine.data && <TrackingResult v={mine.data} mine />}
    </Space>
  );
}

function PublicTracking() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<TrackingForm>();
  const lookup = useMutation({ mutationFn: (v: TrackingForm) => trackDossier(v.code, v.phone) });
  const kind = lookup.isError ? trackingErrorKind(lookup.error) : undefined;
  const phone = useIsPhone();

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 880 }} data-testid="tracking-page">
      <div>
        <PageTitle>{t('tracking.title')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('tracking.hint')}</Typography.Paragraph>
      </div>
      <Form<TrackingForm>
        form={form}
        layout={phone ? 'vertical' : 'inline'}
        data-testid="tracking-form"
        initialValues={{ code: params.get('ma') ?? '', phone: '' }}
        onFinish={(v) => lookup.mutate({ code: v.code.trim(), phone: v.phone.trim() })}
      >
        <Form.Item
          name="code"
          label={t('tracking.code')}
          rules={[{ required: true, whitespace: true, message: t('tracking.codeRequired') }]}
        >
          <Input data-testid="tracking-code" style={{ width: phone ? '100%' : 300 }} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('tracking.phone')}
          rules={[{ required: true, pattern: PHONE_LAST4, message: t('tracking.phoneFormat') }]}
        >
          <Input
            data-testid="tracking-phone"
            style={{ width: 100 }}
            maxLength={4}
            inputMode="numeric"
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item style={phone ? { marginBottom: 0 } : undefined}>
          <Button
            type="primary"
            htmlType="submit"
            block={phone}
            loading={lookup.isPending}
            data-testid="tracking-submit"
          >
            {t('tracking.search')}
          </Button>
        </Form.Item>
      </Form>

      {kind === 'notFound' && (
        <Alert type="warning" showIcon data-testid="tracking-not-found" title={t('tracking.notFound')} />
      )}
      {kind === 'tooMany' && (
        <Alert type="error" showIcon data-testid="tracking-too-many" title={t('tracking.tooMany')} />
      )}
      {kind === 'other' && <ErrorAlert error={lookup.error} />}
      {lookup.data && <TrackingResult v={lookup.data} />}
    </Space>
  );
}

function TrackingResult({ v, mine = false }: { v: TrackingView; mine?: boolean }) {
  const { t } = useTranslation();
  const status = statusOf(v.status);
  const canRate = status === 'RESOLVED' || status === 'RETURNED';
  const history = [...(v.history ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return (
    <Card data-testid="tracking-result">
      <Result
        status={status === 'REFUSED' || status === 'STOPPED' ? 'warning' : canRate ? 'success' : 'info'}
        title={
          <Space wrap>
            <span data-testid="tracking-result-code">{v.code}</span>
            <DossierStatusTag status={v.status} statusCode={v.statusCode} testId="tracking-status" />
          </Space>
        }
        subTitle={v.procedureName}
        style={{ padding: 8 }}
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'receivedAt', label: t('tracking.receivedAt'), children: formatDateTime(v.receivedAt) },
          {
            key: 'dueAt',
            label: t('tracking.dueAt'),
            children: <span data-testid="tracking-due">{formatDateTime(effectiveDueOf(v))}</span>,
          },
          ...(v.effectiveDueAt && v.dueAt && v.effectiveDueAt !== v.dueAt
            ? [{ key: 'originalDue', label: t('tracking.originalDueAt'), children: formatDateTime(v.dueAt) }]
            : []),
          { key: 'resolvedAt', label: t('tracking.resolvedAt'), children: formatDateTime(v.resolvedAt) },
          { key: 'returnedAt', label: t('tracking.returnedAt'), children: formatDateTime(v.returnedAt) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('tracking.history')}
      </Typography.Title>
      <Timeline
        data-testid="tracking-history"
        items={history.map((h, i) => {
          const s = statusOf(h.status);
          const status = s ? t(`dossierStatus.${s}`) : String(h.status);
          return {
            key: i,
            content: (
              <span data-testid="tracking-history-entry" data-action={h.action ?? undefined}>
                {/* the step's name as the server gives it (Vietnamese), with the status it led to */}
                {formatDateTime(h.at)} — {h.label ? `${h.label} (${status})` : status}
              </span>
            ),
          };
        })}
      />
      {canRate && v.rated && <Alert type="success" showIcon data-testid="tracking-rated" title={t('tracking.rated')} />}
      {canRate && !v.rated && (
        <ButtonLink to={ratingPath(v.code, mine)} data-testid="tracking-rate">
          {t('tracking.rate')}
        </ButtonLink>
      )}
    </Card>
  );
}
