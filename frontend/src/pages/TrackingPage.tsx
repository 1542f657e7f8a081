import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { effectiveDueOf, PHONE_LAST4, statusOf, trackDossier, trackMyDossier } from '../api/dossiers';
import type { TrackingView } from '../api/dossierTypes';
import { ErrorAlert } from '../components/ErrorAlert';
import { DossierStatusTag } from '../components/dossiers/DossierStatusTag';
import { useIsPhone } from '../components/responsive';
import { formatDateTime } from '../format/dateTime';
import { useSession } from '../auth/session';
import { MINE_PARAM, ratingPath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';
import { Notice } from '../components/plain/Notice';

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
function TrackingPage() {
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
    <div className="page-stack" data-testid="tracking-page">
      <div>
        <PageTitle>{t('tracking.title')}</PageTitle>
        <p className="text-secondary" data-testid="tracking-mine-hint">
          {t('tracking.mineHint')}
        </p>
      </div>
      {kind === 'notFound' && (
        <Notice type="warning" testId="tracking-not-found">
          {t('tracking.notFound')}
        </Notice>
      )}
      {kind && kind !== 'notFound' && <ErrorAlert error={mine.error} />}
      {mine.data && <TrackingResult v={mine.data} mine />}
    </div>
  );
}

/** The lookup form's fields, checked before the call; `errors` holds the message of each wrong field. */
function validate(v: TrackingForm, t: (key: string) => string): Partial<Record<keyof TrackingForm, string>> {
  const errors: Partial<Record<keyof TrackingForm, string>> = {};
  if (!v.code.trim()) errors.code = t('tracking.codeRequired');
  if (!PHONE_LAST4.test(v.phone)) errors.phone = t('tracking.phoneFormat');
  return errors;
}

function PublicTracking() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [values, setValues] = useState<TrackingForm>(() => ({ code: params.get('ma') ?? '', phone: '' }));
  const [errors, setErrors] = useState<Partial<Record<keyof TrackingForm, string>>>({});
  const [submitted, setSubmitted] = useState(false);
  const lookup = useMutation({ mutationFn: (v: TrackingForm) => trackDossier(v.code, v.phone) });
  const kind = lookup.isError ? trackingErrorKind(lookup.error) : undefined;
  const phone = useIsPhone();

  const change = (field: keyof TrackingForm, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) setErrors(validate(next, t));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const found = validate(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    lookup.mutate({ code: values.code.trim(), phone: values.phone.trim() });
  };

  return (
    <div className="page-stack" data-testid="tracking-page">
      <div>
        <PageTitle>{t('tracking.title')}</PageTitle>
        <p className="text-secondary">{t('tracking.hint')}</p>
      </div>
      <form
        className={phone ? 'plain-form plain-form-vertical' : 'plain-form'}
        data-testid="tracking-form"
        noValidate
        onSubmit={submit}
      >
        <div className="field">
          <label htmlFor="tracking-code" className="field-required">
            {t('tracking.code')}
          </label>
          <div className="field-control">
            <input
              id="tracking-code"
              className="input"
              data-testid="tracking-code"
              style={{ width: phone ? '100%' : 300 }}
              maxLength={60}
              required
              value={values.code}
              aria-invalid={!!errors.code}
              aria-describedby={errors.code ? 'tracking-code-error' : undefined}
              onChange={(e) => change('code', e.target.value)}
            />
            {errors.code && (
              <span id="tracking-code-error" className="field-error" role="alert">
                {errors.code}
              </span>
            )}
          </div>
        </div>
        <div className="field">
          <label htmlFor="tracking-phone" className="field-required">
            {t('tracking.phone')}
          </label>
          <div className="field-control">
            <input
              id="tracking-phone"
              className="input"
              data-testid="tracking-phone"
              style={{ width: 100 }}
              maxLength={4}
              inputMode="numeric"
              autoComplete="off"
              required
              value={values.phone}
              aria-invalid={!!errors.phone}
              aria-describedby={errors.phone ? 'tracking-phone-error' : undefined}
              onChange={(e) => change('phone', e.target.value)}
            />
            {errors.phone && (
              <span id="tracking-phone-error" className="field-error" role="alert">
                {errors.phone}
              </span>
            )}
          </div>
        </div>
        <button
          type="submit"
          className={phone ? 'btn btn-primary btn-block' : 'btn btn-primary'}
          disabled={lookup.isPending}
          aria-busy={lookup.isPending}
          data-testid="tracking-submit"
        >
          {lookup.isPending && <span className="spinner spinner-sm" aria-hidden />}
          {t('tracking.search')}
        </button>
      </form>

      {kind === 'notFound' && (
        <Notice type="warning" testId="tracking-not-found">
          {t('tracking.notFound')}
        </Notice>
      )}
      {kind === 'tooMany' && (
        <Notice type="error" testId="tracking-too-many">
          {t('tracking.tooMany')}
        </Notice>
      )}
      {kind === 'other' && <ErrorAlert error={lookup.error} />}
      {lookup.data && <TrackingResult v={lookup.data} />}
    </div>
  );
}

function TrackingResult({ v, mine = false }: { v: TrackingView; mine?: boolean }) {
  const { t } = useTranslation();
  const status = statusOf(v.status);
  const canRate = status === 'RESOLVED' || status === 'RETURNED';
  const history = [...(v.history ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const tone = status === 'REFUSED' || status === 'STOPPED' ? 'warning' : canRate ? 'success' : 'info';
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'receivedAt', label: t('tracking.receivedAt'), value: formatDateTime(v.receivedAt) },
    {
      key: 'dueAt',
      label: t('tracking.dueAt'),
      value: <span data-testid="tracking-due">{formatDateTime(effectiveDueOf(v))}</span>,
    },
    ...(v.effectiveDueAt && v.dueAt && v.effectiveDueAt !== v.dueAt
      ? [{ key: 'originalDue', label: t('tracking.originalDueAt'), value: formatDateTime(v.dueAt) }]
      : []),
    { key: 'resolvedAt', label: t('tracking.resolvedAt'), value: formatDateTime(v.resolvedAt) },
    { key: 'returnedAt', label: t('tracking.returnedAt'), value: formatDateTime(v.returnedAt) },
  ];
  return (
    <section className="panel" data-testid="tracking-result" aria-labelledby="tracking-result-title">
      <div className={`result-head result-${tone}`}>
        <span className="result-icon" aria-hidden>
          {tone === 'success' ? '✓' : '!'}
        </span>
        <h2 className="result-heading" id="tracking-result-title">
          <span data-testid="tracking-result-code">{v.code}</span>
          <DossierStatusTag status={v.status} statusCode={v.statusCode} testId="tracking-status" />
        </h2>
        <div className="result-subtitle">{v.procedureName}</div>
      </div>
      <dl className="desc-list">
        {facts.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-title">{t('tracking.history')}</h3>
      <ol className="timeline" data-testid="tracking-history">
        {history.map((h, i) => {
          const s = statusOf(h.status);
          const status = s ? t(`dossierStatus.${s}`) : String(h.status);
          return (
            <li key={i}>
              <span data-testid="tracking-history-entry" data-action={h.action ?? undefined}>
                {/* the step's name as the server gives it (Vietnamese), with the status it led to */}
                {formatDateTime(h.at)} — {h.label ? `${h.label} (${status})` : status}
              </span>
            </li>
          );
        })}
      </ol>
      {canRate && v.rated && (
        <Notice type="success" testId="tracking-rated">
          {t('tracking.rated')}
        </Notice>
      )}
      {canRate && !v.rated && (
        <Link to={ratingPath(v.code, mine)} className="btn" data-testid="tracking-rate">
          {t('tracking.rate')}
        </Link>
      )}
    </section>
  );
}

// no antd on this page (issue 17): plain markup with the classes of styles.css
export default TrackingPage;
